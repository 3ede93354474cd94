/*
 * The bare domain's language chooser: sends the reader to the site in the first of their browser's languages the
 * site has (exact tag first, then the same primary language), else to the first language listed. The page's list of
 * links (a[hreflang]) is the source of truth, so this file needs no data of its own and the page works without it.
 * Loaded as a file because the pages' Content-Security-Policy forbids inline script.
 */
(function () {
  'use strict';
  var links = Array.prototype.slice.call(document.querySelectorAll('a[hreflang]'));
  if (links.length === 0) return;
  var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  function find(match) {
    for (var i = 0; i < prefs.length; i++) {
      var want = String(prefs[i]).toLowerCase();
      for (var j = 0; j < links.length; j++) {
        if (match(want, links[j].getAttribute('hreflang').toLowerCase())) return links[j];
      }
    }
    return null;
  }
  var best = find(function (want, have) { return want === have; })
    || find(function (want, have) { return want.split('-')[0] === have.split('-')[0]; })
    || links[0];
  location.replace(best.getAttribute('href'));
})();
