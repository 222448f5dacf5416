/*
 * Shard routing for a search index built in several shards: loads only the shards that can
 * answer a query instead of all of them. Pagefind loads a whole page list per merged index
 * (about 8 bytes a page) before it can search it, so a site of 30,000 pages in eight shards
 * cost every query 236 KB of page lists; most words are in few shards.
 *
 * The build writes /pagefind/twitchsite-routes/<first character>.json (ShardRoutes.cs): for
 * each key, the shards whose index has a word with that key. A key is the first three
 * characters of a word as Pagefind indexed it (its stem), or the whole word when shorter.
 * Pagefind finds, in each shard, the words that start with the stem of the query's word, and
 * when there are none, the longest word that is a start of that stem (search.rs,
 * find_word_extensions); a shard none of whose words match any of the query's words returns
 * nothing (pages need every word that the shard has at least one match for). So a query needs
 * exactly the shards that have a word starting with its stem's first three characters, or a
 * word of one or two characters that starts it. The page does not have Pagefind's stemmer;
 * the English Snowball stemmer only changes the end of a word (below), so when a word's first
 * three characters are sure to stay in its stem they are the key; otherwise (short words,
 * "using", "trying") its first two characters are, and every key starting with them is
 * needed; the stemmer's exceptions ("dying", "only") are routed by the stems it gives them
 * ("die", "onli"). Only results are
 * compared, so loading a shard a query cannot match changes nothing but bytes.
 *
 *
 * A word on most pages of a large site is searched first in the shards that fit a byte budget
 * (the site file's queryBytes, 300 KB with Pagefind's runtime), the others when the reader asks
 * for more results (plan, below); a site whose queries all fit, such as one in one shard, is
 * searched as one index.
 *
 * Exposes window.TwitchSiteShards.router for search-client.js. No inline scripts, no eval.
 */
