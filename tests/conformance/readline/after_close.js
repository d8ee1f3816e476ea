// After close(): write(), prompt() and resume() throw ERR_USE_AFTER_CLOSE (setPrompt does not), the
// interface stays paused, a promises question rejects; pause()/resume() return the interface;
// util.promisify(rl.question) resolves with the answer.
const readline = require('readline');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough() });
console.log(rl.pause() === rl, rl.pause(), rl.resume() === rl, rl.resume());
rl.close();
try { rl.write('x\n'); console.log('write ok'); } catch (e) { console.log('write', e.code); }
try { rl.prompt(); console.log('prompt ok'); } catch (e) { console.log('prompt', e.code); }
try { rl.setPrompt('x'); console.log('setPrompt ok', rl.getPrompt()); } catch (e) { console.log('setPrompt', e.code); }
try { console.log('resume', rl.resume()); } catch (e) { console.log('resume', e.code); }
console.log(rl.terminal, rl.line, rl.cursor, rl.closed, rl.paused);
const rp = require('readline/promises');
const r2 = rp.createInterface({ input: new PassThrough() }); r2.close();
r2.question('x').then(() => console.log('resolved'), (e) => console.log('rejected', e.code));
console.log(typeof readline.Interface.prototype.question[require('util').promisify.custom]);
const r3 = readline.createInterface({ input: new PassThrough() });
const q = require('util').promisify(r3.question).call(r3, 'q? ');
r3.write('answer\n');
q.then((a) => console.log('promisified', a));
try { rl.pause(); console.log('pause ok'); } catch (e) { console.log('pause', e.code); }
