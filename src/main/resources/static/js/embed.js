// Click-to-load embeds (platform/Embed), in an article's body and in live-blog entries: nothing is
// requested from YouTube, X or Instagram until the reader presses the block's button; the press
// puts the provider's frame in the block's place. Without JavaScript the button stays hidden and
// the block's link opens the post.
(function () {
  'use strict';
  if (window.wartaEmbeds) { return; }

  function showButtons(root) {
    root.querySelectorAll('.embed .embed-load[hidden]').forEach(function (b) { b.hidden = false; });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.embed-load') : null;
    var block = button ? button.closest('.embed[data-embed-src]') : null;
    if (!block) { return; }
    var frame = document.createElement('iframe');
    frame.src = block.getAttribute('data-embed-src');
    frame.title = 'Konten ' + block.getAttribute('data-provider');
    frame.className = 'embed-frame';
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
    block.replaceChildren(frame);
    frame.focus();
  });

  // Live blogs merge new entries in; they call this for the blocks those bring.
  window.wartaEmbeds = { showButtons: showButtons };
  showButtons(document);
})();
