/*
 * Combined filters for pre-rendered lists. The page works without this script (each type, year or region
 * has its own list); with it, a hidden <form class="js-filters" data-target="#list"> appears whose
 * <select data-filter="NAME"> elements hide rows whose data-NAME (a space-separated list) lacks the value.
 * Sections marked data-group are hidden when none of their rows is visible.
 */
(function () {
  'use strict';
  function matches(row, filters) {
    for (var i = 0; i < filters.length; i++) {
      var value = filters[i].value;
      if (!value) continue;
      var have = (row.getAttribute('data-' + filters[i].getAttribute('data-filter')) || '').split(/\s+/);
      if (have.indexOf(value) < 0) return false;
    }
    return true;
  }
  function apply(form) {
    var target = document.querySelector(form.getAttribute('data-target'));
    if (!target) return;
    var filters = Array.prototype.slice.call(form.querySelectorAll('[data-filter]'));
    var shown = 0;
    var rows = target.querySelectorAll('tbody tr');
    Array.prototype.forEach.call(rows, function (row) {
      var ok = matches(row, filters);
      row.hidden = !ok;
      if (ok) shown++;
    });
    Array.prototype.forEach.call(target.querySelectorAll('[data-group]'), function (group) {
      group.hidden = group.querySelectorAll('tbody tr:not([hidden])').length === 0;
    });
    var out = form.querySelector('[data-count]');
    if (out) {
      out.textContent = (out.getAttribute('data-template') || '{0} / {1}')
        .replace('{0}', String(shown)).replace('{1}', String(rows.length));
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll('form.js-filters'), function (form) {
    form.hidden = false;
    form.addEventListener('change', function () { apply(form); });
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(form); });
    apply(form);
  });
})();
