// Checks: node:test runs tests, suites and hooks in order after the main script, reports them as
// the spec reporter does (skip, todo, diagnostics, subtests, a failing subtest failing its parent,
// the summary and the failing tests), and exits with 1 when a test failed.
// conformance: test-runner
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
test('x', () => console.log('in x'));
console.log('defined x');
describe('suite', () => {
  console.log('suite body');
  before(() => console.log('before'));
  beforeEach(() => console.log('beforeEach'));
  afterEach(() => console.log('afterEach'));
  after(() => console.log('after'));
  it('one', () => console.log('one'));
  it.skip('skipped', () => console.log('never'));
  describe('nested', () => { it('deep', () => console.log('deep')); });
});
test('todo', { todo: true }, () => { throw new Error('not yet'); });
test('t.skip', (t) => { t.skip('why'); });
test('diag', (t) => { t.diagnostic('a note'); });
test.todo('todo2');
test('subtests', async (t) => {
  await t.test('sub 1', () => {});
  await t.test('sub 2', () => { throw new RangeError('sub 2 failed'); });
});
test('callback', (t, done) => { setTimeout(done, 5); });
test('async', async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
console.log(typeof test('returns', () => {}).then);
try { require('test'); } catch (e) { console.log(e.code); }
