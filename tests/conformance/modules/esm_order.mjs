import './fixtures/esm/order1.mjs';
import './fixtures/esm/order2.cjs';
import './fixtures/esm/order3.mjs';
console.log('main');
