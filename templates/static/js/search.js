/*
 * Plenary search client: answers queries from the static index under /search/ (no server), with the same
 * results as `plenary search`. It replays the build's Lucene analysis through the lexicons (surface form → index
 * term), segments Chinese against the vocabulary, and scores with Lucene's BM25 in 32-bit floats. Every step
 * mirrors a Java class of org.plenary.search; change both together:
 *   fold → analysis.Folding, tokenize → internal.QueryTokenizer, parse → internal.QuerySyntax,
 *   segment → internal.HanSegmenter, plan → internal.QueryPlanner, score → internal.LuceneQueries + Lucene's
 *   BM25Similarity, arrange/facets → SearchIndex.
 * The page UI is at the end; window.PlenarySearch exposes the engine (used by the tests).
 */
(function () {
  'use strict';

  var F = Math.fround;

  // ---- analysis ---------------------------------------------------------------------------------------------

  var MN = /\p{Mn}/u, LATIN_GREEK = /\p{Script=Latin}|\p{Script=Greek}/u;
  var CJK = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u;
  var LETTER = /\p{L}/u, MARK_OR_DIGIT = /\p{M}|\p{Nd}/u, DIGIT = /\p{Nd}/u;

  function dropMark(m, base) {
    if ((m >= 0x64B && m <= 0x65F) || m === 0x670) return true;
    if (m >= 0x300 && m <= 0x36F) {
      if (base && LATIN_GREEK.test(String.fromCodePoint(base))) return true;
      return m === 0x308 && base === 0x435;
    }
    return false;
  }

  function fold(s) {
    var t = s.normalize('NFKC').toLowerCase().normalize('NFD');
    var out = '', base = 0;
    for (var ch of t) {
      var cp = ch.codePointAt(0);
      if (MN.test(ch)) {
        if (!dropMark(cp, base)) out += ch;
        continue;
      }
      base = cp;
      if (cp === 0x640) continue;
      if (cp === 0x649) out += '\u064A';
      else if (cp === 0x629) out += '\u0647';
      else if (cp === 0x2018 || cp === 0x2019 || cp === 0x2BC) out += "'";
      else out += ch;
    }
    return out.normalize('NFC');
  }

  function isCjk(ch) { return CJK.test(ch); }
  function isWord(ch) { return ch === '_' || (LETTER.test(ch) && !isCjk(ch)) || MARK_OR_DIGIT.test(ch); }
  function isJoiner(ch) { return ch === "'" || ch === '\u2019' || ch === '\u2018' || ch === '.' || ch === ','; }
  function cpAt(s, i) { return String.fromCodePoint(s.codePointAt(i)); }

  function tokenize(s) {
    var out = [], i = 0, n = s.length, start, c;
    while (i < n) {
      c = cpAt(s, i);
      if (isCjk(c)) {
        start = i;
        while (i < n && isCjk(cpAt(s, i))) i += cpAt(s, i).length;
        out.push({ text: s.slice(start, i), han: true, start: start, end: i });
      } else if (isWord(c)) {
        start = i;
        i += c.length;
        while (i < n) {
          c = cpAt(s, i);
          if (isWord(c)) { i += c.length; continue; }
          if (i + 1 < n && isJoiner(c) && i + c.length < n) {
            var pc = s.codePointAt(i - 1);
            if (pc >= 0xDC00 && pc <= 0xDFFF && i >= 2) pc = s.codePointAt(i - 2);
            var prev = String.fromCodePoint(pc);
            var next = cpAt(s, i + c.length);
            var digits = DIGIT.test(prev) && DIGIT.test(next);
            if (isWord(next) && (c !== ',' || digits)) { i += c.length; continue; }
          }
          break;
        }
        out.push({ text: s.slice(start, i), han: false, start: start, end: i });
      } else {
        i += c.length;
      }
    }
    return out;
  }

  // ---- query syntax -----------------------------------------------------------------------------------------

  // Java's Character.isWhitespace: Unicode spaces except the no-break ones, and the ASCII controls.
  var JAVA_SPACE = /[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/;
  var QUOTES = '"\u201C\u201D\u201E\u00AB\u00BB';

  function QueryError(kind, message, args) { this.kind = kind; this.message = message; this.args = args || []; }

  function parse(query, limits) {
    if (!query || !query.trim()) throw new QueryError('empty', 'empty query');
    if (query.length > limits.maxLength) throw new QueryError('long', 'query too long', [query.length, limits.maxLength]);
    var clauses = [], words = 0, i = 0, n = query.length, openedAt = -1, freeStart = 0;
    function shift(tokens, by) {
      return tokens.map(function (t) { return { text: t.text, han: t.han, start: t.start + by, end: t.end + by }; });
    }
    function addFree(from, to, lastIsOpen) {
      var part = query.slice(from, to), tokens = shift(tokenize(part), from);
      for (var k = part.indexOf('*'); k >= 0; k = part.indexOf('*', k + 1)) {
        var at = from + k, before = null;
        tokens.forEach(function (t) { if (t.end === at) before = t; });
        if (!before || (!before.han && Array.from(before.text).length < 2)) throw new QueryError('star', "'*'", [at + 1]);
      }
      tokens.forEach(function (t, k) {
        var star = t.end < query.length && query.charAt(t.end) === '*';
        var typing = lastIsOpen && k === tokens.length - 1 && t.end === query.length;
        clauses.push({ word: t, prefix: star || typing });
      });
      return tokens.length;
    }
    for (;;) {
      if (i === n) {
        if (openedAt >= 0) throw new QueryError('quote', 'unclosed quote', [openedAt + 1]);
        words += addFree(freeStart, n, !JAVA_SPACE.test(query.charAt(n - 1)));
        break;
      }
      if (QUOTES.indexOf(query.charAt(i)) >= 0) {
        if (openedAt < 0) {
          words += addFree(freeStart, i, false);
          openedAt = i;
        } else {
          var tokens = shift(tokenize(query.slice(openedAt + 1, i)), openedAt + 1);
          if (tokens.length) { clauses.push({ phrase: tokens }); words += tokens.length; }
          openedAt = -1;
          freeStart = i + 1;
        }
      }
      i++;
    }
    if (words > limits.maxWords) throw new QueryError('words', 'too many words', [words, limits.maxWords]);
    if (!clauses.length) throw new QueryError('nothing', 'nothing to search for');
    return clauses;
  }

  // ---- binary files -----------------------------------------------------------------------------------------

  var UTF8 = new TextDecoder('utf-8');

  function Reader(bytes) { this.b = bytes; this.p = 0; }
  Reader.prototype.varint = function () {
    var v = 0, shift = 0, x;
    do { x = this.b[this.p++]; v += (x & 0x7F) * Math.pow(2, shift); shift += 7; } while (x & 0x80);
    return v;
  };
  Reader.prototype.u8 = function () { return this.b[this.p++]; };
  Reader.prototype.string = function () {
    var len = this.varint(), s = UTF8.decode(this.b.subarray(this.p, this.p + len));
    this.p += len;
    return s;
  };

  function gunzip(buf) {
    var bytes = new Uint8Array(buf);
    if (bytes[0] !== 0x1F || bytes[1] !== 0x8B) return Promise.resolve(bytes); // already decoded on the way
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  // ---- Lucene BM25, in floats as Lucene computes it -----------------------------------------------------------

  var LENGTH_TABLE = (function () {
    var t = [];
    for (var b = 0; b < 256; b++) {
      if (b < 24) { t.push(b); continue; }
      var i = b - 24, bits = i & 7, shift = (i >>> 3) - 1;
      t.push(24 + (shift === -1 ? bits : (bits | 8) * Math.pow(2, shift)));
    }
    return t;
  })();

  function idf(df, n) { return F(Math.log(1 + (n - df + 0.5) / (df + 0.5))); }

  // ---- the engine -------------------------------------------------------------------------------------------

  function Engine(base) {
    this.base = base;
    this.files = {};
    this.manifest = null;
  }

  Engine.prototype.fetchBytes = function (name) {
    var self = this;
    if (!this.files[name]) {
      this.files[name] = fetch(this.base + name).then(function (r) {
        if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(gunzip);
      this.files[name].catch(function () { delete self.files[name]; });
    }
    return this.files[name];
  };

  Engine.prototype.fetchJson = function (name) {
    return this.fetchBytes(name).then(function (b) { return JSON.parse(UTF8.decode(b)); });
  };

  Engine.prototype.open = function () {
    var self = this;
    if (!this.opening) {
      this.opening = fetch(this.base + 'manifest.json', { cache: 'no-cache' }).then(function (r) {
        if (!r.ok) throw new Error('manifest.json: HTTP ' + r.status);
        return r.json();
      }).then(function (m) {
        self.manifest = m;
        self.c = m.constants;
        self.n = m.languages.length;
        self.langs = {};
        self.dflt = m['default'];
        return Promise.all([self.fetchJson(m.facets), self.fetchJson(m.stop)]);
      }).then(function (fs) {
        self.runs = fs[0].runs;
        self.stop = {};
        self.anyStop = new Set();
        Object.keys(fs[1]).forEach(function (l) {
          self.stop[l] = new Set(fs[1][l]);
          fs[1][l].forEach(function (w) { self.anyStop.add(w); });
        });
        return self;
      });
    }
    return this.opening;
  };

  /** A language's index header and loaded shards, fetched on first use. */
  Engine.prototype.language = function (code) {
    var self = this;
    if (!this.langs[code]) {
      this.langs[code] = this.fetchJson(this.manifest.lang[code]).then(function (h) {
        var dir = self.manifest.lang[code].replace(/[^/]*$/, '');
        return { code: code, index: self.manifest.languages.indexOf(code), h: h, dir: dir, shards: [], pos: [],
          cache: {}, t2s: null, segments: /^zh\b/.test(code), clitics: (self.manifest.clitics || {})[code] || [] };
      });
    }
    return this.langs[code];
  };

  function shardIndex(L, key) {
    var s = L.h.shards, lo = 0, hi = s.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (s[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function parseShard(bytes) {
    var r = new Reader(bytes), forms = [], terms = [], weights = [], prev = '';
    var nf = r.varint();
    for (var i = 0; i < nf; i++) {
      var shared = r.varint(), form = prev.slice(0, shared) + r.string(), code = r.varint();
      terms.push(code === 0 ? null : form.slice(0, code - 1) + r.string());
      weights.push(r.varint());
      forms.push(form);
      prev = form;
    }
    var nt = r.varint(), postings = new Map(), order = [];
    prev = '';
    for (i = 0; i < nt; i++) {
      var sh = r.varint(), term = prev.slice(0, sh) + r.string();
      var entry = { title: readPostings(r), body: readPostings(r), forms: [] };
      for (var nf2 = r.varint(), k = 0; k < nf2; k++) { var fsh = r.varint(); entry.forms.push(term.slice(0, fsh) + r.string()); }
      postings.set(term, entry);
      order.push(term);
      prev = term;
    }
    return { forms: forms, terms: terms, weights: weights, postings: postings, order: order };
  }

  function readPostings(r) {
    var n = r.varint(), docs = new Array(n), freqs = new Array(n), norms = new Array(n), d = 0;
    for (var i = 0; i < n; i++) { d += r.varint(); docs[i] = d; freqs[i] = r.varint(); norms[i] = r.u8(); }
    return { docs: docs, freqs: freqs, norms: norms };
  }

  function parsePositions(shard, bytes) {
    var r = new Reader(bytes);
    shard.order.forEach(function (term) {
      var p = shard.postings.get(term);
      ['title', 'body'].forEach(function (f) {
        var list = p[f];
        list.positions = list.docs.map(function (_, k) {
          var out = [], last = 0;
          for (var j = 0; j < list.freqs[k]; j++) { last += r.varint(); out.push(last); }
          return out;
        });
      });
    });
  }

  /**
   * Runs fn synchronously against what is loaded; fn reports missing shards through need(); they are fetched
   * and fn runs again, until it had everything. Returns fn's last result.
   */
  Engine.prototype.withData = function (fn) {
    var self = this;
    function attempt() {
      var missing = [];
      var result = fn(function (L, kind, i) { missing.push([L, kind, i]); });
      if (!missing.length) return result;
      return Promise.all(missing.map(function (m) { return self.load(m[0], m[1], m[2]); })).then(attempt);
    }
    return Promise.resolve().then(attempt);
  };

  Engine.prototype.load = function (L, kind, i) {
    if (kind === 'shard') {
      return this.fetchBytes(L.h.files[i]).then(function (b) {
        if (!L.shards[i]) L.shards[i] = parseShard(b);
      });
    }
    if (kind === 'pos') {
      return this.fetchBytes(L.h.pos[i]).then(function (b) {
        if (!L.pos[i]) { parsePositions(L.shards[i], b); L.pos[i] = true; }
      });
    }
    return this.fetchBytes(L.h.t2s).then(function (b) {
      var s = Array.from(UTF8.decode(b)), m = new Map();
      for (var k = 0; k + 1 < s.length; k += 2) m.set(s[k], s[k + 1]);
      L.t2s = m;
    });
  };

  /** Lexicon access that records missing shards: find → {term} | null (unknown) | undefined (not loaded). */
  function Lex(L, need, minRest) { this.L = L; this.need = need; this.missing = false; this.minRest = minRest; }
  Lex.prototype.shard = function (i) {
    var s = this.L.shards[i];
    if (!s) { this.need(this.L, 'shard', i); this.missing = true; }
    return s;
  };
  Lex.prototype.find = function (form) {
    var s = this.shard(shardIndex(this.L, form));
    if (!s) return null;
    var lo = 0, hi = s.forms.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, f = s.forms[mid];
      if (f === form) return { term: s.terms[mid], weight: s.weights[mid] };
      if (f < form) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  };
  /**
   * The form to look up for a folded query word: the word itself when the lexicon knows it (or its shard is still
   * to come), else its first variant without a clitic that the lexicon knows (Clitics.variants), else the word.
   */
  Lex.prototype.resolve = function (form) {
    var rules = this.L.clitics;
    if (!rules.length || this.find(form) || !this.L.shards[shardIndex(this.L, form)]) return form;
    var vs = cliticVariants(rules, form, this.minRest);
    for (var i = 0; i < vs.length; i++) if (this.find(vs[i])) return vs[i];
    return form;
  };
  /** Clitics.variants: [kind, affix, replacement] rules on a folded word, in order, without duplicates. */
  function cliticVariants(rules, f, minRest) {
    var out = [];
    rules.forEach(function (r) {
      var a = r[1], v = null;
      if (f.length - a.length < minRest) return;
      if (r[0] === 'p' && f.startsWith(a)) v = r[2] + f.slice(a.length);
      else if (r[0] === 's' && f.endsWith(a)) v = f.slice(0, f.length - a.length) + r[2];
      if (v !== null && v !== f && out.indexOf(v) < 0) out.push(v);
    });
    return out;
  }
  /** Every entry whose form starts with prefix: [{form, term, weight}], in form order. */
  Lex.prototype.range = function (prefix) {
    var out = [], a = shardIndex(this.L, prefix), b = shardIndex(this.L, prefix + '\uffff');
    for (var i = a; i <= b; i++) {
      var s = this.shard(i);
      if (!s) continue;
      for (var k = 0; k < s.forms.length; k++) {
        var f = s.forms[k];
        if (f.startsWith(prefix)) out.push({ form: f, term: s.terms[k], weight: s.weights[k] });
      }
    }
    return out;
  };
  Lex.prototype.postings = function (term) {
    var s = this.shard(shardIndex(this.L, term));
    return s ? s.postings.get(term) || null : undefined;
  };

  function segment(run, lex, maxWord) {
    var cps = Array.from(run), n = cps.length, cost = [0], back = [0];
    for (var i = 1; i <= n; i++) {
      cost[i] = Infinity;
      back[i] = 0;
      for (var len = 1; len <= Math.min(maxWord, i); len++) {
        var j = i - len;
        if (len > 1 && !lex.find(cps.slice(j, i).join(''))) continue;
        var c = cost[j] + (len === 1 ? 2 : 1);
        if (c < cost[i] || (c === cost[i] && len > back[i])) { cost[i] = c; back[i] = len; }
      }
    }
    var words = [];
    for (i = n; i > 0; i -= back[i]) words.unshift(cps.slice(i - back[i], i).join(''));
    return words;
  }

  function osa(a, b, max) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > max) return max + 1;
    var d = [];
    for (var i = 0; i <= n; i++) { d.push(new Array(m + 1)); d[i][0] = i; }
    for (var j = 0; j <= m; j++) d[0][j] = j;
    for (i = 1; i <= n; i++) {
      var rowMin = Infinity;
      for (j = 1; j <= m; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) return max + 1;
    }
    return Math.min(d[n][m], max + 1);
  }

  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  Engine.prototype.expansions = function (lex, prefix, exact) {
    var entries = lex.range(prefix).filter(function (e) { return e.term !== null && e.form !== prefix; });
    entries.sort(function (x, y) { return y.weight - x.weight || cmp(x.form, y.form); });
    var out = [];
    for (var k = 0; k < entries.length && out.length < this.c.maxExpansions; k++) {
      var t = entries[k].term;
      if (t === exact || out.indexOf(t) >= 0) continue;
      out.push(t);
    }
    return out;
  };

  Engine.prototype.corrections = function (lex, word) {
    var max = word.length >= 6 ? 2 : word.length >= 3 ? 1 : 0;
    if (max === 0 || word.length < this.c.fuzzyPrefix) return [];
    var found = [];
    lex.range(word.slice(0, this.c.fuzzyPrefix)).forEach(function (e) {
      if (e.term === null) return;
      var d = osa(word, e.form, max);
      if (d >= 1 && d <= max) found.push({ form: e.form, term: e.term, distance: d, weight: e.weight });
    });
    found.sort(function (x, y) { return x.distance - y.distance || y.weight - x.weight || cmp(x.form, y.form); });
    var out = [], terms = [];
    for (var k = 0; k < found.length && out.length < this.c.maxCorrections; k++) {
      if (terms.indexOf(found[k].term) >= 0) continue;
      terms.push(found[k].term);
      out.push(found[k]);
    }
    return out;
  };

  /** Folded units of tokens, Chinese runs segmented; positions count every unit. */
  Engine.prototype.units = function (tokens, prefixLast, L, lex) {
    var out = [], pos = 0, self = this;
    tokens.forEach(function (t, k) {
      var last = k === tokens.length - 1;
      if (t.han) {
        var run = fold(t.text);
        if (L.segments) {
          if (!L.t2s) { lex.need(L, 't2s'); lex.missing = true; } else run = Array.from(run).map(function (ch) { return L.t2s.get(ch) || ch; }).join('');
        }
        var segs = segment(run, lex, self.c.maxWord);
        segs.forEach(function (s, i) { out.push({ text: s, han: true, prefix: prefixLast && last && i === segs.length - 1, position: pos++ }); });
      } else {
        out.push({ text: lex.resolve(fold(t.text)), han: false, prefix: prefixLast && last, position: pos++ });
      }
    });
    return out;
  };

  /** The plan of QueryPlanner.plan, for the languages in Ls (loaded headers); prefer: the preferred language. */
  Engine.prototype.plan = function (clauses, Ls, need, prefer, fuzzyAll, relaxed) {
    var self = this, c = this.c, lexes = Ls.map(function (L) { return new Lex(L, need, c.cliticMinRest); });
    var common = this.stop[prefer] || new Set(), dropped = [], onlyCommon = true;
    clauses.forEach(function (cl) {
      (cl.word ? [cl.word] : cl.phrase).forEach(function (t) {
        var f = fold(t.text);
        if (!t.han && common.has(f)) { if (dropped.indexOf(f) < 0) dropped.push(f); } else onlyCommon = false;
      });
    });
    var words = clauses.filter(function (cl) { return cl.word; });
    var fuzzy = words.map(function (w) {
      if (w.word.han) return false;
      var f = fold(w.word.text);
      if (self.anyStop.has(f)) return false; // a word, not a typo
      var known = lexes.some(function (lex) {
        return lex.find(lex.resolve(f)) || (w.prefix && f.length >= c.minPrefix && self.expansions(lex, f, null).length > 0);
      });
      return fuzzyAll || !known;
    });
    var byLanguage = [], corrections = {}, best = {};
    var nearestCache = {};
    function nearest(word) {
      if (!(word in nearestCache)) {
        var b = Infinity;
        lexes.forEach(function (lex) { self.corrections(lex, word).forEach(function (x) { b = Math.min(b, x.distance); }); });
        nearestCache[word] = b;
      }
      return nearestCache[word];
    }
    Ls.forEach(function (L, li) {
      var lex = lexes[li], out = [], possible = true, wordIndex = 0;
      clauses.forEach(function (cl) {
        if (cl.word) {
          var fz = fuzzy[wordIndex++];
          self.units([cl.word], cl.prefix, L, lex).forEach(function (u) {
            if (!u.han && common.has(u.text)) return; // too common
            var e = lex.find(u.text), exact = e ? e.term : null;
            if (e && exact === null) return; // stop word
            var alts = [];
            function add(t, boost) { if (!alts.some(function (a) { return a.term === t; })) alts.push({ term: t, boost: boost }); }
            if (exact !== null) alts.push({ term: exact, boost: 1 });
            if (u.prefix && u.text.length >= (u.han ? 1 : c.minPrefix)) {
              self.expansions(lex, u.text, exact).forEach(function (t) { add(t, F(c.prefixBoost)); });
            }
            if (fz && !u.han) {
              var near = nearest(u.text);
              self.corrections(lex, u.text).forEach(function (cr) {
                if (cr.distance !== near) return;
                add(cr.term, F(c.fuzzyBoost[cr.distance]));
                var b = best[u.text];
                if (!b || cr.distance < b[0] || (cr.distance === b[0] && cr.weight > b[1])
                    || (cr.distance === b[0] && cr.weight === b[1] && cr.form < corrections[u.text])) {
                  best[u.text] = [cr.distance, cr.weight];
                  corrections[u.text] = cr.form;
                }
              });
            }
            if (!alts.length) possible = false; else out.push({ alts: alts });
          });
        } else {
          var terms = [], positions = [], ok = true;
          self.units(cl.phrase, false, L, lex).forEach(function (u) {
            if (!u.han && common.has(u.text)) return; // too common: a gap, as a stop word
            var e = lex.find(u.text);
            if (!e) { ok = false; return; }
            if (e.term === null) return;
            terms.push(e.term);
            positions.push(u.position);
          });
          if (!ok) possible = false;
          else if (terms.length === 1) out.push({ alts: [{ term: terms[0], boost: 1 }] });
          else if (terms.length) out.push({ phrase: terms, positions: positions.map(function (p) { return p - positions[0]; }) });
        }
      });
      if ((possible || relaxed) && out.length) byLanguage.push({ L: L, clauses: out });
    });
    return { byLanguage: byLanguage, corrections: corrections, relaxed: relaxed, common: dropped, onlyCommon: onlyCommon };
  };

  Engine.prototype.normCache = function (L, field) {
    var key = 'norm_' + field;
    if (!L.cache[key]) {
      var st = L.h.fields[field], k1 = F(this.c.k1), b = F(this.c.b);
      var avgdl = F(st[1] / st[0]), cache = new Array(256);
      for (var i = 0; i < 256; i++) cache[i] = F(1 / F(k1 * F(F(1 - b) + F(F(b * LENGTH_TABLE[i]) / avgdl))));
      L.cache[key] = cache;
    }
    return L.cache[key];
  };

  function bm25(weight, freq, cache, norm) {
    return F(weight - F(weight / F(1 + F(freq * cache[norm]))));
  }

  /** Scores of one field for one term or phrase: Map doc → float. */
  Engine.prototype.fieldScores = function (L, field, boost, idfValue, docs, freqs, norms) {
    var st = L.h.fields[field], out = new Map();
    if (!st[0]) return out;
    var cache = this.normCache(L, field), w = F(boost * idfValue);
    for (var i = 0; i < docs.length; i++) out.set(docs[i], bm25(w, freqs[i], cache, norms[i]));
    return out;
  };

  function sumMaps(a, b) {
    var out = new Map(a);
    b.forEach(function (v, d) { out.set(d, out.has(d) ? F(out.get(d) + v) : v); });
    return out;
  }

  Engine.prototype.termScores = function (L, lex, term, boost) {
    var p = lex.postings(term);
    if (!p) return new Map();
    var tb = F(boost * F(this.c.titleBoost)), self = this;
    var t = this.fieldScores(L, 'title', tb, idf(p.title.docs.length, L.h.fields.title[0]), p.title.docs, p.title.freqs, p.title.norms);
    var b = self.fieldScores(L, 'body', boost, idf(p.body.docs.length, L.h.fields.body[0]), p.body.docs, p.body.freqs, p.body.norms);
    return sumMaps(t, b);
  };

  Engine.prototype.phraseScores = function (L, lex, phrase, positions) {
    var self = this, result = new Map();
    ['title', 'body'].forEach(function (field) {
      var lists = phrase.map(function (t) { var p = lex.postings(t); return p ? p[field] : null; });
      if (lists.some(function (l) { return !l || !l.docs.length; })) return;
      var n = L.h.fields[field][0], idfSum = 0;
      lists.forEach(function (l) { idfSum += idf(l.docs.length, n); });
      var docs = [], freqs = [], norms = [];
      var index = lists.map(function (l) { var m = new Map(); l.docs.forEach(function (d, k) { m.set(d, k); }); return m; });
      lists[0].docs.forEach(function (d, k0) {
        if (!index.every(function (m) { return m.has(d); })) return;
        var sets = lists.map(function (l, i) { return new Set(l.positions[index[i].get(d)]); });
        var count = 0;
        lists[0].positions[k0].forEach(function (p0) {
          var start = p0 - positions[0];
          if (sets.every(function (s, i) { return s.has(start + positions[i]); })) count++;
        });
        if (count) { docs.push(d); freqs.push(count); norms.push(lists[0].norms[k0]); }
      });
      var boost = field === 'title' ? F(self.c.titleBoost) : 1;
      result = sumMaps(result, self.fieldScores(L, field, boost, F(idfSum), docs, freqs, norms));
    });
    return result;
  };

  /** Every matching document with its score, as Lucene's DisjunctionMax of per-language Boolean queries. */
  Engine.prototype.hits = function (plan, need) {
    var self = this, hits = [];
    plan.byLanguage.forEach(function (entry) {
      var L = entry.L, lex = new Lex(L, need);
      // Load postings (and positions for phrases) first.
      var wait = false;
      entry.clauses.forEach(function (cl) {
        var terms = cl.alts ? cl.alts.map(function (a) { return a.term; }) : cl.phrase;
        terms.forEach(function (t) {
          var i = shardIndex(L, t);
          if (lex.shard(i) && cl.phrase && !L.pos[i]) { need(L, 'pos', i); wait = true; }
        });
      });
      if (lex.missing || wait) return;
      var maps = entry.clauses.map(function (cl) {
        if (cl.phrase) return self.phraseScores(L, lex, cl.phrase, cl.positions);
        var best = new Map();
        cl.alts.forEach(function (a) {
          self.termScores(L, lex, a.term, a.boost).forEach(function (s, d) {
            if (!best.has(d) || s > best.get(d)) best.set(d, s);
          });
        });
        return best;
      });
      var scores;
      if (plan.relaxed) {
        scores = new Map();
        maps.forEach(function (m) { m.forEach(function (s, d) { scores.set(d, (scores.get(d) || 0) + s); }); });
      } else {
        scores = new Map();
        maps[0].forEach(function (s, d) {
          var sum = 0;
          for (var k = 0; k < maps.length; k++) {
            if (!maps[k].has(d)) return;
            sum += maps[k].get(d);
          }
          scores.set(d, sum);
        });
      }
      scores.forEach(function (s, d) {
        hits.push({ doc: d, entity: Math.floor(d / self.n), lang: self.manifest.languages[d % self.n], score: F(s) });
      });
    });
    return hits;
  };

  Engine.prototype.entity = function (e) {
    var r = this.runs, lo = 0, hi = r.length / 4 - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (r[mid * 4] <= e) lo = mid; else hi = mid - 1;
    }
    return { type: this.manifest.types[r[lo * 4 + 1]], year: r[lo * 4 + 2] || null, regions: r[lo * 4 + 3] };
  };

  Engine.prototype.filtered = function (hits, req, except) {
    var self = this, bit = req.region ? 1 << this.manifest.regions.indexOf(req.region) : 0;
    return hits.filter(function (h) {
      var e = self.entity(h.entity);
      if (req.lang && except !== 'lang' && h.lang !== req.lang) return false;
      if (req.type && except !== 'type' && e.type !== req.type) return false;
      if (req.year && except !== 'year' && e.year !== Number(req.year)) return false;
      if (req.region && except !== 'region' && !(e.regions & bit)) return false;
      return true;
    });
  };

  /** As SearchIndex.arrange: best first; collapsed, one page per entity, the preferred language's if it matched. */
  function arrange(hits, collapse, prefer) {
    function order(a, b) { return b.score - a.score || a.doc - b.doc; }
    var sorted = hits.slice().sort(order);
    if (!collapse) return sorted;
    var chosen = new Map();
    sorted.forEach(function (h) {
      var had = chosen.get(h.entity);
      if (!had || (h.lang === prefer && had.lang !== prefer)) chosen.set(h.entity, h);
    });
    return Array.from(chosen.values()).sort(order);
  }

  Engine.prototype.facets = function (hits, req, collapse, prefer) {
    var self = this, m = this.manifest, f = {};
    function count(name, values, keyOf) {
      var counts = {};
      values.forEach(function (v) { counts[v] = 0; });
      var list = name === 'lang' ? self.filtered(hits, req, 'lang') : arrange(self.filtered(hits, req, name), collapse, prefer);
      list.forEach(function (h) { keyOf(h).forEach(function (k) { counts[k] = (counts[k] || 0) + 1; }); });
      var out = [];
      Object.keys(counts).forEach(function (k) { if (counts[k]) out.push([k, counts[k]]); });
      if (name === 'year') out.sort(function (a, b) { return Number(b[0]) - Number(a[0]); });
      else out.sort(function (a, b) { return values.indexOf(a[0]) - values.indexOf(b[0]); });
      return out;
    }
    f.type = count('type', m.types, function (h) { return [self.entity(h.entity).type]; });
    f.year = count('year', [], function (h) { var y = self.entity(h.entity).year; return y ? [String(y)] : []; });
    f.region = count('region', m.regions, function (h) {
      var mask = self.entity(h.entity).regions;
      return m.regions.filter(function (_, i) { return mask & (1 << i); });
    });
    f.lang = count('lang', m.languages, function (h) { return [h.lang]; });
    return f;
  };

  /**
   * A search: req = {query, lang, type, year, region, prefer} (prefer: the reader's language when lang is not
   * given; default: the site's). Resolves to {results: [{doc, entity, lang, score}], facets (arrays of [value,
   * count]), corrections, suggestion, relaxed, tooCommon, totalWithoutFilters, plan}; rejects with a QueryError for
   * a query that cannot be searched.
   */
  Engine.prototype.search = function (req) {
    var self = this;
    return this.open().then(function () {
      var clauses = parse(req.query, self.c);
      var codes = req.lang ? [req.lang] : self.manifest.languages;
      var prefer = req.lang || req.prefer || self.dflt;
      var collapse = !req.lang;
      return Promise.all(codes.map(function (l) { return self.language(l); })).then(function (Ls) {
        function pass(fuzzyAll, relaxed) {
          return self.withData(function (need) {
            var plan = self.plan(clauses, Ls, need, prefer, fuzzyAll, relaxed);
            return { plan: plan, hits: plan.onlyCommon && plan.common.length ? [] : self.hits(plan, need) };
          });
        }
        // As SearchIndex.search: corrections, then any word, only while nothing matches at all (a Chinese run
        // is one clause but may be segmented into several words).
        var anyWord = clauses.length > 1 || clauses.some(function (cl) { return cl.word && cl.word.han; });
        return pass(false, false).then(function (r) {
          if (r.hits.length || (r.plan.onlyCommon && r.plan.common.length)) return r;
          return pass(true, false).then(function (r2) {
            if (r2.hits.length || !anyWord) return r2;
            return pass(true, true).then(function (r3) { return r3.hits.length ? r3 : r2; });
          });
        }).then(function (r) {
          var tooCommon = r.plan.onlyCommon && r.plan.common.length ? r.plan.common : [];
          var shown = arrange(self.filtered(r.hits, req), collapse, prefer);
          var filters = req.type || req.year || req.region;
          var corr = r.plan.corrections, hasCorr = Object.keys(corr).length > 0;
          return {
            results: shown, facets: self.facets(r.hits, req, collapse, prefer), plan: r.plan,
            corrections: r.hits.length ? corr : {},
            suggestion: !r.hits.length && hasCorr && !tooCommon.length ? corrected(req.query, clauses, corr) : null,
            relaxed: r.plan.relaxed && shown.length > 0,
            tooCommon: tooCommon,
            totalWithoutFilters: filters ? arrange(r.hits, collapse, prefer).length : shown.length
          };
        });
      });
    });
  };

  function corrected(query, clauses, corr) {
    var tokens = [];
    clauses.forEach(function (c) { if (c.word) tokens.push(c.word); else tokens = tokens.concat(c.phrase); });
    tokens.sort(function (a, b) { return b.start - a.start; });
    tokens.forEach(function (t) {
      var fix = corr[fold(t.text)];
      if (fix) query = query.slice(0, t.start) + fix + query.slice(t.end);
    });
    return query;
  }

  /** A result's page: {id, url, title, meta, text}, from the bundle of c.bundle neighbouring pages it is in. */
  Engine.prototype.page = function (hit) {
    var self = this;
    return this.language(hit.lang).then(function (L) {
      var g = Math.floor(hit.entity / self.c.group), b = Math.floor(hit.entity / self.c.bundle);
      return self.fetchJson(L.dir + 'd/' + L.h.docs[g] + '/' + b + '.bin').then(function (pages) {
        var page = pages[String(hit.entity)];
        if (!page) throw new Error('no page for entity ' + hit.entity + ' in ' + hit.lang);
        return page;
      });
    });
  };

  /** The snippet of a page for a plan: [{text, mark}] pieces around the best cluster of matches. */
  Engine.prototype.snippet = function (text, hit, plan) {
    var entry = plan.byLanguage.filter(function (e) { return e.L.code === hit.lang; })[0];
    var flat = text.replace(/\n/g, ' '), width = entry && entry.L.segments ? 90 : 180, hits = [];
    if (entry) {
      // As Snippets.of: a word is marked when the lexicon maps its folded form to a term of the query (the term's
      // forms come with its postings, already loaded); a Chinese run where a Chinese term of the query occurs in it.
      var L = entry.L, terms = new Set(), forms = new Map(), lex = new Lex(L, function () {});
      entry.clauses.forEach(function (c) { (c.alts ? c.alts.map(function (a) { return a.term; }) : c.phrase).forEach(function (t) { terms.add(t); }); });
      terms.forEach(function (t) {
        var p = lex.postings(t);
        if (p) p.forms.forEach(function (f) { forms.set(f, t); });
      });
      tokenize(flat).forEach(function (t) {
        if (t.han) {
          var run = Array.from(t.text).map(function (ch) { return L.t2s && L.t2s.get(ch) || ch; }).join('');
          terms.forEach(function (term) {
            if (!CJK.test(term)) return;
            for (var k = run.indexOf(term); k >= 0; k = run.indexOf(term, k + term.length)) {
              hits.push({ start: t.start + k, end: t.start + k + term.length, term: term });
            }
          });
          return;
        }
        var term = forms.get(fold(t.text));
        if (term !== undefined) hits.push({ start: t.start, end: t.end, term: term });
      });
      hits.sort(function (a, b) { return a.start - b.start; });
    }
    var from = 0;
    if (hits.length) {
      var bestScore = -1, bestStart = 0;
      hits.forEach(function (h, i) {
        var distinct = new Set(), count = 0;
        for (var j = i; j < hits.length && hits[j].end <= h.start + width; j++) { distinct.add(hits[j].term); count++; }
        var s = distinct.size * 1000 + count;
        if (s > bestScore) { bestScore = s; bestStart = h.start; }
      });
      from = Math.max(0, bestStart - Math.floor(width / 5));
    }
    var to = Math.min(flat.length, from + width);
    if (from > 0) from = boundary(flat, from, true);
    if (to < flat.length) to = boundary(flat, to, false);
    var pieces = [];
    if (from > 0) pieces.push({ text: '\u2026 ' });
    var at = from;
    hits.forEach(function (h) {
      if (h.start < at || h.end > to) return;
      var last = pieces[pieces.length - 1];
      if (last && last.mark && h.start === at) { // adjacent matches (a Chinese word in single characters): one mark
        last.text += flat.slice(h.start, h.end);
      } else {
        pieces.push({ text: flat.slice(at, h.start) }, { text: flat.slice(h.start, h.end), mark: true });
      }
      at = h.end;
    });
    pieces.push({ text: flat.slice(at, to) });
    if (to < flat.length) pieces.push({ text: ' \u2026' });
    return pieces;
  };

  function boundary(s, at, forward) {
    for (var k = 0; k < 20; k++) {
      var i = forward ? at + k : at - k;
      if (i <= 0 || i >= s.length) break;
      if (/\s/.test(s.charAt(i))) return forward ? i + 1 : i;
    }
    return at;
  }

  window.PlenarySearch = { Engine: Engine, fold: fold, tokenize: tokenize, parse: parse, QueryError: QueryError };

  // ---- the search page --------------------------------------------------------------------------------------

  var app = document.getElementById('search-app');
  if (!app) return;
  var strings = JSON.parse(document.getElementById('search-strings').textContent);
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var facetsBox = document.getElementById('search-facets');
  var more = document.getElementById('search-more');
  var pageLang = app.getAttribute('data-lang');
  var root = app.getAttribute('data-root');
  var PAGE = 10;

  document.querySelectorAll('[data-search-nojs]').forEach(function (el) { el.hidden = true; });
  if (location.protocol === 'file:') {
    status.textContent = strings.file;
    app.hidden = false;
    return;
  }
  app.hidden = false;
  var engine = new Engine(app.getAttribute('data-index'));
  var state = readState();
  var shown = PAGE, last = null, timer = 0, generation = 0;

  function readState() {
    var p = new URLSearchParams(location.search);
    return { q: p.get('q') || '', lang: p.has('lang') ? (p.get('lang') === 'all' ? '' : p.get('lang')) : null,
      type: p.get('type') || '', year: p.get('year') || '', region: p.get('region') || '' };
  }

  function writeState() {
    var p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.lang !== null) p.set('lang', state.lang || 'all');
    ['type', 'year', 'region'].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var qs = p.toString();
    history.replaceState(null, '', qs ? '?' + qs : location.pathname);
  }

  function fmt(s, args) {
    return s.replace(/\{(\d+)\}/g, function (_, i) { return args[i]; });
  }

  function number(n) {
    var d = strings.digits || '0123456789';
    return String(n).replace(/[0-9]/g, function (c) { return d.charAt(Number(c)); });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function run() {
    var my = ++generation;
    var q = state.q;
    if (!q.trim()) {
      list.textContent = '';
      facetsBox.textContent = '';
      status.textContent = '';
      more.hidden = true;
      return;
    }
    app.setAttribute('aria-busy', 'true');
    var lang = state.lang === null ? pageLang : state.lang;
    var req = { query: q, lang: lang || null, type: state.type || null, year: state.year || null, region: state.region || null,
      prefer: pageLang };
    engine.search(req).then(function (r) {
      if (my !== generation) return null;
      if (!r.results.length && !r.totalWithoutFilters && !r.tooCommon.length && state.lang === null && lang) {
        // Nothing in the page's language: look in every language before saying "nothing".
        return engine.search({ query: q, lang: null, type: req.type, year: req.year, region: req.region, prefer: pageLang }).then(function (all) {
          if (all.results.length) all.widened = true;
          return all.results.length ? all : r;
        });
      }
      return r;
    }).then(function (r) {
      if (!r || my !== generation) return;
      last = r;
      render(r);
    }, function (err) {
      if (my !== generation) return;
      app.removeAttribute('aria-busy');
      list.textContent = '';
      facetsBox.textContent = '';
      more.hidden = true;
      if (err instanceof QueryError) {
        status.textContent = fmt(strings['invalid.' + err.kind] || err.message, err.args);
      } else {
        status.textContent = fmt(strings.error, [err.message || String(err)]);
      }
    });
  }

  function render(r) {
    app.removeAttribute('aria-busy');
    var total = r.results.length;
    var lines = [];
    if (r.widened) lines.push(fmt(strings.widened, [strings.languages[pageLang] || pageLang]));
    if (Object.keys(r.corrections).length && total) {
      lines.push(fmt(strings.corrected, [correctedText(r)]));
    }
    if (r.relaxed) lines.push(strings.relaxed);
    status.textContent = '';
    lines.forEach(function (l) { status.appendChild(el('span', { class: 'search-note' }, l)); status.appendChild(document.createTextNode(' ')); });
    if (!total && r.tooCommon.length) {
      status.appendChild(el('span', { class: 'search-none' }, fmt(strings.tooCommon, [r.tooCommon.join(', ')])));
    } else if (!total && r.totalWithoutFilters) {
      status.appendChild(el('span', { class: 'search-none' }, fmt(strings.filteredOut, [state.q, number(r.totalWithoutFilters)])));
    } else if (!total) {
      var none = el('span', { class: 'search-none' }, fmt(strings.none, [state.q]));
      status.appendChild(none);
      if (r.suggestion) {
        status.appendChild(document.createTextNode(' '));
        var s = el('span', {}, '');
        var parts = strings.didYouMean.split('{0}');
        s.appendChild(document.createTextNode(parts[0]));
        var a = el('a', { href: '?q=' + encodeURIComponent(r.suggestion), 'data-suggestion': r.suggestion }, r.suggestion);
        a.addEventListener('click', function (ev) { ev.preventDefault(); input.value = r.suggestion; state.q = r.suggestion; writeState(); run(); });
        s.appendChild(a);
        s.appendChild(document.createTextNode(parts[1] || ''));
        status.appendChild(s);
      }
      status.appendChild(el('span', { class: 'search-tips' }, ' ' + strings.tips));
    } else {
      status.appendChild(el('span', { class: 'search-count' }, fmt(total === 1 ? strings.countOne : strings.count, [number(total)])));
    }
    renderFacets(r);
    list.textContent = '';
    showMore(r, 0, Math.min(shown, total));
  }

  function correctedText(r) {
    var q = state.q;
    Object.keys(r.corrections).forEach(function (k) { q = q.split(k).join(r.corrections[k]); });
    return r.suggestion || correctedQuery(r) || q;
  }

  function correctedQuery(r) {
    try { return corrected(state.q, parse(state.q, engine.c), r.corrections); } catch (e) { return null; }
  }

  function showMore(r, from, to) {
    var gen = generation;
    var slice = r.results.slice(from, to);
    var items = slice.map(function (h, k) {
      var li = el('li', { 'data-id': '', 'data-lang': h.lang, 'data-rank': String(from + k + 1) });
      list.appendChild(li);
      return li;
    });
    Promise.all(slice.map(function (h) { return engine.page(h); })).then(function (pages) {
      if (gen !== generation) return;
      pages.forEach(function (p, k) { fillResult(items[k], p, slice[k], r); });
      more.hidden = to >= r.results.length;
    });
  }

  function fillResult(li, p, h, r) {
    var e = engine.entity(h.entity);
    li.setAttribute('data-id', p.id);
    li.setAttribute('data-type', e.type);
    li.setAttribute('data-score', String(h.score));
    li.setAttribute('lang', h.lang);
    li.setAttribute('dir', strings.rtl.indexOf(h.lang) >= 0 ? 'rtl' : 'ltr');
    var h3 = el('h3', {});
    var a = el('a', { href: root + p.url.replace(/^\//, '') }, p.title);
    h3.appendChild(a);
    li.appendChild(h3);
    var meta = el('p', { class: 'search-meta small muted' });
    meta.appendChild(el('span', { class: 'badge' }, strings.types[e.type] || e.type));
    if (p.meta) meta.appendChild(document.createTextNode(' ' + p.meta));
    if (h.lang !== pageLang) meta.appendChild(el('span', { class: 'search-lang' }, ' · ' + (strings.languages[h.lang] || h.lang)));
    li.appendChild(meta);
    var snip = el('p', { class: 'search-snippet' });
    engine.snippet(p.text, h, r.plan).forEach(function (piece) {
      snip.appendChild(piece.mark ? el('mark', {}, piece.text) : document.createTextNode(piece.text));
    });
    li.appendChild(snip);
  }

  function renderFacets(r) {
    facetsBox.textContent = '';
    var names = { type: strings.types, region: strings.regions, lang: strings.languages, year: {} };
    ['lang', 'type', 'year', 'region'].forEach(function (dim) {
      var values = r.facets[dim];
      var current = dim === 'lang' ? (state.lang === null ? (r.widened ? '' : pageLang) : state.lang) : state[dim];
      if (!values.length && !current) return;
      var fs = el('fieldset', { class: 'search-facet' });
      fs.appendChild(el('legend', {}, strings.facets[dim]));
      var options = [['', strings.all, null]].concat(values.map(function (v) { return [v[0], names[dim][v[0]] || v[0], v[1]]; }));
      if (current && !values.some(function (v) { return v[0] === current; })) options.push([current, names[dim][current] || current, 0]);
      options.forEach(function (o) {
        var id = 'facet-' + dim + '-' + (o[0] || 'all');
        var label = el('label', { for: id });
        var radio = el('input', { type: 'radio', name: 'facet-' + dim, id: id, value: o[0] });
        radio.checked = (current || '') === o[0];
        radio.addEventListener('change', function () {
          if (dim === 'lang') state.lang = o[0]; else state[dim] = o[0];
          shown = PAGE;
          writeState();
          run();
        });
        label.appendChild(radio);
        label.appendChild(document.createTextNode(' ' + o[1]));
        if (o[2] !== null) label.appendChild(el('span', { class: 'search-facet-count' }, ' ' + number(o[2])));
        fs.appendChild(label);
      });
      facetsBox.appendChild(fs);
    });
  }

  input.value = state.q;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = input.value; shown = PAGE; writeState(); run(); }, 120);
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') {
      var first = list.querySelector('a');
      if (first) { ev.preventDefault(); first.focus(); }
    }
  });
  list.addEventListener('keydown', function (ev) {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(list.querySelectorAll('h3 a'));
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    ev.preventDefault();
    if (ev.key === 'ArrowDown' && i + 1 < links.length) links[i + 1].focus();
    else if (ev.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
  });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    shown = PAGE;
    writeState();
    run();
  });
  more.addEventListener('click', function () {
    if (!last) return;
    var from = shown;
    shown += PAGE;
    showMore(last, from, Math.min(shown, last.results.length));
  });
  run();
})();
