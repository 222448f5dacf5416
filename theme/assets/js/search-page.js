/*
 * The search page (/search/): reads ?q= so a search is a link that can be shared, shows the
 * results as real links (title, section and heading, highlighted excerpt, the best headings
 * inside the page), keeps the address in step as the reader types, and loads more results
 * on request. Down and up arrows move from the field through the result links.
 * Needs search-client.js.
 */
(function () {
  "use strict";

  var client = window.TwitchSiteSearch;
  var form = document.querySelector("[data-search-page]");
  if (!client || !form) return;

  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-page-status");
  var list = document.getElementById("search-page-results");
  var more = document.getElementById("search-page-more");
  // The first results come fast and cheap (each is a file of its page's text to download,
  // 1 to 2 KB: three keep any query's search files under 100 KB with a margin); "More results"
  // then adds PAGE at a time.
  var FIRST = 3;
  var PAGE = 10;
  var DELAY = 150;
  var sequence = 0;
  var timer = 0;
  var current = null;
  var shown = 0;
  // Where the next results start in current's list, and the pages shown before a partial
  // search was completed (they stay where they are; the rest follow in the complete order).
  var next = 0;
  var early = new Set();
  var baseTitle = document.title;

  form.hidden = false;

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function resultItem(item) {
    var li = element("li", "search-result");
    var heading = element("h2", "search-result-title");
    var link = element("a", "search-result-link", item.title);
    link.href = item.url;
    link.setAttribute("data-page", item.pageUrl);
    heading.appendChild(link);
    li.appendChild(heading);
    var where = [item.section, item.heading].filter(Boolean).join(" › ");
    if (where) li.appendChild(element("p", "search-result-where", where));
    var excerpt = element("p", "search-result-excerpt");
    client.renderExcerpt(excerpt, item.excerpt);
    li.appendChild(excerpt);
    if (item.relatedTerm) {
      var related = element("p", "search-result-also", "Found by the related term ");
      related.appendChild(element("mark", "", item.relatedTerm));
      li.appendChild(related);
    }
    if (item.headings.length > 1) {
      var subs = element("ul", "search-result-headings");
      item.headings.forEach(function (h) {
        var sub = element("li");
        var a = element("a", "", h.title);
        a.href = h.url;
        sub.appendChild(a);
        subs.appendChild(sub);
      });
      li.appendChild(subs);
    }
    return li;
  }

  function say(text) {
    status.textContent = text;
  }

  function showMore() {
    var result = current;
    var mine = sequence;
    var want = shown ? PAGE : FIRST;
    return result.load(next, want + early.size).then(function (items) {
      if (mine !== sequence) return;
      var added = 0;
      for (var i = 0; i < items.length && added < want; i++) {
        next++;
        if (early.has(items[i].pageUrl)) continue;
        list.appendChild(resultItem(items[i]));
        added++;
      }
      shown += added;
      more.hidden = next >= result.total && !result.partial;
    });
  }

  /* On a large site a word on most pages is first searched in part of it (search-shards.js):
     the reader is told, and "More results" searches the rest before showing more. */
  function counted(result, query) {
    var count = result.total + (result.total === 1 ? " result" : " results");
    return result.partial
      ? count + " for \u201c" + query + "\u201d so far, from part of the site: \u201cMore results\u201d searches all of it"
      : count + " for \u201c" + query + "\u201d";
  }

  function complete(query) {
    var mine = sequence;
    return current.more().then(function (result) {
      if (mine !== sequence) return;
      list.querySelectorAll(".search-result-link").forEach(function (a) { early.add(a.getAttribute("data-page")); });
      current = result;
      next = 0;
      say(counted(result, query));
    });
  }

  /* finished: the query was submitted or opened as ?q=, so its last word is not still being typed. */
  function run(query, updateAddress, finished) {
    var mine = ++sequence;
    if (updateAddress) {
      var address = query ? "?q=" + encodeURIComponent(query) : window.location.pathname;
      window.history.replaceState(null, "", address);
    }
    document.title = query ? "Search: " + query + " | " + baseTitle : baseTitle;
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      say("");
      return;
    }

    say("Searching for " + query + "\u2026");
    client.search(query, { finished: !!finished }).then(function (result) {
      if (mine !== sequence) return;
      current = result;
      shown = 0;
      next = 0;
      early = new Set();
      list.replaceChildren();
      more.hidden = true;
      if (result.total === 0) {
        say("No results for \u201c" + query + "\u201d. Check the spelling, or try another word, such as \u201ccramp\u201d, \u201ctired\u201d or \u201ceye twitch\u201d.");
        return;
      }
      return showMore().then(function () {
        if (mine !== sequence) return;
        var parts = client.note(result);
        if (!parts) {
          say(counted(result, query));
          return;
        }
        // "Did you mean": the corrected words in bold, and the count for them.
        status.replaceChildren(parts.before, element("strong", "", parts.words), parts.after + " " + counted(result, query) + ".");
      });
    }).catch(function () {
      if (mine === sequence) say("Search is not available right now. You can browse every topic from the home page.");
    });
  }

  input.addEventListener("focus", client.warm);
  input.addEventListener("input", function () {
    client.preload(input.value.trim());
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value.trim(), true); }, DELAY);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value.trim(), true, true);
  });

  more.addEventListener("click", function () {
    var first = shown;
    var query = input.value.trim();
    (current.partial ? complete(query) : Promise.resolve()).then(showMore).then(function () {
      var link = list.querySelectorAll(".search-result-link")[first];
      if (link) link.focus();
    });
  });

  // Arrow keys: from the field into the results, and between result titles.
  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".search-result-link"));
  }

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });

  list.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var all = links();
    var index = all.indexOf(document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === "ArrowDown" && index + 1 < all.length) all[index + 1].focus();
    if (event.key === "ArrowUp") (index === 0 ? input : all[index - 1]).focus();
  });

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  if (query) run(query.trim(), false, true);
})();
