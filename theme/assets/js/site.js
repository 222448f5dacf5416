// Progressive enhancements for readers. Every feature here is optional: without JavaScript
// the navigation stays open, the system colour scheme applies, glossary definitions show on
// hover and focus, the contents list is a plain list of links, printed links show their path
// and the "Back to top" link at the end of the page stays.
(function () {
  "use strict";

  var storageKey = "twitchsite-scheme";

  function schemePicker() {
    var picker = document.querySelector(".scheme-picker");
    var select = picker && picker.querySelector("select");
    if (!select) return;
    var current = document.documentElement.getAttribute("data-theme") || "auto";
    select.value = current;
    picker.hidden = false;
    select.addEventListener("change", function () {
      var value = select.value;
      if (value === "light" || value === "dark") {
        document.documentElement.setAttribute("data-theme", value);
      } else {
        document.documentElement.removeAttribute("data-theme");
      }
      try {
        if (value === "auto") window.localStorage.removeItem(storageKey);
        else window.localStorage.setItem(storageKey, value);
      } catch (e) {
        // Not persisted when storage is blocked; the choice still applies to this page.
      }
    });
  }

  function menuButton() {
    var button = document.querySelector(".menu-button");
    var nav = document.getElementById("site-nav");
    if (!button || !nav) return;
    var narrow = window.matchMedia("(max-width: 55.99em)");
    function apply() {
      // On narrow screens the stylesheet keeps the navigation collapsed unless it is open.
      // On phones the open menu is a list: the sections, the current section's pages, this page marked.
      nav.classList.toggle("is-phone-menu", narrow.matches);
      if (narrow.matches) {
        button.hidden = false;
        nav.classList.toggle("is-open", button.getAttribute("aria-expanded") === "true");
      } else {
        button.hidden = true;
        nav.classList.remove("is-open");
      }
    }
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", open ? "false" : "true");
      apply();
      if (!open) {
        var first = nav.querySelector("a");
        if (first) first.focus();
      }
    });
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && narrow.matches && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        apply();
        button.focus();
      }
    });
    if (narrow.addEventListener) narrow.addEventListener("change", apply);
    apply();
  }

  function contentsHighlight() {
    var links = Array.prototype.slice.call(document.querySelectorAll(".toc a[href^='#']"));
    if (!links.length || !("IntersectionObserver" in window)) return;
    var byId = {};
    var headings = [];
    links.forEach(function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) {
        byId[id] = link;
        headings.push(heading);
      }
    });
    function mark() {
      // The section being read is the one at the top of the view: the last heading that has
      // reached the top (a heading a contents link scrolled to sits just below it, at its
      // scroll margin). A heading further down the screen starts a section not yet being read.
      var top = Math.min(96, window.innerHeight * 0.2);
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= top) current = headings[i];
      }
      // At the very end of the page the last sections cannot reach the top: mark the last one shown.
      var atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atEnd) {
        for (var j = headings.length - 1; j >= 0; j--) {
          if (headings[j].getBoundingClientRect().top < window.innerHeight) { current = headings[j]; break; }
        }
      }
      links.forEach(function (link) {
        link.classList.remove("is-active");
        link.removeAttribute("aria-current");
      });
      if (current && byId[current.id]) {
        byId[current.id].classList.add("is-active");
        byId[current.id].setAttribute("aria-current", "true");
      }
    }
    var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -80% 0px" });
    headings.forEach(function (heading) { observer.observe(heading); });
    window.addEventListener("scroll", mark, { passive: true });
    mark();
  }

  function glossaryTerms() {
    var terms = Array.prototype.slice.call(document.querySelectorAll(".glossary-term"));
    if (!terms.length) return;
    function close(term) {
      term.removeAttribute("data-open");
    }
    // A tip opens below its word, or above it when there is no room below, and moves left
    // when it would run off the right edge: it never opens partly off the screen.
    function place(term) {
      var tip = term.querySelector(".glossary-tip");
      if (!tip) return;
      term.classList.remove("tip-above");
      tip.style.removeProperty("--tip-shift");
      var margin = 8;
      var box = tip.getBoundingClientRect();
      if (!box.width) return; // not shown
      var word = term.getBoundingClientRect();
      // The part of the page on screen, in the same coordinates as the boxes: the visual
      // viewport (a phone's innerHeight is the layout viewport's, taller once anything has
      // widened the page or the reader has zoomed).
      var view = window.visualViewport;
      var top = view ? view.offsetTop : 0;
      var bottom = view ? view.offsetTop + view.height : document.documentElement.clientHeight;
      if (box.bottom > bottom - margin && word.top - box.height - margin > top) term.classList.add("tip-above");
      var right = Math.min(document.documentElement.clientWidth, view ? view.offsetLeft + view.width : Infinity) - margin;
      var shift = box.right > right ? right - box.right : 0;
      if (box.left + shift < margin) shift = margin - box.left;
      if (shift) tip.style.setProperty("--tip-shift", Math.round(shift) + "px");
    }
    terms.forEach(function (term) {
      var button = term.querySelector("button");
      if (!button) return;
      ["mouseenter", "focusin", "click"].forEach(function (type) {
        term.addEventListener(type, function () { window.requestAnimationFrame(function () { place(term); }); });
      });
      button.addEventListener("click", function () {
        var open = term.hasAttribute("data-open");
        terms.forEach(close);
        if (!open) {
          term.setAttribute("data-open", "");
          term.removeAttribute("data-dismissed");
        }
      });
      // A dismissed tip stays hidden until the pointer or focus leaves the term (WCAG 1.4.13).
      term.addEventListener("mouseleave", function () { term.removeAttribute("data-dismissed"); });
      term.addEventListener("focusout", function (event) {
        if (!term.contains(event.relatedTarget)) {
          term.removeAttribute("data-dismissed");
          close(term);
        }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      terms.forEach(function (term) {
        if (term.hasAttribute("data-open") || term.matches(":hover") || term.matches(":focus-within")) {
          term.setAttribute("data-dismissed", "");
          close(term);
        }
      });
    });
    document.addEventListener("click", function (event) {
      terms.forEach(function (term) {
        if (!term.contains(event.target)) close(term);
      });
    });
  }

  // Printed links show their full web address: the site's address (base_url, as in the
  // page's canonical link) and the link's path. The stylesheet prints data-print-url.
  function printAddresses() {
    var canonical = document.querySelector("link[rel=canonical]");
    var base = canonical ? canonical.href : window.location.href;
    var links = document.querySelectorAll("main a[href]:not([href^='#'])");
    Array.prototype.forEach.call(links, function (link) {
      // Only the site's own paths: other sites print their address already, and a phone
      // number (tel:) or email address is the link's text; "999 (tel:999)" helps no one.
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.getAttribute("href"))) return;
      try {
        var url = new URL(link.getAttribute("href"), base);
        url.search = ""; // not the search highlight of a result link
        link.setAttribute("data-print-url", url.href);
      } catch (e) {
        // an address the browser cannot read prints as written
      }
    });
  }

  // A "Back to top" button that appears once the reader has scrolled a screen or more down a
  // long page, in the corner beside the content's margin, never over the text column.
  function backToTop() {
    var link = document.querySelector(".back-to-top a");
    if (!link || document.documentElement.scrollHeight < window.innerHeight * 2.5) return;
    var button = document.createElement("a");
    button.className = "to-top";
    button.href = "#top";
    button.textContent = "Top";
    button.setAttribute("aria-label", "Back to top");
    button.hidden = true;
    document.body.appendChild(button);
    var shown = false;
    var lastY = window.scrollY;
    // Beside the text column when the screen has room for it there; otherwise (phones) it
    // shows only while the reader scrolls up, the moment they look for a way back, and hides
    // as soon as they scroll down to read on.
    function besideText() {
      var text = document.querySelector("main .prose") || document.querySelector("main");
      var right = text.getBoundingClientRect().right;
      var room = document.documentElement.clientWidth - right;
      return room >= 44 + 24;
    }
    function update() {
      var y = window.scrollY;
      var far = y > window.innerHeight;
      var show = far && (besideText() || y < lastY - 4 || (shown && y <= lastY));
      lastY = y;
      if (show !== shown) {
        shown = show;
        button.hidden = !show;
      }
    }
    window.addEventListener("scroll", update, { passive: true });
    update();
  }

  function start() {
    schemePicker();
    menuButton();
    contentsHighlight();
    glossaryTerms();
    printAddresses();
    backToTop();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
