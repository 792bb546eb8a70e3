// The e-paper screen works without this: it has a "Muat ulang" link. While an edition is still
// being processed, this reloads the list every few seconds, unless the editor has started
// filling in the upload form or the page shows a refused upload (its typed fields would be lost).
(function () {
  'use strict';
  var reload = document.getElementById('muat-ulang');
  if (!reload || reload.getAttribute('data-processing') !== 'true' || document.querySelector('.error')) {
    return;
  }
  var form = document.getElementById('unggah-edisi');
  var touched = false;
  if (form) {
    form.addEventListener('input', function () { touched = true; });
    form.addEventListener('change', function () { touched = true; });
  }
  window.setTimeout(function () {
    if (!touched) {
      window.location.replace(reload.getAttribute('href'));
    }
  }, 5000);
})();
