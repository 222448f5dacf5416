/*
 * Search client: loads Pagefind's search library only when a reader starts to search, and turns
 * its results into what the search box and the search page show (title, section, heading,
 * highlighted excerpt, and a link that highlights the words on the page it opens).
 * Exposes window.TwitchSiteSearch for search-box.js and search-page.js.
 * No inline scripts, no eval: works under script-src 'self' 'wasm-unsafe-eval'.
 */
(function () {
  "use strict";

  var BUNDLE = "/pagefind/pagefind.js";
  var HIGHLIGHT_PARAM = "highlight";
  var loading = null;

  // Title matches count most; then other names of what the title names (aka); then the page's
  // own keywords and the other names of what it is about (synonyms); names of what it only
  // mentions in passing (related) count least. Section names are shown, not searched.
  var RANKING = { metaWeights: { title: 8, aka: 5, keywords: 3, synonyms: 3, related: 1, section: 0 } };

  function load() {
    if (!loading) {
      loading = import(BUNDLE).then(function (pagefind) {
        // noWorker: Pagefind's web worker is another 43 KB on the first search; the searches
        // here are small enough for the main thread, and the 300 KB budget per query counts.
        return pagefind.options({ excerptLength: 22, ranking: RANKING, noWorker: true }).then(function () {
          return pagefind.init();
        }).then(function () {
          return pagefind;
        });
      });
      loading.catch(function () {
        loading = null; // let the next keystroke try again
      });
    }
    return loading;
  }

  function words(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
  }

  var NAMED = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  /* Entity-encoded text back to text (Pagefind encodes &, <, >, quotes), keeping every space. */
  function decode(html) {
    return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (whole, name) {
      if (name[0] === "#") {
        var code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return Object.prototype.hasOwnProperty.call(NAMED, name.toLowerCase()) ? NAMED[name.toLowerCase()] : whole;
    });
  }

  /* Pagefind excerpts are entity-encoded text with <mark> around matches; build DOM from that
     without innerHTML, so nothing in an excerpt can ever become markup. */
  function renderExcerpt(element, html) {
    element.replaceChildren();
    var parts = html.split(/(<mark>|<\/mark>)/);
    var inMark = false;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === "<mark>") { inMark = true; continue; }
      if (parts[i] === "</mark>") { inMark = false; continue; }
      if (!parts[i]) continue;
      var text = document.createTextNode(decode(parts[i]));
      if (inMark) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        element.appendChild(mark);
      } else {
        element.appendChild(text);
      }
    }
  }

  function markedWords(html) {
    var found = [];
    var re = /<mark>(.*?)<\/mark>/g;
    var m;
    while ((m = re.exec(html)) !== null) {
      found.push.apply(found, words(decode(m[1])));
    }
    return found;
  }

  function withHighlight(url, terms) {
    if (!terms.length) return url;
    var hash = "";
    var at = url.indexOf("#");
    if (at >= 0) { hash = url.slice(at); url = url.slice(0, at); }
    return url + (url.indexOf("?") >= 0 ? "&" : "?") + HIGHLIGHT_PARAM + "=" + encodeURIComponent(terms.join(" ")) + hash;
  }

  /* When the page was found through its keywords or synonyms, the excerpt has no match in it:
     say which of its names matched instead. */
  function metaMatch(meta, queryWords) {
    var names = [].concat((meta.keywords || "").split(","), (meta.synonyms || "").split(","));
    for (var i = 0; i < names.length; i++) {
      var name = names[i].trim();
      if (!name) continue;
      var nameWords = words(name);
      var all = queryWords.every(function (q) {
        return nameWords.some(function (w) { return w.indexOf(q) === 0 || q.indexOf(w) === 0 && w.length >= 4; });
      });
      if (all) return name;
    }
    return "";
  }

  function shape(data, queryWords) {
    var meta = data.meta || {};
    // The headings whose sections hold matches, best first (Pagefind lists them in page order).
    var subs = (data.sub_results || []).filter(function (s) {
      return s.anchor && s.url !== data.url && /<mark>/.test(s.excerpt || "");
    }).map(function (s, i) {
      var score = (s.weighted_locations || []).reduce(function (sum, l) { return sum + (l.balanced_score || 0); }, 0);
      return { sub: s, score: score, order: i };
    }).sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    }).map(function (x) { return x.sub; });
    var best = subs.length ? subs[0] : null;
    var marked = markedWords(data.excerpt || "");
    (data.sub_results || []).forEach(function (s) { marked = marked.concat(markedWords(s.excerpt || "")); });
    var terms = Array.from(new Set(marked.concat(queryWords))).slice(0, 12);
    return {
      title: meta.title || data.url,
      section: meta.section || "",
      heading: best ? best.title : "",
      excerpt: data.excerpt || "",
      matchedName: /<mark>/.test(data.excerpt || "") ? "" : metaMatch(meta, queryWords),
      url: withHighlight(best ? best.url : data.url, terms),
      pageUrl: data.url,
      headings: subs.slice(0, 3).map(function (s) {
        return { title: s.title, url: withHighlight(s.url, terms), excerpt: s.excerpt || "" };
      })
    };
  }

  /* Runs a search; resolves to { query, total, load(from, count) } where load resolves to shaped results. */
  function search(query) {
    var queryWords = words(query);
    return load().then(function (pagefind) {
      return pagefind.search(query);
    }).then(function (found) {
      var results = (found && found.results) || [];
      return {
        query: query,
        total: results.length,
        load: function (from, count) {
          return Promise.all(results.slice(from, from + count).map(function (r) {
            return r.data().then(function (data) { return shape(data, queryWords); });
          }));
        }
      };
    });
  }

  window.TwitchSiteSearch = {
    warm: function () { load().catch(function () {}); },
    preload: function (query) {
      if (!query) return;
      load().then(function (pagefind) { return pagefind.preload(query); }).catch(function () {});
    },
    search: search,
    renderExcerpt: renderExcerpt,
    words: words,
    pageUrl: "/search/"
  };
})();
