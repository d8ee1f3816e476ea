// conformance: ignore-stderr
require('./missing');