(function () {
  "use strict";

  var ROUTES = "/pagefind/twitchsite-routes/";
  // The site's words by first letter, with the pages using each (SearchVocabulary.cs).
  var WORDS = "/pagefind/twitchsite-words/";
  // A word on fewer pages than this is searched in every shard that holds it, budget or not.
  var RARE = 30;
  // Pagefind's own test for characters it drops from a query (coupled_search.ts).
  var DROPPED = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;
  // Words the Snowball English stemmer maps whole (its exception list), and the stems it gives
  // them: routed by those stems' first three letters ("dying" is "die", "early" "earli").
  var IRREGULAR_STEMS = {
    skis: "ski", skies: "sky", sky: "sky", idly: "idl", gently: "gentl", ugly: "ugli", early: "earli",
    only: "onli", singly: "singl", dying: "die", lying: "lie", tying: "tie", news: "news", howe: "howe",
    atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes"
  };
  var IRREGULAR = new Set(Object.keys(IRREGULAR_STEMS));

  /* The query's words as Pagefind searches them: punctuation dropped (but for the characters
     the site tells Pagefind to keep, listed by the build), lower case, diacritics removed,
     split at spaces. */
  function terms(query, include) {
    var chars = typeof Intl !== "undefined" && Intl.Segmenter
      ? Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(query), function (s) { return s.segment; })
      : Array.from(query);
    var text = chars.map(function (c) {
      return include.indexOf(c) >= 0 ? c : DROPPED.test(c) ? "" : c.toLocaleLowerCase();
    }).join("");
    return text.replace(/\s{2,}/g, " ").trim().normalize("NFD").replace(/\p{M}/gu, "").split(" ").filter(function (t) { return t; });
  }

  /* Whether the stem Pagefind searches for `word` surely starts with the word's first three
     characters and is at least three long (the key is then those characters). The English
     Snowball stemmer leaves words of two letters or fewer alone, maps its exceptions whole,
     and otherwise changes only the end: in step 1, a final s, then ing, ingly, ed, edly, eed or
     eedly removed, after which it may add an e, drop the last of a doubled letter or turn a
     final y into i (so what is left of the word after those endings must be four letters or
     more: "adding" is stemmed "ad", "using" "use", "trying" "tri"); in steps 2 to 5, suffixes
     inside R1, the part after the first consonant that follows a vowel, where replacements
     change at most the last two letters of what they leave and only ful, ness and li are
     removed whole from there: R1 starts at the third letter or later except in words starting
     with a vowel and a consonant, and those are cut to two letters only by those three
     ("awful" is "aw"; a final ly is li by then). A few prefixes such as "gener" start R1 later, which keeps more. */
  function routable(word) {
    if (word.length < 4 || IRREGULAR.has(word)) return false;
    var t = /s$/.test(word) ? word.slice(0, -1) : word;
    var ending = /(ingly|eedly|edly|ing|eed|ed)$/.exec(t);
    if ((ending ? t.length - ending[1].length : t.length) < 4) return false;
    var vowel = [];
    var r1 = word.length;
    for (var i = 0; i < word.length; i++) {
      // Snowball: y at the start or after a vowel is a consonant.
      vowel.push("aeiou".indexOf(word[i]) >= 0 || word[i] === "y" && i > 0 && !vowel[i - 1]);
      if (i > 0 && !vowel[i] && vowel[i - 1]) { r1 = i + 1; break; }
    }
    return !(r1 < 3 && /^(ful|ness|li|ly)/.test(word.slice(2)));
  }

  /* Whether a word of three letters is its own stem: Snowball leaves one alone unless it ends
     in s (dropped: "als" is "al"), in y after a consonant (made i: "cry" is "cri"), or is a vowel
     and "ed" (cut to the vowel); its R1 and R2 are too short for the other steps. */
  function ownStem(word) {
    return word.length === 3 && !/s$/.test(word) && !/[^aeiouy]y$/.test(word) && !/^[aeiouy]ed$/.test(word);
  }

  // Pagefind compares a query's words with its chunks' bounds as Rust strings: UTF-8 bytes.
  var UTF8 = typeof TextEncoder !== "undefined" ? new TextEncoder() : null;
  function compare(a, b) {
    for (var i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }
  // Rust's str.get(0..n): the first n bytes, or null when n falls inside a character.
  function cut(bytes, n) {
    return n < bytes.length && (bytes[n] & 0xc0) === 0x80 ? null : bytes.subarray(0, n);
  }

  /* The chunks of one shard that Pagefind downloads for a query's word, as indexes into `list`
     (that shard's chunks from a route file's "chunks": [shard, from, to, kilobytes], in order),
     whether or not the shard has the word: the first whose bounds hold the word as typed, and
     the first whose bounds hold its stem ("twitching" and "twitch"; "dying" and "die"); for
     each that no chunk's bounds hold, the first whose bounds cut to its length hold it cut
     likewise (pagefind_web, request_indexes). Pagefind takes that last way only when nothing
     of the whole query falls within bounds, so this may count a chunk more, never one less.
     The stem is the one the stemmer gives its exceptions, else likelyStem's: 978 words and
     pseudo-words searched alone on a 30,000-page site downloaded no chunk this does not count
     (README, Shards at scale). */
  function chunksOf(word, list) {
    var picked = [pick(word, list), pick(IRREGULAR.has(word) ? IRREGULAR_STEMS[word] : likelyStem(word), list)];
    return picked.filter(function (c, k) { return c >= 0 && picked.indexOf(c) === k; });
  }

  /* The word without the endings the English Snowball stemmer's first step removes: a plural s
     (sses, ies as i), ing, ed, eed and their -ly forms, then the last of a doubled consonant, a
     final y after a consonant as i, and the endings its later steps remove whole (li, ness,
     ful). Not the whole stemmer: the suffixes it replaces rather than removes ("ational" as
     "ate") change a word's last letters, which stay in the word's chunk far more often. */
  function likelyStem(word) {
    if (word.length <= 2) return word;
    var w = word.replace(/sses$/, "ss").replace(/ie[sd]$/, word.length > 4 ? "i" : "ie");
    if (w === word && /[^su]s$/.test(w) && /[aeiouy].+s$/.test(w)) w = w.slice(0, -1);
    var ee = /eed(ly)?$/.exec(w);
    var ending = ee ? null : /(ingly|edly|ing|ed)$/.exec(w);
    if (ee) { if (/[aeiouy][^aeiouy]/.test(w.slice(0, -ee[0].length))) w = w.slice(0, -ee[0].length) + "ee"; }
    else if (ending && /[aeiouy]/.test(w.slice(0, -ending[0].length))) {
      w = w.slice(0, -ending[0].length);
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) w = w.slice(0, -1);
    }
    if (/.[^aeiouy]y$/.test(w)) w = w.slice(0, -1) + "i";
    // Its second and third steps: li off after these endings and letters, then ness and ful.
    w = w.replace(/(.[aeiouy].*(?:ful|ous|ent|less|al))li$/, "$1");
    var suffix = /(?:[cdeghkmnrt](li)|(ness|ful))$/.exec(w);
    var drop = suffix ? (suffix[1] || suffix[2]).length : 0;
    return drop && /[aeiouy][^aeiouy]/.test(w.slice(0, -drop)) ? w.slice(0, -drop) : w;
  }

  function pick(word, list) {
    var w = UTF8.encode(word);
    var loose = -1;
    for (var i = 0; i < list.length; i++) {
      var from = UTF8.encode(list[i][1]);
      var to = UTF8.encode(list[i][2]);
      if (compare(w, from) >= 0 && compare(w, to) <= 0) return i;
      if (loose < 0) {
        var nf = Math.min(w.length, from.length);
        var nt = Math.min(w.length, to.length);
        var wf = cut(w, nf), f = cut(from, nf), wt = cut(w, nt), t = cut(to, nt);
        if (wf && f && wt && t && compare(wf, f) >= 0 && compare(wt, t) <= 0) loose = i;
      }
    }
    return loose;
  }

  /* Kilobytes Pagefind downloads from shard `shard` for the query's words (words[i] with its
     route file tables[i]): each chunk the words fall in, once. */
  function chunkKb(words, tables, shard) {
    var seen = {};
    var kb = 0;
    words.forEach(function (word, i) {
      var list = tables[i].chunks.filter(function (c) { return c[0] === shard; });
      chunksOf(word, list).forEach(function (c) {
        var id = list[c][1] + "\u0000" + list[c][2];
        if (!seen[id]) { seen[id] = true; kb += list[c][3]; }
      });
    });
    return kb;
  }

  /* The route file for a word and the keys it needs: { file, keys, prefix }. A word whose stem
     surely starts with its first three characters needs the keys of those and of their shorter
     starts (whole words); one of the stemmer's exceptions, the keys of the stem it is given.
     Any other word keeps at least its first two characters in its stem (or is one or two long,
     and its own stem): it needs every key starting with those (prefix), which is more than it
     matches but never fewer, so its results are those of every shard and the budget can still
     leave shards for later; a word of three letters or fewer loaded every shard before. Null
     when the word cannot be routed (a vowel and "ed" or "ing", whose stem is one letter). */
  function keysOf(word) {
    if (/[\uD800-\uDFFF]/.test(word.slice(0, 3))) return null;
    var file = /^[a-z0-9]/.test(word) ? word[0] : "other";
    var stem = IRREGULAR.has(word) ? IRREGULAR_STEMS[word] : word;
    if (IRREGULAR.has(word) || routable(word) || ownStem(word)) return { file: file, keys: [stem.slice(0, 1), stem.slice(0, 2), stem.slice(0, 3)] };
    if (/^[aeiouy](ed|edly|ing|ingly)s?$/.test(word)) return null;
    var prefix = word.slice(0, 2);
    return { file: file, keys: [word.slice(0, 1)], prefix: prefix };
  }

  function router(pagefind, site, mergeOptions) {
    var paths = [null].concat(site.shards || []); // 0: the first shard, loaded with Pagefind
    var files = {};
    var merged = {};
    var vocabulary = {};
    var queue = Promise.resolve();

    // A missing file: no shard has a word with that first character. Any other failure: unknown.
    function routes(name) {
      if (!files[name]) {
        files[name] = fetch(ROUTES + encodeURIComponent(name) + ".json").then(function (response) {
          if (response.status === 404) return {};
          return response.ok ? response.json() : null;
        }).catch(function () { return null; });
      }
      return files[name];
    }

    /* The shards the query needs ({ shards: numbers into paths, kb: kilobytes of each one's
       chunks for the query, null when unknown }), or null for all of them. */
    function needed(query) {
      // Keys of another length than the three this knows how to route: every shard.
      if (site.routeKeyLength !== 3) return Promise.resolve(null);
      var words = terms(query, site.includeCharacters || []);
      var routed = words.map(keysOf);
      if (routed.some(function (r) { return r === null; })) return Promise.resolve(null);
      return Promise.all(routed.map(function (r) { return routes(r.file); })).then(function (tables) {
        var shards = new Set();
        // Kilobytes of each shard's chunks for the query's keys (route files before them have none).
        var kb = {};
        var sized = true;
        for (var i = 0; i < tables.length; i++) {
          if (!tables[i]) return null;
          var bytes = tables[i].bytes || null;
          // A prefix's keys: every key of three characters or fewer starting with it (the file's
          // other property, its sizes, is longer).
          var keys = routed[i].keys.concat(routed[i].prefix ? Object.keys(tables[i]).filter(function (key) {
            return key.length <= 3 && key.indexOf(routed[i].prefix) === 0 && routed[i].keys.indexOf(key) < 0;
          }) : []);
          keys.forEach(function (key) {
            var list = Object.prototype.hasOwnProperty.call(tables[i], key) ? tables[i][key] : [];
            var sizes = bytes && Object.prototype.hasOwnProperty.call(bytes, key) ? bytes[key] : null;
            if (list.length && !sizes) sized = false;
            list.forEach(function (s, j) {
              shards.add(s);
              if (sizes) kb[s] = (kb[s] || 0) + (sizes[j] || 0);
            });
          });
        }
        // What each shard costs by its chunk bounds, when the build wrote them: every word's
        // chunk, also where the shard lacks the word (a word the site does not have falls in a
        // chunk too), each chunk once.
        if (UTF8 && tables.every(function (t) { return Array.isArray(t.chunks); })) {
          kb = {};
          for (var s = 0; s < paths.length; s++) kb[s] = chunkKb(words, tables, s);
          sized = true;
        }
        return { shards: Array.from(shards), kb: sized ? kb : null };
      });
    }

    /* Merges the shards not merged yet, one call after another. Pagefind lists results with
       equal scores (all of a quoted search's) in the order the shards were merged, which here
       depends on the queries before: each shard's scores are weighed 1e-10 less than the
       shard's before it, so equal scores come in shard order whatever that order, as when every
       shard is loaded at once; 25 shards change a score by 2.5e-9 of itself, far less than the
       gap between two different scores (about 6e-8 of a score, Pagefind's scores being 32-bit). */
    function merge(list) {
      var all = [];
      for (var i = 1; i < paths.length; i++) all.push(i);
      var wanted = (list === null ? all : list).filter(function (s) { return s > 0 && s < paths.length && !merged[s]; });
      wanted.sort(function (a, b) { return a - b; });
      wanted.forEach(function (s) {
        var options = Object.assign({}, mergeOptions, { indexWeight: 1 - s * 1e-10 });
        merged[s] = queue.then(function () { return pagefind.mergeIndex(paths[s], options); });
        queue = merged[s].catch(function () {}); // a shard that failed fails its searches only
      });
      return Promise.all((list === null ? all : list).map(function (s) { return merged[s]; }));
    }

    /* The word list's page counts for the query's words ({ word: pages }, empty when missing). */
    function known(words) {
      var letters = {};
      words.forEach(function (w) { letters[/^[a-z]/.test(w) ? w[0] : "other"] = true; });
      return Promise.all(Object.keys(letters).map(function (letter) {
        if (!vocabulary[letter]) {
          vocabulary[letter] = fetch(WORDS + letter + ".json").then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; });
        }
        return vocabulary[letter];
      })).then(function (files) {
        var pages = {};
        files.forEach(function (f) { words.forEach(function (w) { if (f.words && f.words[w]) pages[w] = f.words[w]; }); });
        return pages;
      });
    }

    /* Which of the shards a query needs are searched now: { now, later, known }. On a large site
       a word on most pages costs every shard its page list and a large chunk (about 130 KB a
       shard at 30,000 pages in eight shards), so the shards are taken in their fixed order while
       what the query downloads, by the build's figures (the route files' kilobytes of each
       key's chunks, the site file's bytes of each page list and of Pagefind's runtime), stays
       within the site's budget; the first is always taken (Pagefind searches shard 0, the index
       pagefind.js belongs to, for every query anyway, so the build makes it half a shard: two or
       three words on nearly every page fit the budget there, SearchShards.cs). The rest (later) are loaded when
       the reader asks for more results. A word the site has on fewer than RARE pages (from the
       word list) always gets every shard that holds it, so a rare word's results are those of
       one index whatever its first letters share with common words. */
    function plan(query) {
      return needed(query).then(function (need) {
        var all = need === null ? paths.map(function (p, i) { return i; }) : need.shards.slice().sort(function (a, b) { return a - b; });
        var whole = { now: all, later: [], known: null };
        if (need === null || !site.queryBytes || !need.kb) return whole;
        var spent = site.baseBytes || 0;
        var now = [];
        for (var i = 0; i < all.length; i++) {
          var s = all[i];
          // Keys of one query often share a chunk: a shard never costs more than all its chunks.
          var index = (site.indexBytes || [])[s];
          var chunks = 1000 * (need.kb[s] || 0);
          // As a fresh visit would download them, whatever earlier searches merged: a query's plan
          // depends on the query alone, and its several searches (whole words, corrections) one
          // plan.
          spent += (s > 0 ? (site.shardBytes || [])[s] || 0 : 0) + (index >= 0 ? Math.min(chunks, index) : chunks);
          if (now.length && spent > site.queryBytes) break;
          now.push(s);
        }
        if (now.length === all.length) return whole;
        var words = terms(query, site.includeCharacters || []).map(function (w) { return w.replace(/^"|"$/g, ""); });
        return known(words).then(function (pages) {
          var rare = words.some(function (w) { return pages[w] && pages[w] < RARE; });
          return rare ? whole : { now: now, later: all.slice(now.length), known: pages };
        });
      });
    }

    /* The words of a reader's query to leave out so that the first shard fits the budget:
       { left: [words] }, none when it fits. Pagefind searches the first shard for every query
       and downloads its chunk of every word, about 26 KB for a word on every page of a 30,000-page
       site in a quarter shard, so a question of eight or more words on most pages ("what is the
       cause of the twitch in my leg" on a large site: "the", "of", "in", "my" are on nearly all
       of them) passed the budget in the first shard alone, which no plan can leave out. Such words
       narrow the results least: small words (`small`, the client's list of words that carry no
       topic) are left out first, then words on at least half of the site's pages (from the word
       list), the costliest first, until the first shard fits; at least one word stays. Depends on
       the query alone, like the plan; a site in one shard (no routes) leaves nothing out. */
    function fit(query, small) {
      // Each word once: a word said twice costs its chunks once.
      var words = Array.from(new Set(terms(query, site.includeCharacters || []).map(function (w) { return w.replace(/^"|"$/g, ""); })));
      var none = { left: [] };
      if (site.routeKeyLength !== 3 || !site.queryBytes || words.length < 2) return Promise.resolve(none);
      // A small word the site does not have changes no result (a shard ignores a word none of
      // its pages has) but costs, in every shard searched, the chunk its stem falls in ("only"
      // fell among words on every page: 48 KB more at 30,000 pages): it goes first.
      // The word list has the words of three letters or more.
      var smalls = words.filter(function (w) { return small.has(w) && w.length >= 3; });
      var absent = smalls.length ? known(smalls).then(function (pages) {
        return smalls.filter(function (w) { return !pages[w]; }).slice(0, words.length - 1);
      }) : Promise.resolve([]);
      return absent.then(function (gone) {
        words = words.filter(function (w) { return gone.indexOf(w) < 0; });
        return fitWords(words, small, gone);
      });
    }

    /* fit, for the words left once the small words the site does not have (gone) are out. */
    function fitWords(words, small, gone) {
      var none = { left: gone };
      // Each word's route file (keysOf is not null for any: needed would have been null).
      var tables = Promise.all(words.map(function (w) { var r = keysOf(w); return r ? routes(r.file) : null; }));
      return Promise.all([Promise.all(words.map(needed)), tables]).then(function (both) {
        var needs = both[0];
        if (needs.some(function (n) { return !n || !n.kb; })) return none;
        var cost = needs.map(function (n) { return 1000 * (n.kb[0] || 0); });
        // By chunk bounds, two words in one chunk cost it once; by keys, each word its chunks.
        var bounded = UTF8 && both[1].every(function (t) { return t && Array.isArray(t.chunks); });
        var index = (site.indexBytes || [])[0];
        function spent(kept) {
          var chunks = bounded
            ? 1000 * chunkKb(kept.map(function (i) { return words[i]; }), kept.map(function (i) { return both[1][i]; }), 0)
            : kept.reduce(function (sum, i) { return sum + cost[i]; }, 0);
          return (site.baseBytes || 0) + (index >= 0 ? Math.min(chunks, index) : chunks);
        }
        var kept = words.map(function (w, i) { return i; });
        if (spent(kept) <= site.queryBytes) return none;
        return known(words).then(function (pages) {
          var common = function (i) { return (pages[words[i]] || 0) * 2 >= (site.pages || Infinity); };
          var isSmall = function (i) { return small.has(words[i]); };
          var candidates = kept.filter(function (i) { return isSmall(i) || common(i); }).sort(function (a, b) {
            return (isSmall(b) ? 1 : 0) - (isSmall(a) ? 1 : 0) || cost[b] - cost[a] || a - b;
          });
          var left = [];
          for (var c = 0; c < candidates.length && kept.length > 1 && spent(kept) > site.queryBytes; c++) {
            kept = kept.filter(function (i) { return i !== candidates[c]; });
            left.push(words[candidates[c]]);
          }
          return { left: gone.concat(left) };
        });
      });
    }

    /* The plan of one search of a reader's query (a word of it, the words quoted, a correction)
       kept within the plan of the whole query (bound): no shard the whole query leaves for later
       is merged for one of its searches. One common word alone fits more shards than two or three
       together, and a merged shard is searched, its chunks downloaded, by every search after it:
       "potassium magnesium" searched word by word took a second shard for "potassium" and then
       downloaded that shard's chunk of "magnesium" too. A bound that leaves nothing for later
       (every query fits, or the query has a rare word) does not narrow anything. */
    function within(p, bound) {
      if (!bound || !bound.later.length) return p;
      var now = p.now.filter(function (s) { return bound.now.indexOf(s) >= 0; });
      if (now.length === p.now.length) return p;
      var later = p.later.concat(p.now.filter(function (s) { return bound.now.indexOf(s) < 0; }));
      later.sort(function (a, b) { return a - b; });
      return { now: now, later: later, known: p.known || bound.known };
    }

    /* Searches one query in the shards its plan takes now (within the reader's query's plan,
       bound, when given). A query whose plan left shards for later and found nothing, though the
       site has its words, searches them all: a common word may be only in the later shards.
       Returns Pagefind's answer with `later`, the shards left. */
    function searchPlanned(query, options, bound) {
      return Promise.all([plan(query), bound]).then(function (both) {
        var p = within(both[0], both[1]);
        return merge(p.now).then(function () { return pagefind.search(query, options); }).then(function (found) {
          var has = p.known && Object.keys(p.known).length > 0;
          if (!p.later.length || (found && found.results && found.results.length) || !has) {
            if (found) found.later = p.later.filter(function (s) { return !merged[s]; });
            return found;
          }
          return merge(p.later).then(function () { return pagefind.search(query, options); });
        });
      });
    }

    /* One search after another: which shards are merged when a search runs decides its results,
       so searches never overlap and a reader's query gives the same results every time. */
    var chain = Promise.resolve();
    function serial(work) {
      var next = chain.then(work);
      chain = next.catch(function () {});
      return next;
    }

    var router = {
      search: function (query, options, bound) {
        return serial(function () { return searchPlanned(query, options, bound); });
      },
      // Filters are counted over every shard.
      filters: function () {
        return serial(function () { return merge(null); }).then(function () { return pagefind.filters(); });
      },
      fit: function (query, small) { return fit(query, small).catch(function () { return { left: [] }; }); },
      // Preloading a half-typed word never loads every shard: only those its plan takes now.
      preload: function (query, options) {
        return serial(function () {
          return needed(query).then(function (need) { return need === null ? null : plan(query).then(function (p) { return merge(p.now); }); });
        }).then(function () {
          return pagefind.preload(query, options);
        });
      },
      /* The searches of one reader's query (whole, its searches kept within its plan): what
         they left for later (deferred) and loading it (more), for search-client.js's "More
         results". */
      session: function (whole) {
        var later = new Set();
        // Planned once, before the query's first search, from the shards as a fresh visit has them.
        var bound = whole ? plan(whole).catch(function () { return null; }) : null;
        return {
          search: function (query, options) {
            return router.search(query, options, bound).then(function (found) {
              ((found && found.later) || []).forEach(function (s) { later.add(s); });
              return found;
            });
          },
          filters: router.filters,
          preload: router.preload,
          fit: router.fit,
          deferred: function () { return Array.from(later).filter(function (s) { return !merged[s]; }).length; },
          more: function () { return serial(function () { return merge(Array.from(later)); }); }
        };
      }
    };
    return router;
  }

  window.TwitchSiteShards = { router: router, terms: terms, routable: routable, chunksOf: chunksOf };
})();
