console.log('main starts (after deps)');
import { ready } from './fixtures/esm/tla.mjs';
console.log(ready);
