/*
 * Search ranking extras, loaded by search-client.js only when a reader starts to search (with
 * Pagefind's own files), so the pages' deferred scripts stay small: "did you mean" (the nearest
 * word the site uses to a word it does not) and the pages a query names first (byName).
 * Exposes window.TwitchSiteRank(shared) for search-client.js, which passes its small-word list
 * and its text helpers; returns { correction, byName, DERIVED }.
 * No inline scripts, no eval: works under script-src 'self' 'wasm-unsafe-eval'.
 */
window.TwitchSiteRank = function (shared) {
  "use strict";

  var STOP = shared.STOP;
  var words = shared.words;
  var decode = shared.decode;

  function sorted(word) {
    return word.split("").sort().join("");
  }

  /* Edit distance with adjacent transpositions ("caffiene" is one edit from "caffeine"),
     giving up as soon as it exceeds max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous2[j - 2] + 1);
        row.push(d);
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      previous2 = previous;
      previous = row;
    }
    return previous[b.length];
  }

  /* A word a reader makes from a word the site uses by adding an ending that keeps its
     meaning ("twitchier", "crampy", "tingly", "jumpy"; two at most): the site's word, or
     null. Pagefind's stemmer leaves these endings on ("twitchy" is "twitchi", which no page
     has), and they are too far from the site's word for a correction by edit distance. The
     base is the ending cut off, then a word the site uses that is that base or the base with
     an inflection ("tingl" is "tingling", "happy" is not "happen"); the one more pages use wins. Endings that change
     the meaning ("-less") are not cut. */
  var DERIVED = ["iness", "ness", "ily", "ier", "iest", "ful", "ish", "y"];
  var INFLECTED = ["", "e", "s", "es", "ed", "ing"];
  function derivedBase(word, list, known, depth) {
    for (var i = 0; i < DERIVED.length; i++) {
      var ending = DERIVED[i];
      if (word.length - ending.length < 4 || word.slice(-ending.length) !== ending) continue;
      var base = word.slice(0, -ending.length);
      var best = null;
      list.forEach(function (w) {
        if (w.indexOf(base) !== 0 || INFLECTED.indexOf(w.slice(base.length)) < 0) return;
        if (best === null || (w === base) > (best === base) || (w === base) === (best === base) && known[w] > known[best]) best = w;
      });
      if (best) return best;
      // Two endings ("stressfulness" is "stress" + "ful" + "ness").
      if (!depth && (best = derivedBase(base, list, known, 1))) return best;
    }
    return null;
  }

  /* The nearest word the site uses to a word it does not: one edit for words of 4 to 6
     letters, two for longer ones; the closest first, then the one more pages use. Null when
     the word is known, is the start of a known word at the end of what is typed, or has no
     close neighbour. */
  function correction(word, isLast, known) {
    if (word.length < 4 || /\d/.test(word) || Object.prototype.hasOwnProperty.call(known, word)) return null;
    var list = Object.keys(known);
    if (isLast && list.some(function (w) { return w.indexOf(word) === 0; })) return null;
    var base = derivedBase(word, list, known);
    if (base) return base;
    var max = word.length >= 7 ? 2 : 1;
    var best = null;
    var bestDistance = max + 1;
    list.forEach(function (candidate) {
      // A word of five letters or fewer with one letter changed is often another word the
      // reader meant ("hand" is not "hard", "feet" not "feel", "cheek" not "check"): there only
      // a letter missed, added or swapped is corrected ("musle"). A small word ("but" for
      // "butt") is never the correction.
      if (STOP.has(candidate) || word.length <= 5 && candidate.length === word.length && sorted(candidate) !== sorted(word)) return;
      var d = distance(word, candidate, max);
      if (d < bestDistance || d === bestDistance && best !== null && known[candidate] > known[best]) {
        best = candidate;
        bestDistance = d;
      }
    });
    return bestDistance <= max ? best : null;
  }


  // How many of the first results are read for their names (below): the three a reader sees
  // first, whose fragments the results list loads anyway. Reading two more cost up to 2 KB
  // a query and took questions such as "how long does twitching last" over issue #17's
  // 100 KB of search files (README, Search).
  var NAMES_READ = 3;
  // How many topic words a query about several things has at least, for a section page that
  // covers more of them than a page of it to come first (introduces): "caffeine causes" is
  // about one thing, the page about caffeine.
  var COVERS = 3;
  // The site's subject: the words of its name ("Muscle Twitch Guide"). Every page is about it,
  // so a reader leaves it out ("when to worry about twitching" names the page keyworded "when
  // to worry about muscle twitching"), and it alone says nothing about which page is meant.
  var SUBJECT = (document.querySelector("meta[property='og:site_name']") || {}).content || "";

  /* A word without the ending that inflects or derives it, so "twitchy", "twitches" and
     "twitching" are one word, and "legs" is "leg" (never "ss": "stress" is not "stres"). */
  function root(w) {
    for (var pass = 0; pass < 2; pass++) {
      var m = /(iness|ness|ings|ing|ies|ied|iest|ier|ily|es|ed|ly|y|[^s]s|e)$/.exec(w);
      var cut = m ? w.slice(0, m.index + (m[1].length === 2 && m[1][1] === "s" && m[1] !== "es" ? 1 : 0)) : w;
      if (cut.length < 3) break;
      w = cut;
    }
    return w;
  }

  /* Whether `list` has `word`, or a word as close as "did you mean" corrects (the site may
     list a misspelling as a synonym, so "excercise" is not corrected but still names the
     page keyworded "exercise"). */
  function has(list, word) {
    return list.some(function (w) {
      return w === word || w.length > 4 && word.length > 4 && distance(w, word, 1 + (w.length > 6)) <= 1 + (w.length > 6);
    });
  }

  /* Shared words over all the words of two lists (Jaccard). */
  function overlap(a, b) {
    var shared = a.filter(function (w) { return has(b, w); }).length;
    return shared / (a.length + b.length - shared);
  }

  function negated(list) {
    return list.some(function (w) { return /^(no|not|without|never|non)$/.test(w); });
  }

  /* How well the page's own names (its title, its editor's keywords, the other names of what
     its title names) say what the query asks: 0 when none does. A name counts when the
     reader typed each of its words (small words and the site's subject may be left out) and
     it has a word of the query's topic (the query's words other than the site's subject, or
     all of them when that is all it asks); the more topic words, then the closer the name is
     to the query as typed, the better. So the page about a thing, whose editor named it so,
     comes before a page that mentions it more often ("twitching after exercise": the page
     keyworded so, not the page titled "Stretching and exercise"; "twitch": the page keyworded
     "twitch", not the one titled "Twitch, cramp, spasm, tic or seizure?"). */
  function nameScore(meta, queryWords, headings) {
    var subject = words(SUBJECT).map(root);
    var all = queryWords.map(root);
    var important = queryWords.filter(function (w) { return !STOP.has(w); }).map(root);
    var topic = important.filter(function (w) { return subject.indexOf(w) < 0; });
    if (!topic.length) topic = important;
    var best = 0;
    var main = 0;
    // Whether the best name is the page's title.
    var titled = false;
    // How well the page's own names (title, keywords, aka: not its synonym words) name it.
    var ownMain = 0;
    // A page's section headings name it too: a reader who types "what a GP may do" means the
    // page with that section, however often a longer page says "GP".
    var ownNames = 1 + (meta.keywords || "").split(",").length + (meta.aka || "").split(",").length + headings.length;
    // The synonyms are words, not names (README, Synonyms): each is a name of one word.
    [meta.title || ""].concat((meta.keywords || "").split(","), (meta.aka || "").split(","), headings, words(decode(meta.synonyms || ""))).forEach(function (name, n) {
      var raw = words(decode(name));
      var nameWords = raw.map(root);
      var hits = topic.filter(function (w) { return has(nameWords, w); }).length;
      // A long name (three words or more besides small words) still names the page when the
      // reader typed all of it but one word and two of the query's topic words are in it:
      // "is there a medicine the doctor can give" names "Medicines a doctor may prescribe"
      // though the reader did not say "prescribe". A short name must be typed whole.
      var untyped = raw.filter(function (w, i) { return !STOP.has(w) && !has(all, nameWords[i]) && subject.indexOf(nameWords[i]) < 0; }).length;
      var spoken = raw.filter(function (w) { return !STOP.has(w); }).length;
      var untypedAllowed = spoken >= 3 && hits >= 2 ? 1 : 0;
      // "twitching with no weakness" does not name "twitching and weakness".
      if (hits < topic.length || untyped > untypedAllowed || negated(raw) !== negated(queryWords)) return;
      // Closeness: the topic words shared, then (a tenth as much) every word shared. The
      // site's subject is left out of the first on both sides, as it is of the topic: every
      // page is about it, so a long keyword that repeats it ("when to worry about muscle
      // twitching") is not closer to "twitching from worrying" than the keyword "worry".
      var own = raw.filter(function (w) { return !STOP.has(w); }).map(root).filter(function (w) { return topic === important || subject.indexOf(w) < 0; });
      // A heading names a part of the page, its title and other names the whole: at the same
      // closeness those come first ("when to see a doctor": the page titled so, not the home
      // page's section of that name), so a heading's words in common count half as much.
      var heading = n >= ownNames - headings.length && n < ownNames;
      var score = 1 + overlap(own, topic) + overlap(nameWords, all) / (heading ? 20 : 10);
      if (n < ownNames) ownMain = Math.max(ownMain, 1 + overlap(own, topic));
      if (score > best) {
        best = score;
        main = 1 + overlap(own, topic);
        titled = n === 0;
      }
    });
    return { s: best, main: main, ownMain: ownMain, titled: titled, topic: topic };
  }

  /* How many of `topic`'s words the page's own names have between them (title, keywords, aka,
     section headings), and with its text (`text`, read for a section page: what it says
     introduces its pages). A query about several things a section covers ("twitching
     symptoms, triggers and GP advice") names no one page whole; this says which page covers
     most of it. */
  function covers(meta, topic, headings, text) {
    var said = [];
    [meta.title || "", meta.keywords || "", meta.aka || "", text || ""].concat(headings).forEach(function (name) {
      said = said.concat(words(decode(name)).map(root));
    });
    return topic.filter(function (w) { return has(said, w); }).length;
  }

  /* The page's section headings (h2 to h6; a glossary's terms are not headings). */
  function sectionHeadings(data) {
    return (data.anchors || []).filter(function (a) { return /^h[2-6]$/i.test(a.element || "") && a.text; }).map(function (a) { return a.text; });
  }

  /* Whether the page at `parent` is the section page of the page at `child` (its folder holds
     it), below the home page, which holds every page. */
  function holds(parent, child) {
    return parent !== "/" && parent !== child && child.indexOf(parent) === 0;
  }

  /* Whether the section page `section` (a read result, as in byName) is a better answer than
     `page`, a page of it, to a query about several things: of the query's topic words other
     than those the section's title says (every page of "Causes" is about causes, so "can stress
     cause twitching" is about stress), the section's names and text cover at least COVERS - 1
     and more than the page's names do. */
  function introduces(section, page) {
    if (!holds(section.url, page.url) || section.topic.length < COVERS) return false;
    var titled = words(decode((section.data.meta || {}).title || "")).map(root);
    var rest = section.topic.filter(function (w) { return !has(titled, w); });
    var bySection = covers(section.data.meta || {}, rest, sectionHeadings(section.data), section.data.content);
    var byPage = covers(page.data.meta || {}, rest, sectionHeadings(page.data));
    return bySection >= COVERS - 1 && bySection > byPage;
  }

  /* The first NAMES_READ results with the pages the query names (nameScore) first, best
     named first; the others keep their order after them. */
  function byName(results, queryWords) {
    var scores = [];
    function read(from, to) {
      return Promise.all(results.slice(from, to).map(function (r) { return r.data(); })).then(function (all) {
        all.forEach(function (data, i) {
          scores[from + i] = nameScore(data.meta || {}, queryWords, sectionHeadings(data));
          scores[from + i].url = data.url || "";
          scores[from + i].data = data;
        });
      });
    }
    return read(0, NAMES_READ).then(function () {
      var order = scores.map(function (s, i) { return { r: results[i], i: i, s: s.s, main: s.main, own: s.ownMain, titled: s.titled, url: s.url, data: s.data, topic: s.topic }; });
      order.forEach(function (a) {
        order.forEach(function (b) { if (!a.main && !b.main && introduces(a, b)) b.after = a; });
      });
      order = order.sort(function (a, b) {
        // A query about several things a section's pages cover, which no page of it covers as
        // well: the section page, which introduces them, comes before its pages (introduces).
        if (b.after === a) return -1;
        if (a.after === b) return 1;
        // Named by the same topic words, a page comes before its section page, which lists it
        // and says less about it: "what is fasciculation" names the Understanding section (its
        // keyword) and "What is a muscle twitch?" (keyworded "fasciculation") alike, and the
        // small words the section's keyword shares with the question do not make it the answer.
        // Only by the page's own names (title, keywords, aka): a synonym word found for it
        // ("reasons" on the stress page) does not make it the answer over its section page.
        // A section whose title names it ("Symptoms of muscle twitching" for "muscle twitch
        // symptoms") is the answer over a page in it that only an editor's keyword names so: the
        // section page gives the overview the reader asked for, and lists the page.
        if (a.main > 0 && Math.abs(a.main - b.main) < 1e-9) {
          if (holds(a.url, b.url) && a.titled && !b.titled) return -1;
          if (holds(b.url, a.url) && b.titled && !a.titled) return 1;
          if (holds(a.url, b.url) && Math.abs(b.own - b.main) < 1e-9) return 1;
          if (holds(b.url, a.url) && Math.abs(a.own - a.main) < 1e-9) return -1;
        }
        return b.s - a.s || a.i - b.i;
      }).map(function (x) { return x.r; });
      var ranked = order.concat(results.slice(scores.length));
      ranked.wholeWords = results.wholeWords;
      return ranked;
    });
  }


  return { correction: correction, byName: byName, DERIVED: DERIVED };
};
