// The benchmark's heavy Marketo Admin page (test/benchmark): the replica app's Admin home with an
// ExtJS 3 grid as long as Marketo's audit and user lists get (a few thousand elements, drawn in
// chunks after the panel's "request"), then a spell of hover redraws as a pointer crossing the
// grid causes: ExtJS toggles x-grid3-row-over on each row it passes and redraws the row's action
// cell. Not the journey's page: the content script runs here and must cost next to nothing.

(() => {
  const ROWS = 400;
  const ROWS_PER_TASK = 80;
  const HOVER_STEPS = 90; // one row per frame for about a second and a half
  const NAMES = ['Marketo Sync', 'Web Visitor', 'Lead Scoring', 'Smart Campaign', 'Email Program', 'Landing Page'];
  const ACTIONS = ['Changed', 'Approved', 'Created', 'Cloned', 'Deleted', 'Renamed'];

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const task = () => new Promise((resolve) => setTimeout(resolve, 0));

  function rowHtml(index) {
    const cells = [
      `${ACTIONS[index % ACTIONS.length]} ${NAMES[(index * 5) % NAMES.length]} ${index + 1}`,
      `user${index % 23}@acme.example`,
      `Nov ${1 + (index % 28)}, 2026 ${1 + (index % 12)}:${String((index * 7) % 60).padStart(2, '0')} PM`,
      index % 4 === 0 ? 'Marketing Ops' : 'Admin',
    ];
    return (
      `<div class="x-grid3-row${index % 2 ? ' x-grid3-row-alt' : ''}" role="row"><table class="x-grid3-row-table" cellspacing="0" cellpadding="0" border="0"><tbody><tr>` +
      cells.map((text, column) => `<td class="x-grid3-col x-grid3-cell x-grid3-td-${column}" role="gridcell"><div class="x-grid3-cell-inner x-grid3-col-${column}" unselectable="on">${text}</div></td>`).join('') +
      `<td class="x-grid3-col x-grid3-cell x-action-col-cell"><div class="x-grid3-cell-inner"><img class="x-action-col-icon" alt=""></div></td>` +
      '</tr></tbody></table></div>'
    );
  }

  async function draw(content) {
    const grid = document.createElement('div');
    grid.className = 'x-grid-panel x-panel mkt-bench-grid';
    grid.innerHTML =
      '<div class="x-panel-header"><span class="x-panel-header-text">Audit Trail</span></div>' +
      '<div class="x-panel-bwrap"><div class="x-grid3"><div class="x-grid3-viewport"><div class="x-grid3-scroller"><div class="x-grid3-body" role="rowgroup"></div></div></div></div></div>';
    content.append(grid);
    const body = grid.querySelector('.x-grid3-body');
    for (let start = 0; start < ROWS; start += ROWS_PER_TASK) {
      await task();
      let html = '';
      for (let index = start; index < Math.min(start + ROWS_PER_TASK, ROWS); index++) html += rowHtml(index);
      body.insertAdjacentHTML('beforeend', html);
    }
    // A pointer crossing the grid: ExtJS marks the row under it and redraws its action cell.
    const rows = body.children;
    for (let step = 0; step < HOVER_STEPS; step++) {
      await frame();
      rows[(step + rows.length - 1) % rows.length].classList.remove('x-grid3-row-over');
      const row = rows[step % rows.length];
      row.classList.add('x-grid3-row-over');
      row.querySelector('.x-action-col-cell .x-grid3-cell-inner').innerHTML = `<img class="x-action-col-icon x-action-col-${step % 3}" alt="">`;
    }
    rows[(HOVER_STEPS - 1) % rows.length].classList.remove('x-grid3-row-over');
    grid.dataset.benchDone = 'true';
  }

  // The Admin home panel is drawn a moment after boot; the grid goes into it once it is there.
  const waitForPanel = new MutationObserver(() => {
    const content = document.getElementById('mktContent');
    if (!content || content.classList.contains('x-masked') || !content.firstElementChild) return;
    waitForPanel.disconnect();
    void draw(content);
  });
  waitForPanel.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();
