/*
 * Prefetches a page of this site when the reader points at a link to it (after a short pause,
 * so a pointer passing over does nothing) or moves keyboard focus to it, so the page opens at
 * once when they follow it. Adds one <link rel="prefetch"> per page, at most once; skips links
 * to other sites, to the page already open, to files and to the search index, and does
 * nothing when the reader asked their browser to save data. No inline script: works under
 * the site's strict Content-Security-Policy.
 */
(function () {
  "use strict";

  var connection = navigator.connection;
  if (connection && (connection.saveData || /(^|-)2g$/.test(connection.effectiveType || ""))) return;

  var done = new Set([window.location.pathname]);
  var HOVER_DELAY = 65;
  var timer = 0;

  function target(link) {
    if (!link || !link.href || link.target || link.hasAttribute("download")) return null;
    var url;
    try {
      url = new URL(link.href, window.location.href);
    } catch (e) {
      return null;
    }
    if (url.origin !== window.location.origin || !/^https?:$/.test(url.protocol)) return null;
    if (/^\/(pagefind|assets)\//.test(url.pathname) || /\.[a-z0-9]+$/i.test(url.pathname) && !/\.html$/i.test(url.pathname)) return null;
    return done.has(url.pathname) ? null : url.pathname;
  }

  function prefetch(path) {
    done.add(path);
    var hint = document.createElement("link");
    hint.rel = "prefetch";
    hint.href = path;
    document.head.appendChild(hint);
  }

  document.addEventListener("pointerover", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    var path = target(link);
    clearTimeout(timer);
    if (path) timer = setTimeout(function () { prefetch(path); }, HOVER_DELAY);
  }, { passive: true });

  document.addEventListener("pointerout", function () { clearTimeout(timer); }, { passive: true });

  document.addEventListener("focusin", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    var path = target(link);
    if (path) prefetch(path);
  });
})();
