// Draws the heavy page's list the way Lightning draws a long list: from data, a chunk of rows per
// task so that the page stays responsive, each row with components that have shadow roots.
// The page loads the same head as the journey's pages, built from Salesforce's components
// (docs/bench.md), so Lightning can move from here to App Manager in-app, as the benchmark's
// in-app arrival does; its row components are the benchmark's own, with their own names.

/** A row's icon or action menu: a component with an open shadow root, drawn when connected. */
class BenchRowPart extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const text = this.getAttribute('alternative-text') ?? '';
    this.attachShadow({ mode: 'open' }).innerHTML =
      this.localName === 'bench-row-menu'
        ? `<div class="slds-dropdown-trigger"><button class="slds-button slds-button_icon-border-filled" type="button" aria-haspopup="true" title="${text}"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 8l9 8 9-8z"/></svg><span class="slds-assistive-text">${text}</span></button></div>`
        : `<span class="slds-icon_container"><svg class="slds-icon slds-icon_x-small" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 17l-5-5 1.4-1.4L9 14.2 18.6 4.6 20 6z"/></svg><span class="slds-assistive-text">${text}</span></span>`;
  }
}
for (const name of ['bench-row-icon', 'bench-row-menu']) if (!customElements.get(name)) customElements.define(name, class extends BenchRowPart {});

const ROWS = 300;
const ROWS_PER_TASK = 50;

const SECTIONS = ['Manage Users', 'Connected Apps', 'Security Controls', 'Customize', 'Company Profile', 'Apex Class'];
const ACTIONS = ['Changed password policy', 'Created connected app', 'Changed field type', 'Logged in using Login-As', 'Changed profile', 'Deleted Apex class'];

/** The row's values, made up but stable from load to load. */
function entry(index) {
  const day = 1 + (index % 28);
  return {
    user: `admin${index % 17}@acme.example`,
    section: SECTIONS[index % SECTIONS.length],
    action: ACTIONS[(index * 7) % ACTIONS.length],
    date: `2/${day}/2025, ${1 + (index % 12)}:${String((index * 13) % 60).padStart(2, '0')} PM`,
    delegate: index % 5 === 0 ? `support${index % 3}@salesforce.example` : '',
    reviewed: index % 3 === 0,
  };
}

function rowHtml(index) {
  const e = entry(index);
  return (
    `<tr class="slds-hint-parent" aria-rowindex="${index + 2}">` +
    `<td class="row-number" role="gridcell"><span class="slds-row-number">${index + 1}</span></td>` +
    `<th scope="row"><div class="slds-truncate" title="${e.user}"><a href="#" tabindex="-1">${e.user}</a></div></th>` +
    `<td role="gridcell"><div class="slds-truncate">${e.section}</div></td>` +
    `<td role="gridcell"><div class="slds-truncate"><span>${e.action}</span></div></td>` +
    `<td role="gridcell"><div class="slds-truncate">${e.date}</div></td>` +
    `<td role="gridcell"><div class="slds-truncate"><span class="slds-badge">${e.delegate || '—'}</span></div></td>` +
    `<td role="gridcell"><div class="slds-truncate">${e.reviewed ? '<bench-row-icon alternative-text="Reviewed"></bench-row-icon>' : ''}</div></td>` +
    `<td class="row-actions" role="gridcell"><bench-row-menu alternative-text="Show actions"></bench-row-menu></td>` +
    '</tr>'
  );
}

const table = document.querySelector('.benchHeavyList');
const body = table.querySelector('tbody');
for (let start = 0; start < ROWS; start += ROWS_PER_TASK) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  let html = '';
  for (let index = start; index < Math.min(start + ROWS_PER_TASK, ROWS); index++) html += rowHtml(index);
  body.insertAdjacentHTML('beforeend', html);
}
table.setAttribute('aria-busy', 'false');
document.querySelector('.countSortedByFilteredBy').textContent = `${ROWS} items • Sorted by Date • Updated a few seconds ago`;
