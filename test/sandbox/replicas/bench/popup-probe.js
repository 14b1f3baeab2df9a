// Opens a small window and reports "opened" or "blocked" (window.open returns null when blocked).
function probe(outputId) {
  const popup = window.open('/_bench/popup-probe?child=1', `probe-${outputId}`, 'popup,width=320,height=240');
  document.getElementById(outputId).value = popup ? 'opened' : 'blocked';
  popup?.close();
}

if (!new URLSearchParams(location.search).has('child')) {
  probe('popup-without-gesture');
  document.getElementById('open-popup').addEventListener('click', () => probe('popup-with-gesture'));
}
