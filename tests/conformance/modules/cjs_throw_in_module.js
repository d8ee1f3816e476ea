require('./fixtures/basic/thrower');
