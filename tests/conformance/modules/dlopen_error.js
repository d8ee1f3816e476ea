// require() of a .node file that is no shared object: the loader's verdict, ERR_DLOPEN_FAILED;
// '.node' is among the extensions tried.
for (const id of ['./fixtures/resolve/bad.node', './fixtures/resolve/bad']) {
  try {
    require(id);
  } catch (err) {
    console.log(err.name, err.code, err.message.replace(__dirname, '.'));
  }
}
