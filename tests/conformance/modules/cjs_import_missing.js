import('./fixtures/esm/nope.mjs').catch((e) => console.log(e.code, e.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>')));
import('nopkg-here').catch((e) => console.log(e.code, e.message.replace(__dirname, '<dir>')));
import('./fixtures/esm').catch((e) => console.log(e.code, e.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>')));
