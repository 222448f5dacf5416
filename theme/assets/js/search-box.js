/*
 * The search box in every page's header: a WAI-ARIA combobox whose listbox shows results as
 * the reader types (title, section and heading, highlighted excerpt). Arrow keys move through
 * the results, Enter opens one (or, with none chosen, the full results on the search page),
 * Escape closes the list. "/" and Ctrl+K (Cmd+K on a Mac) put the cursor in the search field.
 * The number of results is announced in a live region. Needs search-client.js.
 */
(function () {
  "use strict";

  var client = window.TwitchSiteSearch;
  var form = document.querySelector("[data-search-box]");
  if (!client || !form) return;

  var input = form.querySelector("input[type=search]");
  var popup = form.querySelector(".search-popup");
  var listbox = form.querySelector("[role=listbox]");
  var status = form.querySelector("[role=status]");
  // Results shown (each loads a 1 to 2 KB file of its page's text; three keep any query's search
  // files under 100 KB with a margin, where four left none when they were the largest pages);
  // the last option opens the search page.
  var LIMIT = 3;
  var DELAY = 120;

  var options = [];
  var active = -1;
  var sequence = 0;
  var timer = 0;
  var message = document.createElement("p");
  message.className = "search-message";
  message.hidden = true;
  popup.appendChild(message);
  // Said above the results when they are for a corrected or shortened query ("did you mean").
  var notice = document.createElement("p");
  notice.className = "search-notice";
  notice.id = "site-search-notice";
  notice.hidden = true;
  popup.insertBefore(notice, listbox);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-keyshortcuts", "/ Control+K Meta+K");

  function searchPageUrl(query) {
    return client.pageUrl + "?q=" + encodeURIComponent(query);
  }

  function setActive(index) {
    if (active >= 0 && options[active]) options[active].element.setAttribute("aria-selected", "false");
    active = index;
    if (active >= 0 && options[active]) {
      var element = options[active].element;
      element.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", element.id);
      element.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open() {
    popup.hidden = false;
    input.setAttribute("aria-expanded", options.length ? "true" : "false");
  }

  function close() {
    popup.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function option(id, className) {
    var li = document.createElement("li");
    li.id = id;
    li.className = className;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    return li;
  }

  function span(className, text) {
    var s = document.createElement("span");
    s.className = className;
    if (text) s.textContent = text;
    return s;
  }

  function showNotice(parts) {
    notice.replaceChildren();
    notice.hidden = !parts;
    if (!parts) return "";
    var strong = document.createElement("strong");
    strong.textContent = parts.words;
    notice.append(parts.before, strong, parts.after);
    return notice.textContent + " ";
  }

  /* partial: the results are from part of a very large site so far (search-client.js): the
     reader is told, in the last option and the status, that the search page has more. */
  function render(query, total, items, said, partial) {
    listbox.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    items.forEach(function (item, i) {
      var li = option("site-search-option-" + i, "search-option");
      li.appendChild(span("search-option-title", item.title));
      var where = [item.section, item.heading].filter(Boolean).join(" › ");
      if (where) li.appendChild(span("search-option-where", where));
      var excerpt = span("search-option-excerpt");
      client.renderExcerpt(excerpt, item.excerpt);
      li.appendChild(excerpt);
      if (item.relatedTerm) {
        var related = span("search-option-also", "Found by the related term ");
        var mark = document.createElement("mark");
        mark.textContent = item.relatedTerm;
        related.appendChild(mark);
        li.appendChild(related);
      }
      li.setAttribute("data-url", item.url);
      listbox.appendChild(li);
      options.push({ element: li, url: item.url });
    });
    if (total > 0) {
      var all = option("site-search-option-all", "search-option search-option-all");
      all.textContent = partial ? "More results on the search page (" + total + " so far, from part of the site)"
        : total === 1 ? "Open the search page" : "See all " + total + " results";
      listbox.appendChild(all);
      options.push({ element: all, url: searchPageUrl(query) });
    }

    listbox.hidden = options.length === 0;
    message.hidden = total > 0;
    message.textContent = total > 0 ? "" : "No pages match \u201c" + query + "\u201d. Try another word, such as \u201ccramp\u201d or \u201ctired\u201d.";
    status.textContent = total === 0
      ? "No results for " + query
      : (said || "") + total + (total === 1 ? " result" : " results") + (partial ? " so far, from part of the site," : "") + " for " + query + ". Use the up and down arrow keys to choose one.";
    open();
  }

  function failed() {
    showNotice(null);
    options = [];
    listbox.replaceChildren();
    listbox.hidden = true;
    message.hidden = false;
    message.textContent = "Search is not available right now. Try the search page later, or browse the topics from the home page.";
    status.textContent = message.textContent;
    open();
  }

  function run() {
    var query = input.value.trim();
    var mine = ++sequence;
    if (!query) {
      close();
      status.textContent = "";
      return;
    }

    client.search(query).then(function (result) {
      return result.load(0, LIMIT).then(function (items) {
        if (mine === sequence) render(query, result.total, items, showNotice(client.note(result)), result.partial);
      });
    }).catch(function () {
      if (mine === sequence) failed();
    });
  }

  function go(url) {
    close();
    window.location.assign(url);
  }

  input.addEventListener("focus", client.warm);
  input.addEventListener("input", function () {
    client.preload(input.value.trim());
    clearTimeout(timer);
    timer = setTimeout(run, DELAY);
  });

  input.addEventListener("keydown", function (event) {
    var count = options.length;
    switch (event.key) {
      case "ArrowDown":
        if (!count) return;
        event.preventDefault();
        if (popup.hidden) open();
        setActive(active + 1 >= count ? 0 : active + 1);
        break;
      case "ArrowUp":
        if (!count) return;
        event.preventDefault();
        if (popup.hidden) open();
        setActive(active - 1 < 0 ? count - 1 : active - 1);
        break;
      case "Enter":
        if (!popup.hidden && active >= 0) {
          event.preventDefault();
          go(options[active].url);
        }
        break;
      case "Escape":
        if (!popup.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          status.textContent = "";
        }
        break;
      case "Tab":
        close();
        break;
    }
  });

  listbox.addEventListener("mousedown", function (event) {
    event.preventDefault(); // keep focus in the field while choosing with the mouse
  });
  listbox.addEventListener("click", function (event) {
    var li = event.target.closest("[role=option]");
    for (var i = 0; li && i < options.length; i++) {
      if (options[i].element === li) go(options[i].url);
    }
  });

  document.addEventListener("pointerdown", function (event) {
    if (!form.contains(event.target)) close();
  });

  form.addEventListener("submit", function (event) {
    var query = input.value.trim();
    event.preventDefault();
    if (query) window.location.assign(searchPageUrl(query));
  });

  function isTyping(target) {
    return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    var slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    var k = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !k) return;
    event.preventDefault();
    // On the search page, its own field is the one to type in.
    var target = document.querySelector("[data-search-page] input[type=search]") || input;
    target.focus();
    target.select();
  });
})();
