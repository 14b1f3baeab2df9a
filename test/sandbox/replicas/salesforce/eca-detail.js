// Behaviour of the External Client App detail replica: its tabs, and "Consumer Key and Secret",
// which opens identity verification in a new tab (the values appear there, not on this page).

document.addEventListener('click', (event) => {
  const tab = event.composedPath().find((node) => node instanceof Element && node.getAttribute?.('role') === 'tab');
  if (tab?.closest('.ecaDetailPage')) {
    event.preventDefault();
    for (const other of document.querySelectorAll('.ecaDetailPage [role=tab]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.closest('li').classList.toggle('slds-is-active', selected);
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    return;
  }
  const button = event.composedPath().find((node) => node instanceof Element && node.localName === 'lightning-button');
  if (button?.getAttribute('data-field') !== 'consumerKeyAndSecret') return;
  window.open(button.closest('.ecaDetailPage').dataset.consumerUrl, '_blank');
});
