// Live blog, progressive enhancement: without JavaScript the page shows every entry and a
// "Muat pembaruan" link. With it, the page fetches the fragment of the newest entries every few
// seconds (revalidated with If-None-Match: an unchanged fragment is a 304 from the page cache)
// and merges it in without a reload. Embeds are js/embed.js's (loaded before this script).
(function () {
  'use strict';
  var EVERY_MS = 4000;

  function showEmbedButtons(root) {
    if (window.wartaEmbeds) { window.wartaEmbeds.showButtons(root); }
  }

  var section = document.querySelector('[data-live-fragment]');
  if (!section || !window.fetch || !window.DOMParser) { return; }
  var url = section.getAttribute('data-live-fragment');
  var body = section.querySelector('.live-body');
  var status = section.querySelector('.live-status');
  var timer = null;
  var stopped = false;

  function schedule() {
    clearTimeout(timer);
    if (!stopped) { timer = setTimeout(poll, EVERY_MS); }
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    section.classList.remove('is-live');
    var refresh = section.querySelector('.live-refresh');
    if (refresh) { refresh.remove(); }
  }

  function poll() {
    if (document.hidden) { schedule(); return; }
    // No cookies: a signed-in editor's poll is served from the page cache like anyone's.
    fetch(url, { cache: 'no-cache', credentials: 'omit' })
      .then(function (r) {
        if (r.status === 404) { stop(); return null; }
        return r.ok ? r.text() : null;
      })
      .then(function (html) { if (html) { merge(html); } })
      .catch(function () { /* offline for a moment: try again at the next turn */ })
      .then(schedule);
  }

  function newer(a, b) {
    var pa = +a.getAttribute('data-posted'), pb = +b.getAttribute('data-posted');
    return pa > pb || (pa === pb && +a.getAttribute('data-entry') > +b.getAttribute('data-entry'));
  }

  function replacePart(fresh, selector) {
    var now = body.querySelector(selector);
    var next = fresh.querySelector(selector);
    if (next) { next = document.importNode(next, true); }
    if (now && next) { now.replaceWith(next); }
    else if (now) { now.remove(); }
    else if (next) { body.insertBefore(next, body.querySelector('.live-entries')); }
  }

  function merge(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.live-body');
    if (!fresh) { return; }
    replacePart(fresh, '.live-key-events');
    replacePart(fresh, '.live-pinned');
    replacePart(fresh, '.live-empty');
    var list = body.querySelector('.live-entries');
    var items = fresh.querySelectorAll('.live-entries > li');
    var seen = {};
    var oldest = Infinity;
    var added = 0;
    items.forEach(function (item) {
      var id = item.getAttribute('data-entry');
      seen[id] = true;
      oldest = Math.min(oldest, +item.getAttribute('data-posted'));
      var current = list.querySelector(':scope > li[data-entry="' + id + '"]');
      if (current) {
        if (current.getAttribute('data-version') !== item.getAttribute('data-version')) {
          current.replaceWith(document.importNode(item, true));
        }
        return;
      }
      var node = document.importNode(item, true);
      node.classList.add('is-new');
      var before = null;
      list.querySelectorAll(':scope > li').forEach(function (li) {
        if (!before && newer(node, li)) { before = li; }
      });
      list.insertBefore(node, before);
      added++;
    });
    // Deleted entries: gone from the fragment while within the span it covers.
    list.querySelectorAll(':scope > li').forEach(function (li) {
      if (!seen[li.getAttribute('data-entry')] && (items.length === 0 || +li.getAttribute('data-posted') >= oldest)) {
        li.remove();
      }
    });
    showEmbedButtons(body);
    if (added > 0 && status) {
      status.textContent = added + ' pembaruan baru';
    }
    if (fresh.getAttribute('data-live') === 'false') { stop(); }
  }

  var reload = section.querySelector('.live-reload');
  if (reload) {
    reload.addEventListener('click', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      poll();
    });
  }
  schedule();
})();
