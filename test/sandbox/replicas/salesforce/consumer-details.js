// Behaviour of the Consumer Details replicas: Copy puts a value on the clipboard; in the older
// layout "Click to reveal" swaps the link for the secret.

document.addEventListener('click', (event) => {
  const copy = event.target.closest?.('[data-copy]');
  if (copy) {
    const value = copy.parentElement.querySelector('.secretField')?.textContent ?? '';
    navigator.clipboard?.writeText(value).catch(() => undefined);
    return;
  }
  const reveal = event.target.closest?.('a.revealLink');
  if (!reveal) return;
  event.preventDefault();
  const secret = document.createElement('span');
  secret.id = 'appsetup:setupForm:details:oauthSettingsSection:consumerSecretSection:consumerSecret';
  secret.textContent = reveal.dataset.secret;
  reveal.replaceWith(secret);
});
