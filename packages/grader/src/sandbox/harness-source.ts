/**
 * JavaScript evaluated inside every fresh QuickJS context *before* the learner's module.
 *
 * QuickJS compiles only ~4 KB of source per millisecond, so the part parsed on every
 * submission (HARNESS_SOURCE) holds just the hot path: the case loop and a fast reader for
 * well-formed outputs. Everything else — console formatting, error descriptions, the full
 * output reader that explains what is wrong — is HARNESS_LIB_SOURCE, passed in as a string
 * and compiled (indirect eval) only the first time it is needed.
 *
 * The harness captures the intrinsics it uses before learner code runs, so tampering by
 * learner code can at worst spoil that learner's own outputs, which the host checks anyway.
 * Its records are written without anything learner code can reach: no `JSON.stringify` of an
 * object (a learner's `Object.prototype.toJSON` would rewrite it), no method looked up on a
 * prototype (`String.prototype.slice`), no property set on a fresh object (a setter on
 * `Object.prototype` would catch it) — only string concatenation of primitives read as own
 * data properties.
 * The one host function passed in is `write(text, cut)` for console output. Results are
 * not handed over by host calls (each costs a WebAssembly → JavaScript round trip): the
 * harness appends them to a private record `R` that the host reads once the run has ended,
 * also after a time-out or a memory stop, so results of finished cases survive:
 *   R.c  index of the case running (or last started)
 *   R.m  one JSON line per finished case: { i, s (shape), t (ms), o (offset in R.b) } or
 *        { i, e (error) } or { i, x (output problem) }
 *   R.b  an ArrayBuffer of float64 output values, R.n of them in use
 */
