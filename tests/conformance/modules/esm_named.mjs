import Calc, { pi, double, counter, bump } from './fixtures/esm/math.mjs';
import * as all from './fixtures/esm/reexport.mjs';
console.log(pi, double(21), typeof Calc, counter);
bump();
console.log('live binding:', counter);
console.log(Object.keys(all), all.twice(2), all.Calc === Calc);
