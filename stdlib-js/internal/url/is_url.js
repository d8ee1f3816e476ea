'use strict';
// Node's test for a URL object (a WHATWG URL, or anything shaped like one without the legacy
// `url.parse` fields), on its own so that fs can check a path without loading URL handling.

function isURLLike(value) {
  return Boolean(value && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

module.exports = { isURLLike };
