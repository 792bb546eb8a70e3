// Newsroom enhancements; every screen works without them.
// Autosave: what is typed into the editor is kept in this browser (localStorage) every few
// seconds, so a crash, a closed tab or a lost connection never loses it. When the editor opens
// with text different from the kept copy, it offers to put the kept copy back.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form || !window.localStorage) {
    return;
  }
  var key = 'warta-autosave:' + form.getAttribute('action');
  var fields = ['judul', 'ringkasan', 'isi', 'sumber', 'kodeEditor', 'tag', 'bacaJuga', 'bacaJugaDalam', 'slug'];

  function current() {
    var values = {};
    fields.forEach(function (name) {
      var field = form.elements[name];
      if (field) {
        values[name] = field.value;
      }
    });
    return values;
  }

  function same(a, b) {
    return fields.every(function (name) { return (a[name] || '') === (b[name] || ''); });
  }

  var kept = null;
  try {
    kept = JSON.parse(localStorage.getItem(key) || 'null');
  } catch (e) {
    kept = null;
  }
  if (kept && kept.values && !same(kept.values, current())) {
    var box = document.createElement('div');
    box.className = 'notice autosave';
    box.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.textContent = 'Ada ketikan yang belum disimpan dari ' + new Date(kept.at).toLocaleString('id-ID') + '.';
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.textContent = 'Pulihkan ketikan itu';
    restore.addEventListener('click', function () {
      fields.forEach(function (name) {
        if (form.elements[name] && kept.values[name] !== undefined) {
          form.elements[name].value = kept.values[name];
        }
      });
      box.remove();
    });
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'secondary';
    discard.textContent = 'Buang';
    discard.addEventListener('click', function () {
      localStorage.removeItem(key);
      box.remove();
    });
    box.appendChild(text);
    box.appendChild(restore);
    box.appendChild(document.createTextNode(' '));
    box.appendChild(discard);
    form.parentNode.insertBefore(box, form);
  } else if (kept) {
    localStorage.removeItem(key);
  }

  var saved = current();
  function keep() {
    var values = current();
    if (!same(values, saved)) {
      localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: values }));
    }
  }
  setInterval(keep, 5000);
  form.addEventListener('input', function () { clearTimeout(form._keep); form._keep = setTimeout(keep, 800); });
  window.addEventListener('pagehide', keep);
})();

// SEO fields: live length counters and the search-result preview.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form || !form.elements.seoJudul) {
    return;
  }
  function shorten(s, max) {
    s = (s || '').trim().replace(/\s+/g, ' ');
    return s.length <= max ? s : s.substring(0, max - 1).trim() + '\u2026';
  }
  function counter(field) {
    var out = document.getElementById(field.id + '-hitung');
    var limit = parseInt(field.getAttribute('data-count'), 10);
    var n = field.value.trim().length;
    out.textContent = n + ' karakter; mesin pencari menampilkan sekitar ' + limit + '.';
    out.classList.toggle('over', n > limit);
  }
  function preview() {
    var title = form.elements.seoJudul.value.trim() || form.elements.judul.value.trim() || 'Judul artikel';
    var text = form.elements.seoDeskripsi.value.trim() || form.elements.ringkasan.value.trim();
    document.getElementById('serp-judul').textContent = shorten(title, 60);
    document.getElementById('serp-deskripsi').textContent = shorten(text, 160);
    counter(form.elements.seoJudul);
    counter(form.elements.seoDeskripsi);
  }
  ['seoJudul', 'seoDeskripsi', 'judul', 'ringkasan'].forEach(function (name) {
    form.elements[name].addEventListener('input', preview);
  });
  preview();
})();
