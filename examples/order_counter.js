// The kitchen takes orders over HTTP: one cook (the main thread) runs a
// small server while dishes cook on timers, and the waiters (fetch calls)
// place orders and pick them up. Everything is in flight at once; nothing
// blocks the cook.
//
//   sous examples/order_counter.js
const http = require('http');

const recipes = { soup: 30, salad: 10, chicken: 60 }; // cooking time, ms
const orders = new Map();
let nextId = 1;

const server = http.createServer((req, res) => {
  const reply = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'POST' && req.url === '/orders') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      const { dish } = JSON.parse(body || '{}');
      if (!(dish in recipes)) return reply(400, { error: `no recipe for ${dish}` });
      const order = { id: nextId++, dish, status: 'cooking' };
      orders.set(order.id, order);
      // The dish cooks on a timer while the cook takes the next order.
      setTimeout(() => { order.status = 'ready'; }, recipes[dish]);
      reply(201, order);
    });
    return;
  }
  const match = /^\/orders\/(\d+)$/.exec(req.url);
  if (req.method === 'GET' && match && orders.has(Number(match[1]))) {
    return reply(200, orders.get(Number(match[1])));
  }
  reply(404, { error: 'not found' });
});

async function waiter(base, dish) {
  const placed = await fetch(`${base}/orders`, { method: 'POST', body: JSON.stringify({ dish }) });
  const order = await placed.json();
  if (placed.status !== 201) return `${dish}: ${order.error}`;
  // Come back until it is ready.
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = await (await fetch(`${base}/orders/${order.id}`)).json();
    if (now.status === 'ready') return `order ${order.id} (${dish}) is ready`;
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log('the counter is open');
  // Four waiters at once (one orders what the kitchen cannot make).
  const served = [];
  await Promise.all(['chicken', 'salad', 'soup', 'cake'].map((dish) =>
    waiter(base, dish).then((line) => { served.push(line); console.log(line); })));
  console.log(`${served.length} tables served; closing the counter`);
  server.close();
});
