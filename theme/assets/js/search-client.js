/*
 * Search client: loads Pagefind's search library only when a reader starts to search, and turns
 * its results into what the search box and the search page show (title, section, heading,
 * highlighted excerpt, and a link that highlights the words on the page it opens).
 * On top of Pagefind, four small steps readers need (each documented where it is):
 * abbreviations and short words match whole words only; a word the site does not use is
 * corrected to the nearest word it does ("did you mean"), from the word list the build writes
 * beside the index, loaded only when a word finds no page as a whole word, and a finished word
 * with no correction that starts like no word the site uses is left out; a question that finds few pages is asked again with its important
 * words; and each excerpt starts at the start of a sentence. The correction and the pages a
 * query names (ranked first) are in search-rank.js, loaded with Pagefind's files on the first
 * search rather than with every page.
 * A large site's index is built in shards (twitchsite-search.json lists them beside the
 * index); they are merged here with Pagefind's own mergeIndex, so one search covers them all,
 * each shard only when a query can match it (search-shards.js).
 * Exposes window.TwitchSiteSearch for search-box.js and search-page.js.
 * No inline scripts, no eval: works under script-src 'self' 'wasm-unsafe-eval'.
 */
(function () {
  "use strict";

  var BUNDLE = "/pagefind/pagefind.js";
  // The site's words cut by first letter: /pagefind/twitchsite-words/a.json ... other.json.
  var WORDS = "/pagefind/twitchsite-words/";
  // The other shards of the index and the number of pages (written by the build).
  var SITE = "/pagefind/twitchsite-search.json";
  // The shard router (search-shards.js, by its published name), loaded only for a sharded index.
  var SHARDS_SCRIPT = document.currentScript && document.currentScript.getAttribute("data-shards") || "";
  // "Did you mean" and the pages a query names (search-rank.js, by its published name), loaded
  // with Pagefind's files when a reader starts to search, not with every page.
  var RANK_SCRIPT = document.currentScript && document.currentScript.getAttribute("data-rank") || "";
  // Without it (it failed to load), search works without those two steps.
  var rank = { correction: function () { return null; }, byName: function (results) { return results; }, DERIVED: [] };
  var HIGHLIGHT_PARAM = "highlight";
  // The searched words' highlighter (search-highlight.js, by its published name): loaded only on a
  // page opened from a search result (?highlight=), not with every page.
  var HIGHLIGHT_SCRIPT = document.currentScript && document.currentScript.getAttribute("data-highlight") || "";
  var EXCERPT_WORDS = 30;
  // A question whose words all together find this many pages or fewer is asked again with
  // its important words: "how long does twitching last" finds two pages that say "how" and "does"
  // but not the one whose section is "How long twitches last".
  var FEW = 2;
  // How many pages a search by the important words shows at least, when any page has one of them.
  var PADDED = 3;
  // How many words the site knows make a long question, which needs one fewer than half of them (findAny).
  var LONG = 5;
  var loading = null;
  var vocabulary = {};
  var site = { pages: 0, shards: [] };

  // Words that carry no topic: left out when ranking by the important words, and dropped when
  // a whole question finds one page or none, so "how long does twitching last" is asked again
  // as "long twitching last". Contractions are here as readers type them, with the apostrophe
  // (split into "won" and "t") or without ("wont", "dont"). The rest of English's function
  // words (Snowball's English stop list, and the modal verbs "may", "must", "shall") are here
  // too: on a site of 23 pages a word such as "down", "other" or "more" is on few pages and
  // so looked rare, and the page that happened to use it ("run down", "other causes") came
  // first ("ways to calm down"). "main" frames a question as they do ("the main causes of
  // twitching" is "causes of twitching"; the one page saying "main" came first), and so do
  // words of emphasis ("what exactly is a muscle twitch": the about page says "exactly"). "all" is kept
  // before "over": "twitching all over" is how readers name widespread twitching, which the
  // doctor page's advice is about (elsewhere content() leaves it out). "give" frames a request as "get" does ("what can a doctor
  // give me": the page saying "give" was not the answer; "give up caffeine" is about caffeine);
  // "goes" and "went" are "go"; words of how often ("usually", "often") say nothing of what, nor
  // does "thing" ("is a cramp the same thing as a twitch"), nor "tell" ("what to tell my doctor",
  // "how do i tell a cramp from a twitch": the about page's "Tell us about a mistake" came first).
  // Prepositions of place are function words as "above" and "under" are ("who's behind this
  // site": the page keyworded "the science behind twitching" came first), and so are the short
  // forms readers type on phones ("what r twitches", "y do u twitch", "till it stops").
  var STOP = new Set(("a about after am an and any are as at be been being but by can could did do does doing " +
    "for from get gets getting go going got had has have having he her him his how i if im in into is isnt it " +
    "its ive just me might my myself no not of on or our should so some that the their them then there these " +
    "they this those to too up us very was we were what whats when where which while who why will with would " +
    "you your yours cant dont doesnt didnt wont wouldnt shouldnt arent wasnt youre " +
    "hasnt havent hadnt couldnt mustnt werent aint thats theres whos hows wheres theyre theyve weve youve youll " +
    "don doesn didn won wouldn shouldn aren wasn isn hasn haven hadn couldn mustn weren t s ll re ve d " +
    "ours ourselves yourself yourselves she hers herself itself theirs themselves whom because until against " +
    "between through during before above below down out off under again further once here now both " +
    "each few more most other such nor only own same than may must shall main " +
    "exactly actually really basically literally give gives giving gave given goes went gone " +
    "usually often sometimes typically generally thing things stuff tell tells telling told " +
    "behind beside beyond across along around among within upon toward towards till til r u ur y").split(" "));

  // Title matches count most; then the page's own keywords, which an editor gives only to the
  // page that answers them, and other names of what the title names (aka); then the other names
  // of what it is about, found automatically (synonyms). Names of what a page only mentions in
  // passing are not indexed (they made the index every reader downloads a fifth bigger and
  // found pages that do not answer). Section names are shown, not searched. A page's length
  // counts not at all (Pagefind's default 0.75 put the short section pages, whose titles name
  // the site's subject, before the page about it: "musle twitch"), and a word's repeats half
  // as much as Pagefind's default (termFrequency 1): a page that says "caffeine" twenty times
  // is not more about it than the page with "Caffeine" in its title. termSimilarity 3
  // (default 1) puts a word matched whole far above longer words starting with it. Measured
  // on the three reader query sets (README, Search): each helps a little on all of them.
  var RANKING = { pageLength: 0, termFrequency: 0.5, termSimilarity: 3, metaWeights: { title: 8, aka: 5, keywords: 6, synonyms: 3, section: 0 } };

  // Words that say what kind of answer a reader wants, not what it is about: "meaning of
  // twitchy muscles", "twitching meaning", "define fasciculation" want the page about the
  // thing, and no page says "meaning" about it (the glossary's list of meanings came first);
  // "list of common causes" wants the causes, not the pages that happen to say "list";
  // "twitching symptoms overview" wants the symptoms (no page says "overview", and its start
  // "over" found the page about twitching all over), as do "basics" and "summary".
  // They are left out of the search unless the query has nothing else.
  var INTENT = new Set(("meaning meanings mean means definition define list lists overview overviews summary " +
    "introduction intro basics").split(" "));

  /* The query without its intent words (INTENT), or the query itself when that is all it has.
     Letters joined by "&" are one word, as Pagefind indexes them: "A&E" (and "a & e", or
     "a and e" as it is said) is "ae", not the small word "a" and the start of every word
     with an "e". */
  function content(query) {
    query = query.replace(/(^|[^\p{L}\p{N}])(\p{L}) ?(?:&| and ) ?(\p{L})(?![\p{L}\p{N}])/giu, "$1$2$3");
    // "all the time" says how often, not what: "all" is kept for "twitching all over", whose
    // page is not the answer to "worrying about twitches all the time".
    // "all" of "what are all the reasons" says how many, not what.
    var framed = query.replace(/(^|[^\p{L}\p{N}])all the time(?![\p{L}\p{N}])/giu, "$1").replace(/(^|[^\p{L}\p{N}])all(?![\p{L}\p{N}])(?!\s+over(?![\p{L}\p{N}]))/giu, "$1");
    // "how do nerves work" asks how nerves work, not about work: the page about nerves, not the
    // one about stress at work ("how does caching work" on a docs site, likewise). "how does
    // stress at work" and "how do i get back to work" are about work.
    framed = framed.replace(/^(\s*how (?:do|does|did)\s.*?(\S+))\s+works?[\s?.!]*$/iu, function (whole, asked, before) {
      return /^(at|from|after|to|of|for|into|off|back|out|the|my|your|their|our|his|her)$/i.test(before) ? whole : asked;
    });
    // "work out what sets it off" is "find out": not the workout nor work.
    framed = framed.replace(/(^|[^\p{L}\p{N}])work(?:ing)? out(?=\s+(?:what|whats|what's|why|how|if|which|whether|when|where)(?![\p{L}\p{N}]))/giu, "$1");
    // Otherwise "working out" is a workout: one word, so "work" (a job: "stressed at work") does
    // not name the page about exercise, nor "working out" the page about stress at work.
    framed = framed.replace(/(^|[^\p{L}\p{N}])work(?:s|ed|ing)? out(?![\p{L}\p{N}])/giu, "$1workout");
    var kept = (framed.match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) { return !INTENT.has(w.toLowerCase()); });
    return kept.length && kept.some(function (w) { return !STOP.has(w.toLowerCase()); }) ? kept.join(" ") : query;
  }

  // Verbs and comparisons that frame a question rather than name its subject: they count
  // half in ranking by the important words (findAny), and still count for "at least half of them".
  var WEAK = new Set("make makes made making get gets got getting feel feels felt worse better keep keeps kept keeping".split(" "));

  function json(url, fallback) {
    return fetch(url).then(function (response) {
      return response.ok ? response.json() : fallback;
    }).catch(function () {
      return fallback;
    });
  }

  function load() {
    if (!loading) {
      loading = Promise.all([import(BUNDLE), json(SITE, site), RANK_SCRIPT && script(RANK_SCRIPT)]).then(function (both) {
        var pagefind = both[0];
        site = both[1];
        if (window.TwitchSiteRank) rank = window.TwitchSiteRank({ STOP: STOP, words: words, decode: decode });
        // noWorker: Pagefind's web worker is another 43 KB on the first search; the searches
        // here are small enough for the main thread, and the download budget per query counts.
        return pagefind.options({ excerptLength: 22, ranking: RANKING, noWorker: true }).then(function () {
          return pagefind.init();
        }).then(function () {
          return shards(pagefind);
        });
      });
      loading.catch(function () {
        loading = null; // let the next keystroke try again
      });
    }
    return loading;
  }

  /* Pagefind with the further shards of the index merged into it: each shard's page list and
     the index chunks a query needs, searched with this page's WebAssembly and the same ranking
     (options are per index). With the build's route files (several shards), only the shards
     a query can match are merged, when it first needs them (search-shards.js, loaded then). */
  function shards(pagefind) {
    var options = { excerptLength: 22, ranking: RANKING };
    var routed = site.routeKeyLength && SHARDS_SCRIPT ? script(SHARDS_SCRIPT) : Promise.resolve();
    return routed.then(function () {
      if (site.routeKeyLength && window.TwitchSiteShards) return window.TwitchSiteShards.router(pagefind, site, options);
      return Promise.all((site.shards || []).map(function (path) {
        return pagefind.mergeIndex(path, options);
      })).then(function () {
        return pagefind;
      });
    });
  }

  function script(url) {
    return new Promise(function (resolve) {
      var element = document.createElement("script");
      element.src = url;
      element.onload = element.onerror = function () { resolve(); };
      document.head.appendChild(element);
    });
  }

  if (HIGHLIGHT_SCRIPT && new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) script(HIGHLIGHT_SCRIPT);

  function words(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
  }

  /* The site's words starting with the first letters of `list` and how many pages use each
     ({ word: pages }); only those letters' files are loaded (a misspelling rarely gets the first
     letter wrong), and a missing file adds none, so search still works without suggestions. */
  function loadVocabulary(list) {
    var letters = {};
    list.forEach(function (w) { letters[/^[a-z]/.test(w) ? w[0] : "other"] = true; });
    return Promise.all(Object.keys(letters).map(function (letter) {
      if (!vocabulary[letter]) vocabulary[letter] = json(WORDS + letter + ".json", { pages: 0, words: {} });
      return vocabulary[letter];
    })).then(function (files) {
      var known = {};
      files.forEach(function (f) { Object.keys(f.words || {}).forEach(function (w) { known[w] = f.words[w]; }); });
      return known;
    });
  }

  /* The words of four letters or more (the ones "did you mean" corrects) that find no page as
     a whole word: only for them is the word list worth its download. A quoted search
     matches whole words (stems: "twitched" finds "twitches"), never a shorter start of the
     word, and needs no file besides the index chunk the query loads anyway. */
  function unknownWords(pagefind, queryWords) {
    var checked = queryWords.filter(function (w) { return w.length >= 4 && !/\d/.test(w); });
    return Promise.all(checked.map(function (w) {
      return pagefind.search("\"" + w + "\"");
    })).then(function (found) {
      return checked.filter(function (w, i) { return !(found[i] && found[i].results && found[i].results.length); });
    });
  }

  /* Abbreviations typed in capitals ("ALS", "MS") and words of three letters or fewer are
     matched as whole words: Pagefind matches every word as the start of a longer one, so "als"
     would find "also" and "alcohol". Each is { word, optional }: the last word may still be
     being typed, so it is matched whole only when some page has it as a whole word (unless
     `finished`: it is a word of a longer query searched alone, see findAny). */
  function wholeWords(query, finished) {
    var typed = query.match(/[\p{L}\p{N}]+/gu) || [];
    var list = [];
    typed.forEach(function (original, i) {
      var word = original.toLowerCase();
      var capitals = original.length >= 2 && original.length <= 5 && original === original.toUpperCase() && /\p{L}/u.test(original);
      if (capitals || word.length <= 3) list.push({ word: word, optional: !capitals && !finished && i === typed.length - 1 });
    });
    return list;
  }

  /* Pagefind's results for all the words, keeping only pages that have each whole word
     (a quoted search, which matches whole words in the text and in the metadata). */
  function findAll(pagefind, query, finished) {
    var whole = wholeWords(query, finished);
    // Only these are marked whole in excerpts: a longer word still marks its other forms
    // ("twitch" marks "twitching", as the quoted search matches stems).
    var marked = whole.length;
    // A word of four letters or more that some page has whole matches whole, not as the start
    // of a longer word: "work" ("stressed at work") is not "workout", the tiredness page's
    // keyword, which came first. (A word no page has whole still matches the start of a longer
    // one: "physio" finds "physiotherapy", and a word being typed finds the words it starts.)
    // On a site in shards it matters more: a shard that lacks a word matches a shorter start of
    // it instead ("zorblexb" finds "zorblexe"), which can outrank the page that has the word in
    // another shard.
    (query.match(/[\p{L}\p{N}]+/gu) || []).forEach(function (original) {
      var word = original.toLowerCase();
      if (word.length > 3 && !whole.some(function (w) { return w.word === word; })) whole.push({ word: word, optional: true });
    });
    return Promise.all([pagefind.search(query)].concat(whole.map(function (w) {
      return pagefind.search("\"" + w.word + "\"");
    }))).then(function (found) {
      var results = (found[0] && found[0].results) || [];
      var applied = [];
      found.slice(1).forEach(function (exact, i) {
        var pages = (exact && exact.results) || [];
        if (!pages.length && whole[i].optional) return; // still a start of a word
        if (i < marked) applied.push(whole[i].word);
        var ids = new Set(pages.map(function (r) { return r.id; }));
        results = results.filter(function (r) { return ids.has(r.id); });
      });
      results.wholeWords = applied; // for marking matches in excerpts
      return results;
    });
  }

  /* The words of a query that say what it is about: not the small ones (STOP), and each once:
     "blinking and sniffing over and over" had asked for pages with half of five words, "over"
     twice, and left out the one page with "blinking" and "sniffing". */
  function importantWords(list) {
    return list.filter(function (w, i) { return !STOP.has(w) && list.indexOf(w) === i; });
  }

  /* The results for a query of two important words or more: pages with at least half of its
     important words (small words such as "how" and "can" left out), by Pagefind's score for each
     word, rarer words counting more, times the number of words the page has. Pagefind alone
     gives only pages with every word, scored by all of them alike: the page about anxiety,
     which never says "muscle", was not among the results for "can anxiety cause muscle
     twitching", and pages that say "can" and "cause" often came first. `allWords` is the
     number of pages with every word (for the question fallback below). */
  function findRanked(pagefind, query) {
    var important = importantWords(words(query));
    if (important.length === 1 && words(query).length > 1) {
      // One important word in a question ("what does fasciculation mean"): Pagefind searches
      // it alone, as small words such as "what" and "does" favour long pages that use them.
      return Promise.all([findAll(pagefind, query), findAll(pagefind, important[0])]).then(function (both) {
        var ranked = both[1];
        ranked.allWords = both[0].length;
        return ranked;
      });
    }
    if (important.length < 2) return findAll(pagefind, query);
    return Promise.all([findAll(pagefind, query), phrases(pagefind, query)]).then(function (first) {
      return findAny(pagefind, important, site.pages || 0, Math.ceil(important.length / 2), words(query).pop(), first[1]).then(function (any) {
        return [first[0], any];
      });
    }).then(function (both) {
      // No page has half of the words ("keeping a diary of my triggers": one page says
      // "triggers", others "keeping", none both): the pages with any of them, those with more
      // first, rather than nothing for a question the site answers.
      // Fewer than three pages with half of them ("new baby no sleep and my eye keeps
      // flickering": two pages say three of those words, the page about tiredness two): the
      // pages with fewer of the words follow them, more words first, so the reader still sees
      // the pages the important words point to.
      var ranked = both[1].length >= PADDED || !both[1].length && both[0].length ? Promise.resolve(both[1])
        : findAny(pagefind, important, site.pages || 0, 0, words(query).pop()).then(function (any) {
          var seen = new Set(both[1].map(function (r) { return r.id; }));
          var list = both[1].concat(any.filter(function (r) { return !seen.has(r.id); }));
          list.wholeWords = both[1].wholeWords || any.wholeWords;
          return list;
        });
      return ranked.then(function (list) {
        list.allWords = both[0].length;
        return list;
      });
    });
  }

  // How much more a page with two of the query's words side by side scores (findAny), per pair:
  // 0.5 gained two queries of the seventeen sets and lost none; 1 and 2 lost more than they
  // gained (README, Search).
  var SIDE_BY_SIDE = 0.5;
  // The words of the site's name ("Muscle Twitch Guide"): every page is about them, so a pair
  // with one of them ("cause muscle", "muscle twitching") says nothing about which page is meant.
  var SUBJECT_WORDS = words((document.querySelector("meta[property='og:site_name']") || {}).content || "");
  function subjectWord(w) {
    return SUBJECT_WORDS.some(function (s) { return w.indexOf(s) === 0; });
  }

  /* Pages with two of the query's important words side by side, as the reader typed them
     ("sleep starts", "restless legs"), by Pagefind's quoted (phrase) search, which needs only
     the index chunks the query loads anyway: { page id: pairs it has }. Only on a site of one
     index shard (this site). */
  function phrases(pagefind, query) {
    var list = words(query);
    var pairs = [];
    // A site in shards searches only the shards its query budget allows (search-shards.js),
    // and a phrase is a query of its own to that router: there pages rank without this.
    if ((site.shards || []).length) return Promise.resolve(new Map());
    for (var i = 1; i < list.length; i++) {
      var pair = list[i - 1] + " " + list[i];
      // "how long", "how often", "how serious" ask what the words after "how" are about: a page
      // saying "How long twitches last" answers "how long till a twitch stops".
      var first = !STOP.has(list[i - 1]) || list[i - 1] === "how";
      if (first && !STOP.has(list[i]) && !subjectWord(list[i - 1]) && !subjectWord(list[i]) && list[i - 1] !== list[i] && pairs.indexOf(pair) < 0) pairs.push(pair);
    }
    return Promise.all(pairs.map(function (pair) { return pagefind.search("\"" + pair + "\""); })).then(function (found) {
      var byId = new Map();
      found.forEach(function (f) {
        ((f && f.results) || []).forEach(function (r) { byId.set(r.id, (byId.get(r.id) || 0) + 1); });
      });
      return byId;
    });
  }

  /* Pages with any of the words, those with more of them first; rarer words count more.
     With `need`, only pages with at least that many of the words, ranked by their score times
     the number of words they have (findRanked). */
  function findAny(pagefind, queryWords, pages, need, typing, phrased) {
    return Promise.all(queryWords.map(function (word) {
      // A derived form ("twitchy", "twitchiness", "stressful") finds what its base finds too,
      // even when some page uses it (a keyword "twitchy muscles" made "twitchy legs" find only
      // the pages that say "twitchy"): Pagefind's stemmer keeps these endings.
      var ending = rank.DERIVED.filter(function (e) { return word.slice(-e.length) === e && word.length - e.length >= 4; })[0];
      // Only the query's last word may be the start of one still being typed: "kid" in "is my
      // kid's blinking a tic" is a whole word, not the start of "kidney".
      var finished = word !== typing;
      return Promise.all([findAll(pagefind, word, finished), ending ? findAll(pagefind, word.slice(0, -ending.length), finished) : []]).then(function (both) {
        var seen = new Set(both[0].map(function (r) { return r.id; }));
        // A page with the base only has the word but scores nothing for it: "healthy" is not
        // quite "health", whose page may say it far more often.
        var union = both[0].concat(both[1].filter(function (r) { return !seen.has(r.id); }).map(function (r) { return { id: r.id, score: 0, data: r.data }; }));
        union.wholeWords = both[0].wholeWords;
        union.own = both[0].length; // its rarity is the word's own
        return union;
      });
    })).then(function (lists) {
      var byId = new Map();
      lists.forEach(function (results, i) {
        // How rare a word is: the share of the site's pages it finds (no page: the commonest).
        var used = results.own || results.length || pages || 1;
        var rarity = Math.log(1 + (pages || 1) / used);
        // A question's frame ("does caffeine make twitching worse") counts half: the page
        // whose text says "can make it worse" is not more about the question than the page
        // about caffeine.
        var weight = WEAK.has(queryWords[i]) ? 0.5 : 1;
        results.forEach(function (r) {
          var entry = byId.get(r.id) || { result: r, count: 0, weighted: 0, score: 0 };
          entry.count += 1;
          entry.weighted += weight;
          entry.score += r.score * rarity * weight;
          byId.set(r.id, entry);
        });
      });
      // A word no page has cannot be had: "should i take magnesium supplements" needs the
      // half of the words the site knows, not of all, or nothing is found.
      var known = lists.filter(function (l) { return l.length; }).length;
      // A long question (LONG known words or more) needs one word fewer: in "new baby no
      // sleep and my eye keeps flickering" the page about tiredness has "sleep" and "eye",
      // and only pages that happen to say "new" and "keeps" had three.
      var required = need ? Math.max(1, Math.min(need, Math.ceil(known / 2)) - (known >= LONG ? 1 : 0)) : 0;
      // A page with the reader's words side by side is more about them: "sleep starts" is the
      // name of a kind of jerk on one page, and only "sleep" on the page about tiredness.
      byId.forEach(function (e, id) { if (phrased && phrased.get(id)) e.score *= 1 + SIDE_BY_SIDE * phrased.get(id); });
      var merged = Array.from(byId.values()).filter(function (e) {
        return e.count >= required;
      }).sort(function (a, b) {
        return required ? b.score * b.weighted - a.score * a.weighted : b.weighted - a.weighted || b.score - a.score;
      }).map(function (e) { return e.result; });
      merged.wholeWords = [].concat.apply([], lists.map(function (l) { return l.wholeWords || []; }));
      return merged;
    });
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
     say which search term matched instead. */
  function metaMatch(meta, queryWords) {
    var names = [].concat((meta.keywords || "").split(","), (meta.aka || "").split(","));
    for (var i = 0; i < names.length; i++) {
      var name = names[i].trim();
      if (!name) continue;
      var nameWords = words(name);
      var all = queryWords.every(function (q) {
        return nameWords.some(function (w) { return w.indexOf(q) === 0 || q.indexOf(w) === 0 && w.length >= 4; });
      });
      if (all) return name;
    }
    // The synonyms are a list of words (each once), not names: the words of it the query has.
    var synonyms = words(decode(meta.synonyms || ""));
    var found = queryWords.map(function (q) {
      return synonyms.filter(function (w) { return w.indexOf(q) === 0 || q.indexOf(w) === 0 && w.length >= 4; })[0];
    });
    return found.every(Boolean) ? found.join(" ") : "";
  }

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /* An excerpt that starts where a sentence starts: around the first match in the best
     section (or the page), back to the end of the sentence before it or the section's start,
     EXCERPT_WORDS words long at most and not past the section's end,
     matches in <mark> (Pagefind's excerpt format). Pagefind's own excerpt starts wherever the
     most matches are, often mid-sentence. Content words and match locations are Pagefind's. */
  /* False for a word Pagefind matched as the start of a longer one where the reader typed a
     whole word: "also" and "alcohol" for "ALS" are not marked. */
  function fits(word, whole, queryWords) {
    var w = words(word)[0] || "";
    if (whole.some(function (term) { return w.indexOf(term) === 0 && w !== term && w !== term + "s"; })) return false;
    if (whole.some(function (term) { return w === term || w === term + "s"; })) return true;
    // Pagefind also matches a shorter start of a word it cannot find ("als" marks "alone"):
    // mark only words that start with the first four letters (all of a shorter one) of a word
    // searched for. Stems still match: "twitching" marks "twitches".
    return !queryWords || queryWords.some(function (q) {
      var n = Math.min(4, q.length);
      return w.length >= n && w.slice(0, n) === q.slice(0, n);
    });
  }

  function sentenceExcerpt(data, best, whole, queryWords) {
    var content = (data.content || "").split(/\s+/);
    var located = (data.weighted_locations || []).filter(function (l) { return l.weight < 10; }); // not the title
    var inBest = best ? (best.locations || []) : [];
    var anchor = inBest.length ? Math.min.apply(null, inBest) : (located.length ? located[0].location : -1);
    if (!content.length) return data.excerpt || "";
    if (anchor < 0) {
      // Found through its metadata only: the page's opening, after its title.
      anchor = 0;
      while (anchor < content.length - 1 && !/[.!?:]$/.test(content[anchor])) anchor++;
      anchor = anchor + 1 < content.length ? anchor + 1 : 0;
    }
    // The excerpt stays inside the best section: from its heading (or glossary term) at the
    // earliest, to the next one at the latest, so it never runs into a neighbouring entry.
    var from = best && best.anchor && best.anchor.location <= anchor ? best.anchor.location : 0;
    var next = (data.anchors || []).map(function (a) { return a.location; }).filter(function (l) { return l > anchor; });
    var until = best && next.length ? Math.min.apply(null, next) : content.length;
    var start = anchor;
    for (var back = 0; start > from && back < 25 && !/[.!?:]$/.test(content[start - 1]); back++) start--;
    var cut = start > from && !/[.!?:]$/.test(content[start - 1]);
    var end = Math.min(content.length, until, start + EXCERPT_WORDS);
    // Near the end of its section (a list's last item, "the thumb."), the excerpt starts whole
    // sentences earlier while they fit, so it says what the item is a list of.
    for (var earlier = start - 1; !cut && earlier > from; earlier--) {
      if (end - earlier > EXCERPT_WORDS) break;
      if (/[.!?:]$/.test(content[earlier - 1])) start = earlier;
    }
    if (!cut && start > from && end - from <= EXCERPT_WORDS) start = from;
    var marked = new Set(data.locations || []);
    var out = [];
    for (var i = start; i < end; i++) {
      // A citation is not indexed, but the space before it is: "harmless [1]." reaches the
      // index as "harmless ." (with the word joiner that keeps the number by its claim), so
      // punctuation alone joins the word before it and a bare joiner is dropped.
      var word = content[i].replace(/\u2060/g, "");
      if (!word) continue;
      if (out.length && /^[.,;:!?)\]]+$/.test(word)) { out[out.length - 1] += escape(word); continue; }
      out.push(marked.has(i) && fits(word, whole, queryWords) ? "<mark>" + escape(word) + "</mark>" : escape(word));
    }
    return (cut ? "\u2026 " : "") + out.join(" ") + (end < content.length && end < until ? " \u2026" : "");
  }

  function shape(data, queryWords, whole) {
    whole = whole || [];
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
    var terms = Array.from(new Set(marked.concat(queryWords))).filter(function (t) { return fits(t, whole, queryWords); }).slice(0, 12);
    var excerpt = sentenceExcerpt(data, best, whole, queryWords);
    return {
      title: meta.title || data.url,
      section: meta.section || "",
      heading: best ? best.title : "",
      excerpt: excerpt,
      // A term the page was found by without using it: a related word or another spelling,
      // never presented as another name of the page's subject.
      relatedTerm: /<mark>/.test(excerpt) ? "" : metaMatch(meta, queryWords),
      url: withHighlight(best ? best.url : data.url, terms),
      pageUrl: data.url,
      headings: subs.slice(0, 3).map(function (s) {
        return { title: s.title, url: withHighlight(s.url, terms), excerpt: s.excerpt || "" };
      })
    };
  }

  /* The words the reader has finished typing (all but the last, or all of them when the query
     was submitted: `finished`) that no page uses, has no
     correction for, and that share their first four letters with no word the site uses:
     Pagefind would match them by a shorter start of their stem, "dying" (stem "die") finding
     the page titled "Water and diet" first for "am i dying of als". They are left out of the
     search, and the note says so. A word that does share them is kept, as Pagefind's match
     is then often the same word in another form ("epilepsy" finds "epileptic", "sleepless"
     finds "sleep", "physio" finds "physiotherapy"); the same four letters decide which words
     an excerpt marks (fits). */
  function absentWords(typed, fixed, unknown, known, finished) {
    var list = Object.keys(known);
    return fixed.filter(function (w, i) {
      if (i === fixed.length - 1 && !finished || w !== typed[i] || unknown.indexOf(w) < 0) return false;
      var start = w.slice(0, 4);
      return !list.some(function (k) { return k.indexOf(start) === 0; });
    });
  }

  /*
   * Runs a search (options.finished: the reader submitted it, so its last word is whole too,
   * not the start of one still being typed); resolves to { query, total, corrected, dropped, relaxed, load(from, count) }
   * where load resolves to shaped results. corrected is the query with misspelt words corrected
   * when only that found pages; dropped lists the finished words no page uses that were left
   * out (absentWords); relaxed lists the words searched when the whole query found one page
   * or none and its important words found more.
   */
  function search(query, options) {
    options = options || {};
    var typed = query;
    query = content(query);
    var queryWords = words(query);
    return load().then(function (loaded) {
      // A large site in shards: a question of many words on nearly every page leaves out the
      // small and the commonest ones when the first shard's share of them would pass the
      // download budget (search-shards.js, fit); on a site in one shard nothing is left out.
      return loaded.fit ? loaded.fit(query, STOP).then(function (fitted) { return [loaded, fitted.left]; }) : [loaded, []];
    }).then(function (loadedAndLeft) {
      var pagefind = loadedAndLeft[0];
      var leftOut = loadedAndLeft[1];
      var kept = queryWords.filter(function (w) { return leftOut.indexOf(w.normalize("NFD").replace(/\p{M}/gu, "")) < 0; });
      if (leftOut.length && kept.length) {
        queryWords = kept;
        query = kept.join(" ");
      } else {
        leftOut = [];
      }
      // A large site's shards may leave some for later (search-shards.js): this query's own view,
      // every search below kept within the shards the whole query takes.
      if (pagefind.session) pagefind = pagefind.session(query);
      var outcome = { results: [], corrected: "", relaxed: null, searched: queryWords };
      // A word no page uses is misspelt even when Pagefind finds pages, because Pagefind then
      // matches a shorter start of it ("caffiene" finds "caf..."): the site's words starting
      // with its letter (under 0.5 KB sent) are loaded when a word finds no page as a whole
      // word, and correct it.
      return Promise.all([findRanked(pagefind, query), unknownWords(pagefind, queryWords)]).then(function (both) {
        var results = both[0];
        outcome.results = results;
        var unknown = both[1];
        if (!unknown.length) return;
        return loadVocabulary(unknown).then(function (known) {
          var fixed = queryWords.map(function (w, i) {
            return unknown.indexOf(w) >= 0 && rank.correction(w, i === queryWords.length - 1, known) || w;
          });
          var kept = fixed;
          var dropped = absentWords(queryWords, fixed, unknown, known, options.finished);
          if (dropped.length) {
            kept = fixed.filter(function (w) { return dropped.indexOf(w) < 0; });
            if (!kept.some(function (w) { return !STOP.has(w); })) kept = fixed;
          }
          if (kept.join(" ") === queryWords.join(" ")) return;
          return findRanked(pagefind, kept.join(" ")).then(function (found) {
            // Nothing for the corrected words either: keep what was found (a longer query may
            // still find pages by its other words, see below).
            if (!found.length && (kept.length < 2 || results.length > 0)) return;
            if (fixed.join(" ") !== queryWords.join(" ")) outcome.corrected = kept.join(" ");
            outcome.dropped = kept.length < fixed.length ? dropped : [];
            outcome.searched = kept;
            outcome.results = found;
          });
        });
      }).then(function () {
        // A question (it has small words such as "how" and "does" that pages need not use)
        // is asked again when it finds FEW pages or fewer; other searches when one or none.
        var few = outcome.searched.some(function (w) { return STOP.has(w); }) ? FEW : 1;
        var allWords = outcome.results.allWords !== undefined ? outcome.results.allWords : outcome.results.length;
        if (allWords > few || outcome.searched.length < 2) return;
        // A question that finds few pages: its important words, then any of them. Pages
        // that have every word have the important ones too, so none is lost.
        outcome.allWords = allWords;
        var important = importantWords(outcome.searched);
        if (!important.length) return;
        if (outcome.results.allWords !== undefined) {
          // Already ranked by the important words (findRanked): say so when that found more.
          if (outcome.results.length > allWords) outcome.relaxed = important;
          return;
        }
        var step = important.length < outcome.searched.length
          ? findAll(pagefind, important.join(" "))
          : Promise.resolve([]);
        return step.then(function (found) {
          if (found.length > Math.max(few, outcome.results.length) || important.length < 2) return found;
          return findAny(pagefind, important, site.pages || 0, 0, outcome.searched[outcome.searched.length - 1]);
        }).then(function (found) {
          if (found.length > allWords) {
            outcome.results = found;
            outcome.relaxed = important;
          }
        });
      }).then(function () {
        return rank.byName(outcome.results, outcome.searched);
      }).then(function (results) {
        var highlightWords = outcome.relaxed || outcome.searched;
        var whole = results.wholeWords || [];
        return {
          query: typed,
          total: results.length,
          corrected: outcome.corrected,
          dropped: outcome.dropped || [],
          relaxed: outcome.relaxed,
          allWords: outcome.allWords || 0,
          // Words of the question not searched, to keep a large site's download small (fit).
          leftOut: leftOut,
          // Shards of a large site not searched yet (a word on most pages): more() searches them too.
          partial: pagefind.deferred ? pagefind.deferred() > 0 : false,
          more: function () { return pagefind.more().then(function () { return search(typed, options); }); },
          load: function (from, count) {
            return Promise.all(results.slice(from, from + count).map(function (r) {
              return r.data().then(function (data) { return shape(data, highlightWords, whole); });
            }));
          }
        };
      });
    });
  }

  /* What to tell the reader when the results are not for exactly what they typed: parts
     { before, words, after } so the changed words can be shown in bold; null otherwise. */
  function note(result) {
    if (result.corrected && result.total > 0) {
      return { before: "No pages match \u201c" + result.query + "\u201d. Showing results for ", words: result.corrected, after: "." };
    }
    if (result.dropped && result.dropped.length && result.total > 0) {
      return { before: "No page uses ", words: result.dropped.map(function (w) { return "\u201c" + w + "\u201d"; }).join(", "), after: ". Showing pages with the other words." };
    }
    if (result.relaxed && result.total > 0) {
      var first = !result.allWords ? "No page has all of those words. "
        : result.allWords === 1 ? "Only one page has all of those words. "
        : "Only " + result.allWords + " pages have all of those words. ";
      return { before: first + "Showing pages with ", words: result.relaxed.join(", "), after: "." };
    }
    if (result.leftOut && result.leftOut.length && result.total > 0) {
      return { before: "Searched without the common words ", words: result.leftOut.join(", "), after: "." };
    }
    return null;
  }

  window.TwitchSiteSearch = {
    note: note,
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
