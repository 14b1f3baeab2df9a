// Behaviour of the classic New Connected App replica: the API name follows the name, ticking
// "Enable OAuth Settings" draws the OAuth section (JSF re-renders it; unticking drops it), the
// dueling list box moves options with its Add and Remove images, and on submit the selected
// side is sent whole (the real page keeps it in a hidden field). The Add and Remove links lead to
// "javascript:void(0)" and their handler does not cancel that, as on the real page: whoever
// follows the link meets the page's Content Security Policy.

const $ = (suffix) => document.querySelector(`[id$="${suffix}"]`);

document.addEventListener('input', (event) => {
  if (!event.target.id?.endsWith(':nameSection:name')) return;
  const apiName = $(':developerNameSection:developerName');
  apiName.value = event.target.value.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
});

document.addEventListener('change', (event) => {
  if (!event.target.id?.endsWith(':oauth:isOauth')) return;
  const host = document.getElementById('oauthSectionHost');
  host.replaceChildren();
  if (event.target.checked) host.append(document.getElementById('oauthSectionTemplate').content.cloneNode(true));
});

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('td.buttonCell a');
  if (!link) return;
  const adding = Boolean(link.querySelector('img.rightArrowIcon'));
  const [from, to] = adding ? [$(':backingList_a'), $(':backingList_s')] : [$(':backingList_s'), $(':backingList_a')];
  for (const option of [...from.selectedOptions]) {
    option.selected = false;
    to.append(option);
  }
});

document.addEventListener('submit', () => {
  const selected = $(':backingList_s');
  if (selected) for (const option of selected.options) option.selected = true;
});
