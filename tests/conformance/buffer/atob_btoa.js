// atob and btoa: the globals are buffer's, with the web's errors.
const buffer = require('buffer');
console.log(globalThis.atob === buffer.atob, globalThis.btoa === buffer.btoa);
console.log(btoa('hi'), btoa(''), btoa('\u00ff\u00fe'), btoa(123), btoa(null));
console.log(JSON.stringify(atob('aGk=')), JSON.stringify(atob(' aG k= ')), JSON.stringify(atob('aGk')), JSON.stringify(atob('//79')), JSON.stringify(atob('')));
for (const [f, arg] of [[btoa, '\u20ac'], [atob, 'a'], [atob, 'a=b='], [atob, '*abc'], [atob, 'aGk==='], [atob, 'ab\u00e9c']]) {
  try {
    console.log(JSON.stringify(f(arg)));
  } catch (e) {
    console.log(f.name, JSON.stringify(arg), e.name, e.code, e.message, e instanceof DOMException);
  }
}
for (const f of [atob, btoa]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
