// The generator's default theme: the search box. A file, not inline code, so a strict Content
// Security Policy holds. A site built with --no-search has no box (the layout leaves it out when
// site.has_search is false), so no page asks for an index that is not there; the box stays hidden
// until Pagefind (/pagefind/pagefind.js) has loaded.
(function () {
  "use strict";
  var form = document.querySelector("[data-search]");
  if (!form) {
    return;
  }

  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var pagefind = null;
  var latest = 0;

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
  }

  // The few named entities Pagefind writes in excerpts (it escapes the page's text as HTML).
  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  // An excerpt's text is HTML-escaped: "&lt;" is the "<" the page shows. Decoded once, so a page that
  // shows "&lt;" (written "&amp;lt;") still shows it.
  function decode(html) {
    return html.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, function (whole, name) {
      if (name.charAt(0) === "#") {
        var hex = name.charAt(1) === "x" || name.charAt(1) === "X";
        var code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      var known = ENTITIES[name.toLowerCase()];
      return typeof known === "string" ? known : whole;
    });
  }

  // The excerpt as text nodes, with <mark> elements around the words found; never innerHTML, so
  // nothing in a page's text can become markup here.
  function fillExcerpt(element, html) {
    var marked = false;
    html.split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === "<mark>" || part === "</mark>") {
        marked = part === "<mark>";
        return;
      }
      if (!part) {
        return;
      }
      var text = document.createTextNode(decode(part.replace(/<[^>]*>/g, "")));
      if (marked) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        element.appendChild(mark);
      } else {
        element.appendChild(text);
      }
    });
  }

  function show(results) {
    clear();
    results.forEach(function (data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      item.appendChild(link);
      var excerpt = document.createElement("p");
      fillExcerpt(excerpt, data.excerpt || "");
      item.appendChild(excerpt);
      list.appendChild(item);
    });
    if (results.length === 0) {
      var none = document.createElement("li");
      none.textContent = "No results";
      list.appendChild(none);
    }
  }

  import("/pagefind/pagefind.js").then(function (module) {
    pagefind = module;
    form.hidden = false;
  }).catch(function () {
    // No search index: the box stays hidden.
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });

  input.addEventListener("input", function () {
    var query = input.value.trim();
    var mine = ++latest;
    if (!pagefind || query === "") {
      clear();
      return;
    }

    pagefind.search(query).then(function (search) {
      return Promise.all(search.results.slice(0, 8).map(function (result) { return result.data(); }));
    }).then(function (results) {
      if (mine === latest) {
        show(results);
      }
    });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      input.value = "";
      clear();
    }
  });
})();
