// Checks: control characters, backslashes, C1 controls and lone surrogates escaped in quoted strings
console.log(['a\nb', 'tab\there', 'nul\x00', 'bs\\', '\x7f\x85', 'bell\x07', '\ud800 lone', '\udc00', '😀 pair', '\r\f\v\b']);
