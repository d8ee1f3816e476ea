'use strict';
// util: inspect and format. (A first, simple inspect; the full Node-exact
// one replaces it.)

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const identRe = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quote(s) {
  let q = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) q = '"';
    else if (!s.includes('`') && !s.includes('${')) q = '`';
  }
  const escaped = s.replace(/[\\\n\t\r\b\f\v\x00-\x1f\x7f]/g, (c) => ({
    '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v',
  }[c] || `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`));
  const out = q === "'" ? escaped.replace(/'/g, "\\'") : escaped;
  return q + out + q;
}

function fnName(f) {
  const src = Function.prototype.toString.call(f);
  if (src.startsWith('class')) return `[class ${f.name || '(anonymous)'}]`;
  const kind = f.constructor && f.constructor.name === 'AsyncFunction' ? 'AsyncFunction' :
    f.constructor && f.constructor.name === 'GeneratorFunction' ? 'GeneratorFunction' : 'Function';
  return f.name ? `[${kind}: ${f.name}]` : `[${kind} (anonymous)]`;
}

function formatValue(v, ctx, depth, top) {
  switch (typeof v) {
    case 'string': return top ? v : quote(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'function': if (Object.keys(v).length === 0) return fnName(v); break;
    default: if (v === null) return 'null';
  }
  if (typeof v[customInspect] === 'function') {
    const r = v[customInspect](ctx.depth - depth, ctx, module.exports.inspect);
    return typeof r === 'string' ? r : formatValue(r, ctx, depth, false);
  }
  if (ctx.seen.includes(v)) return '[Circular *1]';
  if (v instanceof Error) {
    const stack = v.stack || String(v);
    const keys = Object.keys(v);
    if (keys.length === 0) return stack;
    const pad = '  '.repeat(depth + 1);
    const props = keys.map((k) => `${pad}${key(k)}: ${formatValue(v[k], ctx, depth + 1, false)}`);
    return `${stack} {\n${props.join(',\n')}\n${'  '.repeat(depth)}}`;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (v instanceof RegExp) return String(v);
  if (depth > ctx.depth) return Array.isArray(v) ? '[Array]' : `[${ctorName(v) || 'Object'}]`;
  ctx.seen.push(v);
  let entries = [];
  let prefix = '';
  let open = '{';
  let close = '}';
  if (Array.isArray(v)) {
    open = '[';
    close = ']';
    for (let i = 0; i < v.length; i++) entries.push(i in v ? formatValue(v[i], ctx, depth + 1, false) : '<1 empty item>');
    for (const k of Object.keys(v)) if (!/^\d+$/.test(k)) entries.push(`${key(k)}: ${formatValue(v[k], ctx, depth + 1, false)}`);
  } else if (v instanceof Map) {
    prefix = `Map(${v.size}) `;
    for (const [k, val] of v) entries.push(`${formatValue(k, ctx, depth + 1, false)} => ${formatValue(val, ctx, depth + 1, false)}`);
  } else if (v instanceof Set) {
    prefix = `Set(${v.size}) `;
    for (const val of v) entries.push(formatValue(val, ctx, depth + 1, false));
  } else {
    const name = ctorName(v);
    if (typeof v === 'function') prefix = `${fnName(v)} `;
    else if (name === null) prefix = '[Object: null prototype] ';
    else if (name !== 'Object') prefix = `${name} `;
    for (const k of Object.keys(v)) entries.push(`${key(k)}: ${formatValue(v[k], ctx, depth + 1, false)}`);
    for (const s of Object.getOwnPropertySymbols(v)) {
      if (Object.getOwnPropertyDescriptor(v, s).enumerable) entries.push(`[${s.toString()}]: ${formatValue(v[s], ctx, depth + 1, false)}`);
    }
  }
  ctx.seen.pop();
  if (entries.length === 0) return `${prefix}${open}${close}`;
  const total = entries.reduce((n, e) => n + e.length + 2, prefix.length);
  if (total + depth * 2 <= 72 && !entries.some((e) => e.includes('\n'))) {
    return `${prefix}${open} ${entries.join(', ')} ${close}`;
  }
  const pad = '  '.repeat(depth + 1);
  return `${prefix}${open}\n${pad}${entries.join(`,\n${pad}`)}\n${'  '.repeat(depth)}${close}`;
}

function ctorName(v) {
  let proto = Object.getPrototypeOf(v);
  if (proto === null) return null;
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
    proto = Object.getPrototypeOf(proto);
  }
  return 'Object';
}

function key(k) {
  return identRe.test(k) ? k : quote(k);
}

function inspect(value, opts) {
  const ctx = { depth: 2, seen: [], ...(typeof opts === 'object' && opts !== null ? opts : {}) };
  if (ctx.depth === null) ctx.depth = Infinity;
  return formatValue(value, ctx, 0, false);
}
inspect.custom = customInspect;

function formatWithOptions(options, ...args) {
  const first = args[0];
  let out = '';
  let i = 0;
  if (typeof first === 'string') {
    i = 1;
    if (args.length > 1) {
      out = first.replace(/%([sdifjoOc%])/g, (m, c) => {
        if (c === '%') return '%';
        if (i >= args.length) return m;
        const a = args[i++];
        switch (c) {
          case 's': return typeof a === 'string' ? a : typeof a === 'bigint' ? `${a}n` : typeof a === 'object' && a !== null ? inspect(a, { ...options, depth: 0 }) : formatValue(a, { depth: 0, seen: [] }, 0, true);
          case 'd': return typeof a === 'bigint' ? `${a}n` : typeof a === 'symbol' ? 'NaN' : formatValue(Number(a), { seen: [] }, 0, true);
          case 'i': return typeof a === 'bigint' ? `${a}n` : typeof a === 'symbol' ? 'NaN' : String(parseInt(a));
          case 'f': return typeof a === 'symbol' ? 'NaN' : String(parseFloat(a));
          case 'j': try { return JSON.stringify(a); } catch { return '[Circular]'; }
          case 'o': return inspect(a, { ...options, showHidden: true, depth: 4 });
          case 'O': return inspect(a, options);
          case 'c': return '';
          default: return m;
        }
      });
    } else {
      out = first;
    }
  }
  for (; i < args.length; i++) {
    const a = args[i];
    out += (out || i > 0 ? ' ' : '') + (typeof a === 'string' ? a : inspect(a, options));
  }
  return out;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

module.exports = { inspect, format, formatWithOptions };
