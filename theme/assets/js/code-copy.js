// A "Copy" button above every code block of the page's content. A file, not inline code, so the
// strict Content Security Policy holds. Without JavaScript there is no button at all (nothing that
// cannot work is shown). The button is a real <button> (keyboard, screen readers); the result is
// announced through one polite live region ("Copied", or how to copy by hand when the browser
// refuses), and the button says "Copied" for a moment. Print hides the buttons (CSS).
(function () {
  "use strict";
  var blocks = document.querySelectorAll("main pre > code");
  if (!blocks.length) {
    return;
  }

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("data-code-copy-status", "");
  document.body.appendChild(status);

  function announce(message) {
    // Emptied first, so the same message twice in a row is announced twice.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function copyByHand(text) {
    // Browsers without the asynchronous clipboard (or outside a secure context): a hidden
    // textarea, selected and copied.
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyByHand(text); });
    }
    return Promise.resolve(copyByHand(text));
  }

  Array.prototype.forEach.call(blocks, function (code) {
    var pre = code.parentElement;
    var wrap = document.createElement("div");
    wrap.className = "code-block";
    pre.parentNode.insertBefore(wrap, pre);

    var button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code");
    wrap.appendChild(button);
    wrap.appendChild(pre);

    var reset = 0;
    button.addEventListener("click", function () {
      // The generator ends every block with a newline; a pasted command should not run at once.
      var text = code.textContent.replace(/\n$/, "");
      copy(text).then(function (done) {
        button.textContent = done ? "Copied" : "Copy";
        announce(done ? "Copied" : "Could not copy: select the code and copy it");
        window.clearTimeout(reset);
        reset = window.setTimeout(function () {
          button.textContent = "Copy";
        }, 2000);
      });
    });
  });
})();
