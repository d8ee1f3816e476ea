// Node's errors from createHash, Hash#update/digest/copy and crypto.hash.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('unknown', () => crypto.createHash('nope'));
attempt('number', () => crypto.createHash(1));
attempt('missing', () => crypto.createHash());
attempt('update number', () => crypto.createHash('sha1').update(1));
attempt('update object', () => crypto.createHash('sha1').update({}));
attempt('update ArrayBuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(2)));
attempt('update null', () => crypto.createHash('sha1').update(null));
attempt('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
attempt('digest twice', () => { const h = crypto.createHash('sha1'); h.digest(); return h.digest(); });
attempt('update after digest', () => { const h = crypto.createHash('sha1'); h.digest(); return h.update('x'); });
attempt('copy after digest', () => { const h = crypto.createHash('sha1'); h.digest('hex'); return h.copy(); });
attempt('outputLength string', () => crypto.createHash('shake128', { outputLength: 'x' }));
attempt('outputLength negative', () => crypto.createHash('shake128', { outputLength: -1 }));
attempt('outputLength fraction', () => crypto.createHash('shake128', { outputLength: 1.5 }));
attempt('outputLength non-xof', () => crypto.createHash('sha256', { outputLength: 5 }));
attempt('hash unknown', () => crypto.hash('nope', 'x'));
attempt('hash number input', () => crypto.hash('sha1', 1));
attempt('hash bad encoding', () => crypto.hash('sha1', 'x', 'nope'));
attempt('hash options number', () => crypto.hash('sha1', 'x', 1));
attempt('hash algorithm number', () => crypto.hash(1, 'x'));
attempt('error has code key', () => {
  try { crypto.createHash('sha1').update(1); } catch (e) { return Object.keys(e).join() + ' ' + (e instanceof TypeError); }
});
