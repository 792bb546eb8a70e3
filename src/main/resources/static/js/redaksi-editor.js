// The rich-text editor for an article's body (TinyMCE, self-hosted from /webjars). It edits the
// same HTML the site keeps after sanitizing (article/ArticleBodyPolicy) and nothing more; without
// JavaScript the plain textarea still works. Shows the word count and reading time.
(function () {
  'use strict';
  var area = document.getElementById('isi-berita');
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
    branding: false,
    menubar: false,
    statusbar: false,
    plugins: 'lists link autoresize wordcount',
    toolbar: 'blocks | bold italic | bullist numlist blockquote | link unlink | undo redo',
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
    setup: function (editor) {
      editor.on('init', function () {
        show(editor.getContent({ format: 'text' }));
      });
      editor.on('input change undo redo SetContent', function () {
        show(editor.getContent({ format: 'text' }));
        editor.save();
        area.form.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
  });
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
