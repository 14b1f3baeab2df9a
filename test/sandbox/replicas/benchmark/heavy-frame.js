// The framed classic list: its title and number of rows come from the frame's address.

const params = new URLSearchParams(location.search);
const rows = Math.min(Number(params.get('rows')) || 50, 1000);
const title = params.get('title') ?? 'History';

document.title = `${title} ~ Salesforce - Enterprise Edition`;
document.querySelector('h2.pageDescription').textContent = title;

let html = '';
for (let index = 0; index < rows; index++) {
  html +=
    `<tr class="dataRow ${index % 2 ? 'even' : 'odd'}">` +
    `<td class="dataCell">2/${1 + (index % 28)}/2025 ${1 + (index % 12)}:${String((index * 7) % 60).padStart(2, '0')} PM</td>` +
    `<th scope="row" class="dataCell"><a href="#">user${index % 23}@acme.example</a></th>` +
    `<td class="dataCell"><span class="status">${index % 9 ? 'Success' : 'Failed: Invalid Password'}</span></td>` +
    `<td class="dataCell">192.0.2.${index % 250}</td>` +
    `<td class="dataCell">Chrome ${120 + (index % 20)}</td>` +
    `<td class="dataCell"><span>Browser</span></td>` +
    '</tr>';
}
document.querySelector('table.list tbody').innerHTML = html;