export const HARNESS_SOURCE = `(function (write, cap, LIB) {
  'use strict';
  const F64 = Float64Array, AB = ArrayBuffer, Arr = Array, isView = ArrayBuffer.isView, isArray = Array.isArray,
    gopd = Object.getOwnPropertyDescriptor, keys = Object.keys, stringify = JSON.stringify,
    parse = JSON.parse, apply = Reflect.apply, now = Date.now, Str = String,
    toSrc = Function.prototype.toString, DV = DataView, ev = eval, slice = String.prototype.slice;
  const I = { F64: F64, Arr: Arr, isView: isView, isArray: isArray, gopd: gopd, keys: keys,
    stringify: stringify, apply: apply, Str: Str, toSrc: toSrc, DV: DV, Err: Error, slice: slice };
  // Record writers: primitives only, own data properties only (see the note above).
  function own(o, k) { const d = gopd(o, k); return d && !d.get && !d.set ? d.value : undefined; }
  function q(v, max) {
    return typeof v === 'string' ? stringify(v.length > max ? apply(slice, v, [0, max]) : v) : '""';
  }
  function num(v) { return typeof v === 'number' && v === v && v !== 1 / 0 && v !== -1 / 0 ? '' + v : '-1'; }
  function nums(a) {
    let out = '';
    const n = typeof own(a, 'length') === 'number' ? own(a, 'length') : 0;
    for (let i = 0; i < n && i < 16; i++) out += (i ? ',' : '') + num(own(a, i));
    return '[' + out + ']';
  }
  function errJson(e) {
    const st = own(e, 'stack');
    return '{"name":' + q(own(e, 'name'), 100) + ',"message":' + q(own(e, 'message'), 1000) +
      (typeof st === 'string' ? ',"stack":' + q(st, 2000) : '') + '}';
  }
  let lib;
  I.cur = function () { return R.c; };
  const L = function () { return lib || (lib = ev(LIB)(I, write, cap)); };
  const log = function () { L().log(arguments); };
  globalThis.console = { log: log, info: log, warn: log, error: log, debug: log, trace: log };
  function size(s) { let n = 1; for (let i = 0; i < s.length; i++) n *= s[i]; return n; }
  // Fast reader: plain numbers in (nested) arrays or a typed array. False: let the library
  // read it and say what is wrong.
  function rd(x, d, st, vals, max) {
    if (typeof x === 'number') {
      if (st.leaf < 0) st.leaf = d;
      else if (st.leaf !== d) return false;
      if (vals.length >= max) return false;
      vals[vals.length] = x;
      return true;
    }
    if (d > 8 || (st.leaf >= 0 && d >= st.leaf)) return false;
    let n, typed = false;
    if (isView(x)) {
      if (x instanceof DV) return false;
      x = new F64(x);
      n = x.length;
      typed = true;
    } else if (isArray(x)) {
      const ld = gopd(x, 'length');
      n = ld ? ld.value : -1;
      if (typeof n !== 'number' || n > max) return false;
    } else return false;
    const s = st.s;
    if (d === s.length) s[d] = n;
    else if (d > s.length || s[d] !== n) return false;
    for (let i = 0; i < n; i++) {
      let e;
      if (typed) e = x[i];
      else {
        const p = gopd(x, i);
        if (!p || p.get || p.set) return false;
        e = p.value;
      }
      if (!rd(e, d + 1, st, vals, max)) return false;
    }
    return true;
  }
  const R = { c: -1, m: '', b: new AB(0), n: 0 };
  let vb = new F64(R.b);
  // Values first, then the line that points at them: a case is finished once its line is.
  // \`body\` is the rest of the JSON line, already written from primitives.
  function keep(c, body, vals) {
    let o = -1;
    if (vals) {
      const need = R.n + vals.length;
      if (need > vb.length) {
        let len = vb.length * 2 || 64;
        while (len < need) len *= 2;
        const b = new AB(len * 8), v = new F64(b);
        for (let i = 0; i < R.n; i++) v[i] = vb[i];
        R.b = b;
        vb = v;
      }
      for (let i = 0; i < vals.length; i++) vb[R.n + i] = vals[i];
      o = R.n;
      R.n = need;
    }
    R.m += '{"i":' + num(c) + (vals ? ',"o":' + num(o) : '') + body + '}\\n';
  }
  function run(ns, entry, specJson, buf, max, decoded) {
    const fn = ns[entry];
    if (typeof fn !== 'function') return L().found(ns);
    if (specJson === null) return '{"source":' + q(apply(toSrc, fn, []), 300) + '}';
    const spec = parse(specJson), data = new F64(buf);
    let total = 0;
    for (let c = 0; c < spec.length; c++) {
      R.c = c;
      const a = spec[c], args = [], pre = decoded ? decoded[c] : null;
      for (let i = 0; i < a.length; i++) {
        const x = a[i];
        args[i] = x.k === 't' ? data.slice(x.o, x.o + size(x.s)) : pre ? pre[i] : L().arg(data, x);
      }
      const t0 = now();
      let r;
      try { r = apply(fn, undefined, args); } catch (e) {
        const m = L().err(e);
        keep(c, ',"e":' + errJson(m), null);
        if (own(m, 'message') === 'out of memory') return '{"stop":' + num(c) + '}';
        continue;
      }
      let vals = [], st = { s: [], leaf: -1 };
      try {
        if (!rd(r, 0, st, vals, max - total) || vals.length !== size(st.s)) {
          vals = [];
          st = { s: L().read(r, vals, max - total) };
        }
        total += vals.length;
        keep(c, ',"s":' + nums(st.s) + ',"t":' + num(now() - t0), vals);
      } catch (e) {
        keep(c, L().problem(e), null);
      }
    }
    return '{"done":true}';
  }
  return [run, R];
})`;

