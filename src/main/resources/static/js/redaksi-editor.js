// The rich-text editor for an article's or a static page's body (TinyMCE, self-hosted from /webjars). It edits the
// same HTML the site keeps after sanitizing (article/ArticleBodyPolicy) and nothing more; without
// JavaScript the plain textarea still works. Shows the word count and reading time.
(function () {
  'use strict';
  var area = document.querySelector('textarea.body-html[data-tinymce]');
  if (!area || !window.tinymce) {
    return;
  }
  var base = area.getAttribute('data-tinymce');
  var count = document.createElement('p');
  count.className = 'hint word-count';
  count.id = 'isi-hitung';
  count.setAttribute('aria-live', 'polite');
  area.parentNode.insertBefore(count, area.nextSibling);

  function words(text) {
    var m = (text || '').trim().match(/\S+/g);
    return m ? m.length : 0;
  }
  function show(text) {
    var n = words(text);
    var minutes = Math.max(1, Math.round(n / 200));
    count.textContent = n + ' kata \u00b7 sekitar ' + minutes + ' menit membaca';
  }
  show(area.value.replace(/<[^>]*>/g, ' '));

  window.tinymce.init({
    target: area,
    license_key: 'gpl',
    base_url: base,
    suffix: '.min',
    promotion: false,
    // The WebJar is English only: our own Indonesian pack (js/tinymce/langs/id.js).
    language: 'id',
    language_url: '/js/tinymce/langs/id.js',
    branding: false,
    menubar: false,
    statusbar: false,
    plugins: 'lists link autoresize wordcount',
    toolbar: 'blocks | bold italic | bullist numlist blockquote | link unlink | fotopustaka sematkan | undo redo',
    toolbar_mode: 'wrap',
    block_formats: 'Paragraf=p; Subjudul=h2; Subjudul kecil=h3',
    // Exactly what ArticleBodyPolicy keeps: anything else would vanish on save.
    valid_elements:
      'p,h2,h3,h4,strong/b,em/i,u,s,sub,sup,br,hr,ul,ol,li,blockquote,figure,figcaption,' +
      'a[href|rel],img[src|alt|width|height],table,thead,tbody,tr,th[colspan|rowspan],' +
      'td[colspan|rowspan],caption',
    valid_styles: {},
    invalid_styles: '*',
    link_default_protocol: 'https',
    link_target_list: false,
    link_title: false,
    convert_urls: false,
    entity_encoding: 'raw',
    autoresize_bottom_margin: 20,
    min_height: 320,
    content_css: base + '/skins/content/default/content.min.css',
    // A library photo fits the editing area (a phone's too) instead of scrolling it sideways.
    content_style: 'img { max-width: 100%; height: auto; } figure { margin: 1em 0; }',
    setup: function (editor) {
      // A photo from the media library, as a figure; the site adds the credit.
      editor.ui.registry.addButton('fotopustaka', {
        text: 'Foto',
        tooltip: 'Sisipkan foto dari pustaka media',
        onAction: function () { pickPhoto(editor); }
      });
      // A YouTube, X or Instagram link on its own line; the site shows it as a click-to-open block.
      editor.ui.registry.addButton('sematkan', {
        text: 'Sematkan',
        tooltip: 'Sematkan tautan YouTube, X atau Instagram',
        onAction: function () {
          var url = window.prompt('Alamat video YouTube atau unggahan X/Instagram:');
          if (!url) {
            return;
          }
          if (!embeddable(url.trim())) {
            editor.notificationManager.open({
              text: 'Bukan alamat video YouTube atau unggahan X/Instagram yang dapat disematkan.',
              type: 'error'
            });
            return;
          }
          outOfFigure(editor);
          editor.insertContent('<p><a href="' + escapeHtml(url.trim()) + '">' + escapeHtml(url.trim()) + '</a></p>');
        }
      });
      editor.on('init', function () {
        // The hint about typing HTML is for the plain textarea only.
        var hint = document.getElementById('isi-bantuan');
        if (hint && hint.classList.contains('no-js-only')) {
          hint.hidden = true;
        }
        show(editor.getContent({ format: 'text' }));
      });
      editor.on('input keyup change undo redo SetContent NodeChange', function () {
        show(editor.getContent({ format: 'text' }));
        editor.save();
        area.form.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
  });
  // The post addresses the site turns into click-to-load blocks (platform/Embed.parse); any other
  // link would stay a plain link on the page.
  function embeddable(url) {
    return /^https?:\/\/(www\.|m\.)?youtube\.com\/(watch\?(.*&)?v=[A-Za-z0-9_-]{11}(&|$)|(shorts|live|embed)\/[A-Za-z0-9_-]{11}\/?$)/.test(url) ||
      /^https?:\/\/youtu\.be\/[A-Za-z0-9_-]{11}\/?$/.test(url) ||
      /^https?:\/\/(www\.|mobile\.)?(x|twitter)\.com\/[A-Za-z0-9_]{1,15}\/status\/[0-9]{1,25}\/?$/.test(url) ||
      /^https?:\/\/(www\.)?instagram\.com\/(p|reel)\/[A-Za-z0-9_-]{5,40}\/?$/.test(url);
  }

  // Puts the cursor in a new paragraph after the figure it is in, so what comes next is not
  // typed into the photo's caption.
  function outOfFigure(editor) {
    var figure = editor.dom.getParent(editor.selection.getNode(), 'figure');
    if (figure) {
      var p = editor.dom.create('p', {}, '<br>');
      editor.dom.insertAfter(p, figure);
      editor.selection.setCursorLocation(p, 0);
    }
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function pickPhoto(editor) {
    var box = document.createElement('div');
    box.className = 'photo-dialog';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Pilih foto dari pustaka');
    var search = document.createElement('input');
    search.type = 'search';
    search.placeholder = 'Cari keterangan atau kredit';
    search.setAttribute('aria-label', 'Cari foto');
    var grid = document.createElement('div');
    grid.className = 'thumbs';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'secondary';
    close.textContent = 'Tutup';
    close.addEventListener('click', function () { box.remove(); });
    box.appendChild(search);
    box.appendChild(grid);
    box.appendChild(close);
    area.parentNode.insertBefore(box, area);
    function load() {
      fetch('/redaksi/media/pilih?q=' + encodeURIComponent(search.value), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (photos) {
          grid.textContent = '';
          photos.forEach(function (p) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'thumb';
            b.title = p.caption + ' (' + p.credit + ')';
            var img = document.createElement('img');
            img.src = p.thumb;
            img.alt = p.caption;
            b.appendChild(img);
            b.addEventListener('click', function () {
              editor.insertContent('<figure><img src="' + escapeHtml(p.src) + '" alt="' + escapeHtml(p.alt) +
                '"><figcaption>' + escapeHtml(p.caption) + '</figcaption></figure>');
              outOfFigure(editor);
              box.remove();
            });
            grid.appendChild(b);
          });
        })
        .catch(function () {});
    }
    var t = null;
    search.addEventListener('input', function () { clearTimeout(t); t = setTimeout(load, 250); });
    load();
    search.focus();
  }

  window.wartaEditorSync = function () {
    var e = window.tinymce.get(area.id);
    if (e) {
      e.save();
    }
  };
  window.wartaEditorLoad = function () {
    var e = window.tinymce.get(area.id);
    if (e) {
      e.setContent(area.value);
    }
  };
})();
