import assert from 'node:assert';
import { ok } from 'node:assert';
try { assert(0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { ok([].length); } catch (e) { console.log(JSON.stringify(e.message)); }
