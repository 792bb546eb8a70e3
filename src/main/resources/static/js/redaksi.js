// Newsroom enhancements; every screen works without them.
// Autosave: what is typed into the editor is kept in this browser (localStorage) every few
// seconds, and on the server every 30 seconds while typing and when the page is left, so a
// crash, a closed tab or a lost connection never loses it, in this browser or another. When the
// editor opens with text different from the newest kept copy, it offers to put that copy back.
// A successful save clears both copies.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form) {
    return;
  }
  var storage = null;
  try {
    storage = window.localStorage;
  } catch (e) {
    storage = null;
  }
  var key = 'warta-autosave:' + form.getAttribute('action');
  var fields = ['judul', 'ringkasan', 'isi', 'sumber', 'kodeEditor', 'tag', 'bacaJuga', 'bacaJugaDalam', 'slug', 'seoJudul', 'seoDeskripsi'];

  // The form was submitted on the previous page: if that save went through, the copies are old.
  var submitted = window.sessionStorage && sessionStorage.getItem('warta-submitted');
  if (submitted && window.sessionStorage) {
    sessionStorage.removeItem('warta-submitted');
    if (!form.hasAttribute('data-failed') && storage) {
      storage.removeItem(submitted);
    }
  }

  function sync() {
    if (window.wartaEditorSync) {
      window.wartaEditorSync();
    }
  }

  function current() {
    sync();
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

  // A time as the newsroom reads it: in the site's zone (WIB, WITA or WIT), not the browser's.
  function when(millis) {
    var options = {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
      hour: '2-digit', minute: '2-digit'
    };
    var zone = form.getAttribute('data-zone');
    try {
      return new Date(millis).toLocaleString('id-ID', Object.assign({ timeZone: zone }, options)) +
        ' ' + (form.getAttribute('data-zone-label') || '');
    } catch (e) {
      return new Date(millis).toLocaleString('id-ID', options);
    }
  }

  function parse(text) {
    try {
      return JSON.parse(text || 'null');
    } catch (e) {
      return null;
    }
  }

  var local = storage ? parse(storage.getItem(key)) : null;
  var server = parse(form.getAttribute('data-autosave'));
  var kept = local && local.values ? local : null;
  if (server && server.values && (!kept || server.at > kept.at)) {
    kept = server;
  }
  var initial = current();
  if (kept && !same(kept.values, initial)) {
    var box = document.createElement('div');
    box.className = 'notice autosave';
    box.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.textContent = 'Ada ketikan yang belum disimpan dari ' + when(kept.at) + '.';
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.textContent = 'Pulihkan ketikan itu';
    restore.addEventListener('click', function () {
      fields.forEach(function (name) {
        if (form.elements[name] && kept.values[name] !== undefined) {
          form.elements[name].value = kept.values[name];
        }
      });
      if (window.wartaEditorLoad) {
        window.wartaEditorLoad();
      }
      form.dispatchEvent(new Event('input', { bubbles: true }));
      box.remove();
    });
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'secondary';
    discard.textContent = 'Buang';
    discard.addEventListener('click', function () {
      if (storage) {
        storage.removeItem(key);
      }
      box.remove();
    });
    box.appendChild(text);
    box.appendChild(restore);
    box.appendChild(document.createTextNode(' '));
    box.appendChild(discard);
    form.parentNode.insertBefore(box, form);
  } else if (local && storage) {
    storage.removeItem(key);
  }

  var saved = initial;
  var sentToServer = initial;
  var submitting = false;
  var endpoint = form.getAttribute('action') + '/autosimpan';

  function keep() {
    var values = current();
    if (storage && !submitting && !same(values, saved)) {
      storage.setItem(key, JSON.stringify({ at: Date.now(), values: values }));
    }
  }

  function body() {
    var params = new URLSearchParams();
    var csrf = form.querySelector('input[type=hidden][name=_csrf]');
    if (csrf) {
      params.append('_csrf', csrf.value);
    }
    var values = current();
    fields.forEach(function (name) {
      if (values[name] !== undefined) {
        params.append(name, values[name]);
      }
    });
    return { params: params, values: values };
  }

  function send(leaving) {
    // Only the article editor has a server copy; other forms keep the browser copy alone.
    if (submitting || form.hasAttribute('data-readonly') || !form.hasAttribute('data-server-autosave')) {
      return;
    }
    var b = body();
    if (same(b.values, sentToServer) || same(b.values, saved)) {
      return;
    }
    sentToServer = b.values;
    if (leaving && navigator.sendBeacon) {
      navigator.sendBeacon(endpoint, b.params);
      return;
    }
    fetch(endpoint, { method: 'POST', body: b.params, keepalive: true, credentials: 'same-origin' })
      .catch(function () { sentToServer = null; });
  }

  setInterval(keep, 5000);
  setInterval(function () { send(false); }, 30000);
  form.addEventListener('input', function () { clearTimeout(form._keep); form._keep = setTimeout(keep, 800); });
  form.addEventListener('submit', function () {
    submitting = true;
    if (window.sessionStorage) {
      sessionStorage.setItem('warta-submitted', key);
    }
  });
  window.addEventListener('pagehide', function () {
    keep();
    send(true);
  });
  window.wartaAutosaveNow = function () { send(false); };
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

// Tags: existing tags as suggestions while typing the last one, and a note when what is typed
// is already a tag under another spelling (the site would merge them; better to see it).
(function () {
  'use strict';
  var input = document.getElementById('tag');
  var list = document.getElementById('tag-saran');
  var note = document.getElementById('tag-ada');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = '';
  function parts() {
    var all = input.value.split(',');
    var last = all.pop();
    return { before: all.map(function (t) { return t.trim(); }).filter(Boolean), last: last.trim() };
  }
  function slug(s) {
    return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  function ask() {
    var p = parts();
    if (p.last.length < 2 || p.last === asked) {
      return;
    }
    asked = p.last;
    fetch('/redaksi/tag/saran?q=' + encodeURIComponent(p.last), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (tags) {
        list.textContent = '';
        var prefix = p.before.length ? p.before.join(', ') + ', ' : '';
        tags.forEach(function (t) {
          var o = document.createElement('option');
          o.value = prefix + t.name;
          o.label = t.name;
          list.appendChild(o);
        });
        var same = tags.filter(function (t) { return t.slug === slug(p.last) && t.name !== p.last; });
        note.textContent = same.length ? 'Tag ini sudah ada sebagai \u201c' + same[0].name + '\u201d.' :
          (tags.length ? 'Tag yang sudah ada: ' + tags.map(function (t) { return t.name; }).join(', ') : '');
      })
      .catch(function () {});
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });
})();

// Photo pickers (lead photo, social image): thumbnails to click beside the plain select, which
// stays the form's field and works alone without JavaScript.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('select.photo-picker'), function (select) {
    var grid = document.createElement('div');
    grid.className = 'thumbs';
    grid.setAttribute('role', 'group');
    grid.setAttribute('aria-label', 'Pilih foto');
    var buttons = [];
    Array.prototype.forEach.call(select.options, function (option) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'thumb';
      b.title = option.textContent;
      b.setAttribute('data-value', option.value);
      var src = option.getAttribute('data-thumb');
      if (src) {
        var img = document.createElement('img');
        img.src = src;
        img.alt = option.textContent;
        img.loading = 'lazy';
        b.appendChild(img);
      } else {
        b.textContent = option.textContent;
      }
      b.addEventListener('click', function () {
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      buttons.push(b);
      grid.appendChild(b);
    });
    function mark() {
      buttons.forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-value') === select.value));
      });
    }
    select.addEventListener('change', mark);
    mark();
    select.parentNode.insertBefore(grid, select.nextSibling);
  });
})();
