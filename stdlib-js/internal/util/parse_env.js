'use strict';
// util.parseEnv: the `.env` format as Node reads it (`KEY=value` lines,
// `#` comments, an optional `export ` before the key, values in single,
// double or back quotes spanning lines, `\n` expanded inside double quotes).

// Trims the spaces Node's parser trims: space, tab, newline, CR, FF, VT.
function trimSpaces(s) {
  return s.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
}

function parseEnv(content) {
  if (typeof content !== 'string') {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'content', 'string', content);
  }
  const store = {};
  let rest = trimSpaces(content.replace(/\r/g, ''));
  // Drops everything up to and including the next newline (all of it when none).
  const skipLine = (from) => {
    const newline = rest.indexOf('\n', from);
    rest = newline === -1 ? '' : rest.slice(newline + 1);
  };
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      // A blank or comment line; a comment without a newline ends the input.
      const newline = rest.indexOf('\n');
      if (newline === -1) break;
      rest = trimSpaces(rest.slice(newline + 1));
      continue;
    }
    const equal = rest.indexOf('=');
    if (equal === -1) break;
    // Lines before the one with the `=` have none: they are ignored.
    const lineStart = rest.lastIndexOf('\n', equal) + 1;
    if (lineStart > 0) {
      rest = trimSpaces(rest.slice(lineStart));
      continue;
    }
    let key = trimSpaces(rest.slice(0, equal));
    rest = rest.slice(equal + 1);
    if (rest.length === 0 || rest[0] === '\n') {
      store[key] = '';
      continue;
    }
    rest = trimSpaces(rest);
    // An empty key: scanning goes on after its `=`.
    if (key.length === 0) continue;
    if (key.startsWith('export ')) key = trimSpaces(key.slice(7));
    const quote = rest[0];
    const closing = quote === '"' || quote === "'" || quote === '`' ? rest.indexOf(quote, 1) : -1;
    if (closing !== -1) {
      const value = rest.slice(1, closing);
      store[key] = quote === '"' ? value.replace(/\\n/g, '\n') : value;
      skipLine(closing + 1);
    } else if (quote === '"' || quote === "'" || quote === '`') {
      // An opening quote alone: the line as it is.
      const newline = rest.indexOf('\n');
      if (newline === -1) {
        store[key] = rest;
        break;
      }
      store[key] = rest.slice(0, newline);
      rest = rest.slice(newline);
    } else {
      const newline = rest.indexOf('\n');
      let value = newline === -1 ? rest : rest.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store[key] = trimSpaces(value);
      rest = newline === -1 ? '' : rest.slice(newline + 1);
    }
    rest = trimSpaces(rest);
  }
  // Keys come out in byte order, as from Node's sorted map.
  const sorted = {};
  for (const key of Object.keys(store).sort()) sorted[key] = store[key];
  return sorted;
}

module.exports = { parseEnv };
