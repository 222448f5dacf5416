// The generator's default theme: the search box. A file, not inline code, so a strict Content
// Security Policy holds. The box stays hidden unless the site has a Pagefind index
// (/pagefind/pagefind.js): a site built with --no-search shows no search that cannot work.
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

  function show(results) {
    clear();
    results.forEach(function (data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      item.appendChild(link);
      var excerpt = document.createElement("p");
      excerpt.textContent = (data.excerpt || "").replace(/<[^>]*>/g, "");
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
