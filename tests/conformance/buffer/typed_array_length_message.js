// A typed array past the maximum length: V8 says "Invalid typed array length: N".
try {
  new Uint8Array(2 ** 53);
} catch (e) {
  console.log(e.name, e.message);
}
