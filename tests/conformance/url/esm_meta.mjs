// import.meta.url is the module's pathToFileURL; node:url works from ESM.
import url, { fileURLToPath, pathToFileURL, URL as NodeURL } from 'node:url';
import { basename } from 'node:path';
console.log(fileURLToPath(import.meta.url) === import.meta.filename, pathToFileURL(import.meta.filename).href === import.meta.url);
console.log(import.meta.url.startsWith('file:///'), basename(new URL(import.meta.url).pathname));
console.log(basename(new URL('./sib ling#x.js', import.meta.url).pathname), new URL('./a', import.meta.url).protocol);
console.log(import.meta.resolve('./x y.mjs').endsWith('/x%20y.mjs'), NodeURL === URL, typeof url.parse);
const dir = fileURLToPath(new URL('.', import.meta.url));
console.log(dir.endsWith('/url/'), pathToFileURL(dir).href.endsWith('/url/'));