/** Compiled inside the sandbox on first use only: see HARNESS_SOURCE. */
export const HARNESS_LIB_SOURCE = String.raw`(function (I, write, cap) {
  'use strict';
  const F64 = I.F64, Arr = I.Arr, isView = I.isView, isArray = I.isArray, gopd = I.gopd,
    keys = I.keys, stringify = I.stringify, apply = I.apply, Str = I.Str, toSrc = I.toSrc,
    DV = I.DV, Err = I.Err, slice = I.slice;
  function cut(s, n) { return typeof s === 'string' ? apply(slice, s, [0, n]) : ''; }
  function own(o, k) { const d = gopd(o, k); return d && !d.get && !d.set ? d.value : undefined; }
  function q(v, max) { return typeof v === 'string' ? stringify(cut(v, max)) : '""'; }
  // Console output: \`cap\` characters in all, and a share of it per case (the module's top
  // level counts as one), so no one case's printing fills what the learner sees.
  const perCase = cap >> 3;
  let written = 0, full = false, shownCase = -2, caseWritten = 0, caseFull = false;
  function show(v, d) {
    try {
      if (typeof v === 'string') return d ? stringify(v) : v;
      if (typeof v === 'function') return '[Function]';
      if (typeof v !== 'object' || v === null) return Str(v);
      if (isView(v) || isArray(v)) {
        if (d > 2) return '[…]';
        const n = v.length, p = [];
        for (let i = 0; i < n && i < 20; i++) p[i] = show(v[i], d + 1);
        return '[' + p.join(', ') + (n > 20 ? ', … ' + (n - 20) + ' more' : '') + ']';
      }
      if (v instanceof Err) return Str(v.name) + ': ' + Str(v.message);
      return Str(stringify(v));
    } catch (e) { return '[unprintable]'; }
  }
  function log(args) {
    if (full) return;
    const c = I.cur();
    if (c !== shownCase) { shownCase = c; caseWritten = 0; caseFull = false; }
    if (caseFull) return;
    let s = '';
    for (let i = 0; i < args.length && s.length < perCase; i++) s += (i ? ' ' : '') + show(args[i], 0);
    s += '\n';
    if (caseWritten + s.length > perCase) {
      s = cut(s, perCase - caseWritten) + '\n[… more output of this test not shown]\n';
      caseFull = true;
    }
    if (written + s.length > cap) { s = cut(s, cap - written); full = true; }
    written += s.length;
    caseWritten += s.length;
    write(s, full || caseFull);
  }
  function err(e) {
    try {
      if (e === null || typeof e !== 'object') return { name: 'thrown value', message: cut(show(e, 1), 500) };
      const st = e.stack;
      return { name: cut(Str(e.name), 100), message: cut(Str(e.message), 1000),
        stack: typeof st === 'string' ? cut(st, 2000) : undefined };
    } catch (e2) { return { name: 'thrown value', message: 'a value that could not be described' }; }
  }
  function nest(data, off, s, dim) {
    const n = s[dim], a = new Arr(n);
    if (dim === s.length - 1) { for (let i = 0; i < n; i++) a[i] = data[off + i]; return a; }
    let st = 1;
    for (let d = dim + 1; d < s.length; d++) st *= s[d];
    for (let i = 0; i < n; i++) a[i] = nest(data, off + i * st, s, dim + 1);
    return a;
  }
  function arg(data, x) { return x.k === 'n' || !x.s.length ? data[x.o] : nest(data, x.o, x.s, 0); }
  function size(s) { let n = 1; for (let i = 0; i < s.length; i++) n *= s[i]; return n; }
  function what(v) {
    if (v === null) return 'null';
    if (typeof v === 'string') return 'a string (' + stringify(cut(v, 20)) + ')';
    if (typeof v === 'object') return isArray(v) ? 'an array' : 'an object';
    return v === undefined ? 'undefined' : 'a ' + typeof v;
  }
  function P(kind, message, path) { this.kind = kind; this.message = message; if (path) this.path = path; }
  // The rest of a case's record line (see keep), from primitives only.
  function problem(e) {
    if (!(e instanceof P)) {
      const m = err(e), st = own(m, 'stack');
      return ',"e":{"name":' + q(own(m, 'name'), 100) + ',"message":' + q(own(m, 'message'), 1000) +
        (typeof st === 'string' ? ',"stack":' + q(st, 2000) : '') + '}';
    }
    const path = own(e, 'path');
    let p = '';
    if (isArray(path)) for (let i = 0; i < path.length && i < 8; i++) {
      const v = own(path, i);
      p += (i ? ',' : '') + (typeof v === 'number' && v >= 0 ? '' + v : '0');
    }
    return ',"x":{"kind":' + q(own(e, 'kind'), 20) + ',"message":' + q(own(e, 'message'), 1000) +
      (isArray(path) ? ',"path":[' + p + ']' : '') + '}';
  }
  // Reads an output as plain numbers (row-major) into vals, or throws a P saying what is wrong.
  function read(v, vals, max) {
    const shape = [];
    let leaf = -1;
    function at(p) { return 'entry [' + p.join('][') + ']'; }
    function put(x, p) {
      if (typeof x !== 'number') throw new P('not-numbers', at(p) + ' is ' + what(x) + ', not a number', p);
      if (leaf < 0) leaf = p.length;
      else if (leaf !== p.length) throw new P('ragged', at(p) + ' is a number at a different depth than the others', p);
      if (vals.length >= max) throw new P('too-large', 'your output has more than ' + max + ' numbers');
      vals[vals.length] = x;
    }
    function dim(depth, len, p) {
      if (depth === shape.length) shape[depth] = len;
      else if (depth > shape.length || shape[depth] !== len) throw new P('ragged', at(p) + ' has ' + len + ' entries, unlike the others at its level', p);
    }
    function visit(x, depth, p) {
      if (depth > 8) throw new P('too-deep', 'your output is nested more than 8 levels deep (is it cyclic?)', p);
      if (leaf >= 0 && depth >= leaf) throw new P('ragged', at(p) + ' is an array where the other entries are numbers', p);
      if (isView(x)) {
        if (x instanceof DV) throw new P('type', 'your output is a DataView; return numbers or arrays of numbers');
        const c = new F64(x);
        dim(depth, c.length, p);
        for (let i = 0; i < c.length; i++) put(c[i], p.concat([i]));
      } else if (isArray(x)) {
        const ld = gopd(x, 'length'), len = ld ? ld.value : 0;
        if (typeof len !== 'number' || len > max) throw new P('too-large', 'your output has more than ' + max + ' entries');
        dim(depth, len, p);
        for (let i = 0; i < len; i++) {
          const d = gopd(x, i), q = p.concat([i]);
          if (!d) throw new P('not-numbers', at(q) + ' is an empty slot, not a number', q);
          if (d.get || d.set) throw new P('getter', at(q) + ' is a getter; return plain numbers', q);
          if (typeof d.value === 'object' && d.value !== null) visit(d.value, depth + 1, q);
          else if (depth + 1 < shape.length) throw new P('ragged', at(q) + ' is a number where the other entries are arrays', q);
          else put(d.value, q);
        }
      } else if (x !== null && typeof x === 'object' && depth === 0) {
        const dd = gopd(x, 'data'), sd = gopd(x, 'shape');
        if (dd && sd && !dd.get && !sd.get && isView(dd.value) && isArray(sd.value)) {
          const c = new F64(dd.value), s = sd.value.slice();
          if (size(s) !== c.length) throw new P('type', 'your tensor\'s data does not match its shape');
          for (let i = 0; i < s.length; i++) shape[i] = s[i];
          for (let i = 0; i < c.length; i++) put(c[i], [i]);
          return;
        }
        if (typeof x.then === 'function') throw new P('type', 'your function returned a Promise; return the value itself (no async)');
        throw new P('type', 'your output is an object; return a number or an array of numbers');
      } else throw new P('type', 'your output is ' + what(x) + '; return a number or an array of numbers', p);
    }
    if (typeof v === 'number') put(v, []);
    else visit(v, 0, []);
    if (vals.length !== size(shape)) throw new P('ragged', 'your output is not rectangular (rows of different lengths)');
    return shape;
  }
  // What the module exports, as the JSON the host reads when the entry is missing.
  function found(ns) {
    const names = keys(ns);
    let out = '';
    for (let i = 0; i < names.length && i < 20; i++) {
      const v = ns[names[i]];
      out += (i ? ',' : '') + '{"name":' + q(names[i], 100) + ',"source":' +
        (typeof v === 'function' ? q(apply(toSrc, v, []), 300) : 'null') + '}';
    }
    return '{"found":[' + out + ']}';
  }
  return { log: log, err: err, arg: arg, read: read, problem: problem, found: found };
})`;
