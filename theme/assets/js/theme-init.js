// Runs before the page is painted (a blocking script in <head>, not inline: the CSP forbids
// inline scripts) so a reader who chose a colour scheme never sees a flash of the other one.
(function () {
  try {
    var scheme = window.localStorage.getItem("twitchsite-scheme");
    if (scheme === "light" || scheme === "dark") {
      document.documentElement.setAttribute("data-theme", scheme);
    }
  } catch (e) {
    // Storage can be blocked (private mode, settings): the system scheme applies.
  }
  document.documentElement.classList.add("js");
})();
