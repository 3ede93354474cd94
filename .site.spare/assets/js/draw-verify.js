/*
 * Plenary — in-browser verifier for RFC 3797 draws.
 *
 * Recomputes a published draw from its published inputs, on the reader's own machine, with nothing
 * fetched: the key string from the sources, then for each pick i the MD5 of
 * [i as 2 bytes big-endian] + key + [same 2 bytes], the digest as an unsigned 128-bit big-endian
 * integer modulo the items still unpicked, and the pick in published pool order. Stratified draws
 * run one pick index across the pools, in their listed order (same as org.plenary.draw.StratifiedDraw).
 *
 * Page contract (the draw page template provides these):
 *   <script type="application/json" id="draw-data">
 *     {"sources":[{"name":…,"values":["9319", …]}],          values as text, as announced
 *      "pools":[{"name":…,"seats":n,"pool":[ids…]}],          a plain draw is one pool named ""
 *      "result":{poolName:[ids…]}}                             the published result
 *   </script>
 *   <button id="draw-verify" data-match="…" data-mismatch="… {n} …" …>   UI text, see TEXT below
 *   <output id="draw-verify-result"></output>     gets the verdict text and data-status=match|mismatch|error
 *   <div id="draw-verify-steps"></div>            gets the key string and a table of the steps
 *
 * Plain ES2017, no dependencies, no network. MD5 is implemented here (RFC 1321) because Web Crypto
 * has no MD5. The 128-bit remainder is computed exactly by reducing the digest byte by byte
 * (r = (r * 256 + byte) mod n): with n <= 65,535 every intermediate stays below 2^24, so plain numbers
 * are exact and no BigInt (an ES2020 feature) is needed.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- UI text (translatable)
  // Each entry: data- attribute on the button → English fallback. {n} = 1-based pick number,
  // {pool} = pool name, {message} = what was wrong with the data.
  var TEXT = {
    match: ['data-match', 'match'],
    mismatch: ['data-mismatch', 'mismatch at pick {n}'],
    error: ['data-error', 'cannot verify: {message}'],
    keyLabel: ['data-key-label', 'Key string'],
    stepsLabel: ['data-steps-label', 'Steps'],
    colPick: ['data-col-pick', 'Pick'],
    colPool: ['data-col-pool', 'Pool'],
    colIndex: ['data-col-index', 'i'],
    colMd5: ['data-col-md5', 'MD5'],
    colLeft: ['data-col-left', 'Left'],
    colRemainder: ['data-col-remainder', 'Remainder'],
    colSelected: ['data-col-selected', 'Selected'],
    colPublished: ['data-col-published', 'Published']
  };

  function text(button, which, vars) {
    var spec = TEXT[which];
    var s = (button && button.getAttribute(spec[0])) || spec[1];
    return s.replace(/\{(\w+)\}/g, function (all, name) {
      return vars && Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : all;
    });
  }

  // ---------------------------------------------------------------- MD5 (RFC 1321)
  var SHIFT = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
  // floor(abs(sin(i + 1)) * 2^32), written out so no engine's Math.sin rounding can matter.
  var K = [0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391];

  /** MD5 of a byte array; returns 16 bytes. */
  function md5(bytes) {
    var len = bytes.length;
    var blocks = ((len + 8) >>> 6) + 1;
    var m = new Uint32Array(blocks * 16); // little-endian words, padded
    var i;
    for (i = 0; i < len; i++) m[i >>> 2] |= bytes[i] << ((i & 3) * 8);
    m[len >>> 2] |= 0x80 << ((len & 3) * 8);
    m[blocks * 16 - 2] = (len * 8) >>> 0;
    m[blocks * 16 - 1] = Math.floor(len / 0x20000000); // high 32 bits of the bit length
    var a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
    for (var blk = 0; blk < blocks; blk++) {
      var a = a0, b = b0, c = c0, d = d0;
      for (i = 0; i < 64; i++) {
        var f, g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
        else { f = c ^ (b | ~d); g = (7 * i) & 15; }
        f = (f + a + K[i] + m[blk * 16 + g]) | 0;
        a = d; d = c; c = b;
        b = (b + ((f << SHIFT[i]) | (f >>> (32 - SHIFT[i])))) | 0;
      }
      a0 = (a0 + a) | 0; b0 = (b0 + b) | 0; c0 = (c0 + c) | 0; d0 = (d0 + d) | 0;
    }
    var out = new Uint8Array(16);
    [a0, b0, c0, d0].forEach(function (w, k) {
      for (var j = 0; j < 4; j++) out[k * 4 + j] = (w >>> (8 * j)) & 0xff;
    });
    return out;
  }

  function hex(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return s.toUpperCase();
  }

  // ---------------------------------------------------------------- key string (SPEC §9)
  function DataError(message) { this.message = message; }

  /** Parses one announced value: non-negative integer ("017") or decimal ("10.0730"), as text. */
  function parseValue(source, raw) {
    var t = String(raw === null || raw === undefined ? '' : raw).trim();
    var m = /^([0-9]+)(?:\.([0-9]+))?$/.exec(t);
    if (!m) {
      throw new DataError('source "' + source + '": value "' + raw +
        '" is not a non-negative integer or decimal');
    }
    return { integer: m[1].replace(/^0+(?=[0-9])/, ''), fraction: (m[2] || '').replace(/0+$/, '') };
  }

  function compareIntegers(a, b) { // decimal digit strings without leading zeros
    if (a.integer.length !== b.integer.length) return a.integer.length - b.integer.length;
    return a.integer < b.integer ? -1 : a.integer > b.integer ? 1 : 0;
  }

  /** Sources in order; all-integer sources sorted ("n."), others kept in order ("int.frac"); "/" after each. */
  function keyString(sources) {
    if (!Array.isArray(sources) || sources.length === 0) throw new DataError('no sources');
    return sources.map(function (src) {
      var name = src && src.name !== undefined ? src.name : '';
      var raw = src && Array.isArray(src.values) ? src.values : [];
      if (raw.length === 0) throw new DataError('source "' + name + '" has no values');
      var values = raw.map(function (v) { return parseValue(name, v); });
      var allIntegers = values.every(function (v) { return v.fraction === ''; });
      if (allIntegers) values.sort(compareIntegers);
      return values.map(function (v) {
        return v.fraction === '' ? v.integer + '.' : v.integer + '.' + v.fraction;
      }).join('') + '/';
    }).join('');
  }

  // ---------------------------------------------------------------- selection (RFC 3797 §4)
  function asciiBytes(s) {
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e) throw new DataError('key string is not printable ASCII');
      out[i] = c;
    }
    return out;
  }

  /** Picks for every pool; one running index i across pools in listed order. */
  function select(key, pools) {
    var keyBytes = asciiBytes(key);
    var input = new Uint8Array(keyBytes.length + 4);
    input.set(keyBytes, 2);
    var i = 0;
    return pools.map(function (p) {
      var items = Array.isArray(p.pool) ? p.pool.map(String) : [];
      var seats = Number(p.seats);
      if (items.length === 0 || items.length > 65535) throw new DataError('pool "' + p.name + '" has ' + items.length + ' items');
      if (!(seats >= 1 && seats <= items.length && Math.floor(seats) === seats)) {
        throw new DataError('pool "' + p.name + '": seats ' + p.seats + ' is not 1 … ' + items.length);
      }
      var unpicked = items.map(function (item, idx) { return idx; });
      var steps = [];
      for (var n = 0; n < seats; n++, i++) {
        if (i > 65535) throw new DataError('more than 65,536 picks');
        input[0] = input[input.length - 2] = (i >>> 8) & 0xff;
        input[1] = input[input.length - 1] = i & 0xff;
        var digest = md5(input);
        var left = unpicked.length;
        var r = 0;
        for (var b = 0; b < 16; b++) r = (r * 256 + digest[b]) % left; // exact: r * 256 + 255 < 2^24
        var published = unpicked.splice(r, 1)[0];
        steps.push({ index: i, md5: hex(digest), left: left, remainder: r, poolNumber: published + 1,
          item: items[published] });
      }
      return { name: String(p.name === undefined || p.name === null ? '' : p.name), steps: steps };
    });
  }

  // ---------------------------------------------------------------- comparison and rendering
  /** Walks computed and published picks in the same order; returns the first differing 1-based pick, or 0. */
  function compare(computed, result) {
    var base = 0; // picks of the pools before this one: pick numbers follow the running index
    var firstMismatch = 0;
    var mismatchPool = '';
    var rows = [];
    var seen = {};
    computed.forEach(function (pool) {
      seen[pool.name] = true;
      var published = result && Array.isArray(result[pool.name]) ? result[pool.name].map(String) : [];
      var n = Math.max(pool.steps.length, published.length);
      for (var j = 0; j < n; j++) {
        var pick = base + j + 1;
        var step = pool.steps[j] || null;
        var pub = j < published.length ? published[j] : null;
        var ok = step !== null && pub !== null && step.item === pub;
        if (!ok && firstMismatch === 0) { firstMismatch = pick; mismatchPool = pool.name; }
        rows.push({ pick: pick, pool: pool.name, step: step, published: pub, ok: ok });
      }
      base += pool.steps.length;
    });
    if (firstMismatch === 0 && result) { // a published pool the draw does not have
      Object.keys(result).forEach(function (name) {
        if (!seen[name] && firstMismatch === 0) { firstMismatch = base + 1; mismatchPool = name; }
      });
    }
    return { firstMismatch: firstMismatch, pool: mismatchPool, rows: rows };
  }

  function el(tag, textContent, className) {
    var e = document.createElement(tag);
    if (textContent !== undefined && textContent !== null) e.textContent = String(textContent);
    if (className) e.className = className;
    return e;
  }

  function renderSteps(container, button, key, comparison, stratified) {
    if (!container) return;
    while (container.firstChild) container.removeChild(container.firstChild);
    var p = el('p', null, 'draw-verify-key');
    p.appendChild(document.createTextNode(text(button, 'keyLabel') + ': '));
    p.appendChild(el('code', key));
    container.appendChild(p);
    var table = el('table', null, 'draw-verify-table');
    var head = el('tr');
    var cols = ['colPick'].concat(stratified ? ['colPool'] : [],
      ['colIndex', 'colMd5', 'colLeft', 'colRemainder', 'colSelected', 'colPublished']);
    cols.forEach(function (c) {
      var th = el('th', text(button, c));
      th.setAttribute('scope', 'col');
      head.appendChild(th);
    });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    comparison.rows.forEach(function (row) {
      var tr = el('tr', null, row.ok ? 'match' : 'mismatch');
      tr.setAttribute('data-status', row.ok ? 'match' : 'mismatch');
      var s = row.step;
      var cells = [row.pick].concat(stratified ? [row.pool] : [], [
        s ? s.index : '', s ? s.md5 : '', s ? s.left : '', s ? s.remainder : '',
        s ? s.poolNumber + ' ' + s.item : '', row.published === null ? '' : row.published]);
      cells.forEach(function (c, k) {
        tr.appendChild(el('td', c, cols[k] === 'colMd5' ? 'md5 mono' : null));
      });
      body.appendChild(tr);
    });
    // Like the page's own tables: a focusable scroll box, so the table never widens the page on a phone.
    var box = el('div', null, 'table-scroll');
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', text(button, 'stepsLabel'));
    box.appendChild(table);
    container.appendChild(box);
  }

  function setResult(output, status, message) {
    if (!output) return;
    output.textContent = message;
    output.setAttribute('data-status', status);
  }

  /** Runs the whole check against the page; returns the status for callers and tests. */
  function verify() {
    var button = document.getElementById('draw-verify');
    var output = document.getElementById('draw-verify-result');
    var stepsBox = document.getElementById('draw-verify-steps');
    try {
      var node = document.getElementById('draw-data');
      if (!node) throw new DataError('the page has no draw data');
      var data;
      try { data = JSON.parse(node.textContent); } catch (e) { throw new DataError('the draw data is not valid JSON'); }
      var pools = Array.isArray(data.pools) ? data.pools : [];
      if (pools.length === 0) throw new DataError('the draw data has no pools');
      var result = data.result;
      if (Array.isArray(result) && pools.length === 1) { // tolerate a plain list for a plain draw
        var keyed = {};
        keyed[String(pools[0].name || '')] = result;
        result = keyed;
      }
      var key = keyString(data.sources);
      var computed = select(key, pools);
      var comparison = compare(computed, result || {});
      renderSteps(stepsBox, button, key, comparison, pools.length > 1 || String(pools[0].name || '') !== '');
      if (comparison.firstMismatch === 0) {
        setResult(output, 'match', text(button, 'match'));
        return 'match';
      }
      setResult(output, 'mismatch', text(button, 'mismatch', { n: comparison.firstMismatch, pool: comparison.pool }));
      return 'mismatch';
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      if (stepsBox) while (stepsBox.firstChild) stepsBox.removeChild(stepsBox.firstChild);
      setResult(output, 'error', text(button, 'error', { message: e.message }));
      return 'error';
    }
  }

  function wire() {
    var button = document.getElementById('draw-verify');
    if (button) button.addEventListener('click', function (ev) { ev.preventDefault(); verify(); });
    // A link to "…/#verify" runs the check on arrival, so a member can share proof in one click.
    if (button && location.hash === '#verify') verify();
  }

  // Small public surface for debugging in the console and for other scripts.
  window.PlenaryDrawVerify = { md5Hex: function (bytes) { return hex(md5(bytes)); }, keyString: keyString,
    select: select, verify: verify };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
