// Plenary dev server: reloads this tab when the site is rebuilt (served only by `plenary serve`, never published).
// The page was served by build N (this script's ?build=N); the server sends the current build number as an
// event on connecting and after every rebuild, so a rebuild that happened while the page loaded is not missed.
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script ? new URL(script.src).searchParams.get('build') : null;
  var source = new EventSource('/__plenary/events');
  source.addEventListener('build', function (event) {
    if (shown === null) {
      shown = event.data;
    } else if (event.data !== shown) {
      source.close();
      window.location.reload();
    }
  });
})();
