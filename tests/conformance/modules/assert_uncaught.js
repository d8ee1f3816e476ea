// conformance: ignore-stderr
require('assert').strictEqual(1, 2);
