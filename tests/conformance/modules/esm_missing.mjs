// conformance: ignore-stderr
import x from './nope.mjs';
