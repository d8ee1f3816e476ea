try { require('./fixtures/syntax/bad'); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
