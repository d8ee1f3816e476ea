// validateHeaderName/validateHeaderValue and setHeader: Node's error classes, codes and messages.
const http = require('http');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('name with space', () => http.validateHeaderName('a b'));
attempt('empty name', () => http.validateHeaderName(''));
attempt('number name', () => http.validateHeaderName(5));
attempt('good name', () => http.validateHeaderName('X-Good_1'));
attempt('undefined value', () => http.validateHeaderValue('x', undefined));
attempt('newline value', () => http.validateHeaderValue('x', 'a\nb'));
attempt('latin1 value', () => http.validateHeaderValue('x', 'caf\u00e9'));
attempt('wide value', () => http.validateHeaderValue('x', '\u0100'));
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
attempt('writeHead 99', () => res.writeHead(99));
attempt('writeHead 1000', () => res.writeHead(1000));
attempt('bad status message', () => res.writeHead(200, 'a\r\nb'));
const fresh = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
fresh.setHeader('X-A', ['1', '2']);
fresh.appendHeader('x-a', '3');
console.log(fresh.getHeader('x-a'), fresh.getHeaderNames(), fresh.hasHeader('X-A'));
fresh.writeHead(201, { 'X-B': 'b' });
attempt('setHeader after head', () => fresh.setHeader('x', 'y'));
attempt('removeHeader after head', () => fresh.removeHeader('x'));
console.log(fresh.headersSent, fresh.statusCode, fresh.statusMessage);
