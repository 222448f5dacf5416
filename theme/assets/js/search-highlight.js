/*
 * Highlights the searched words on a page opened from a search result: the result link carries
 * them in ?highlight=, and every whole word of the article that matches one (or, for words of
 * four letters or more, starts with one: "twitch" marks "twitching") is wrapped in <mark>.
 * Without a #heading in the address, the first match is scrolled into view. Loaded by
 * search-client.js only on such a page, so other page loads do not download it.
 */
(function () {
  "use strict";

  var raw = new URLSearchParams(window.location.search).get("highlight");
  if (!raw) return;
  var terms = (raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter(function (t) { return t.length >= 2; }).slice(0, 20);
  var root = document.querySelector("[data-pagefind-body]") || document.querySelector("main");
  if (!terms.length || !root) return;

  function matches(word) {
    var w = word.toLowerCase();
    return terms.some(function (t) { return w === t || (t.length >= 4 && w.indexOf(t) === 0); });
  }

  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      var parent = node.parentElement;
      if (!parent || parent.closest("script, style, mark, [data-pagefind-ignore], nav")) return NodeFilter.FILTER_REJECT;
      return /[\p{L}\p{N}]/u.test(node.nodeValue) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    }
  });
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);

  var first = null;
  nodes.forEach(function (node) {
    var text = node.nodeValue;
    var re = /[\p{L}\p{N}]+/gu;
    var m;
    var last = 0;
    var fragment = null;
    while ((m = re.exec(text)) !== null) {
      if (!matches(m[0])) continue;
      fragment = fragment || document.createDocumentFragment();
      fragment.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.className = "search-highlight";
      mark.textContent = m[0];
      fragment.appendChild(mark);
      first = first || mark;
      last = m.index + m[0].length;
    }
    if (fragment) {
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    }
  });

  if (first && !window.location.hash) first.scrollIntoView({ block: "center" });
})();
