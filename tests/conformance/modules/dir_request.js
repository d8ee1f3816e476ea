// A request ending in '/', '/.' or '/..' names a directory, never the file 'x.js' beside it;
// without it the file comes first.
const show = (id) => console.log(id, '->', require(id));
show('./fixtures/resolve/inner');
show('./fixtures/resolve/inner/');
show('./fixtures/resolve/inner/x/..');
show('./fixtures/resolve/inner/.');
