// Progressive enhancements for readers. Every feature here is optional: without JavaScript
// the navigation stays open, the system colour scheme applies, glossary definitions show on
// hover and focus, and the contents list is a plain list of links.
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
      // The current section is the last heading above the middle of the viewport.
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= window.innerHeight * 0.4) current = headings[i];
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
    var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -60% 0px" });
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
    terms.forEach(function (term) {
      var button = term.querySelector("button");
      if (!button) return;
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

  function start() {
    schemePicker();
    menuButton();
    contentsHighlight();
    glossaryTerms();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
