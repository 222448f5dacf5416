// TwitchSite preview: reloads the page when the site has been rebuilt.
// Served by the preview server at /_twitchsite/live-reload.js and added to every HTML page it
// serves; never part of the published site. Listens to Server-Sent Events on /_twitchsite/events:
// "reload" after each rebuild, "hello" with the build number on every (re)connection, so a page
// left open while the preview restarted reloads too.
(function () {
  'use strict';
  if (typeof EventSource === 'undefined') {
    return;
  }

  var knownBuild = null;
  var events = new EventSource('/_twitchsite/events');

  events.addEventListener('hello', function (event) {
    var build = JSON.parse(event.data).build;
    if (knownBuild !== null && build !== knownBuild) {
      window.location.reload();
    }
    knownBuild = build;
  });

  events.addEventListener('reload', function (event) {
    knownBuild = JSON.parse(event.data).build;
    window.location.reload();
  });
}());
