// getColorDepth and hasColors judge the environment they are given.
const { WriteStream } = require('tty');
const depth = (env) => WriteStream.prototype.getColorDepth(env);
const cases = [
  {},
  { TERM: 'dumb' },
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'xterm-truecolor' },
  { TERM: 'XTERM-KITTY' },
  { TERM: 'screen.linux' },
  { TERM: 'mosh' },
  { TERM: 'vt100' },
  { TERM: 'con132x43' },
  { TERM: 'weird' },
  { TERM: 'weird', COLORTERM: '1' },
  { COLORTERM: 'truecolor' },
  { COLORTERM: '24bit', TERM: 'dumb' },
  { NO_COLOR: '' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm-256color' },
  { FORCE_COLOR: '' },
  { FORCE_COLOR: '0', TERM: 'xterm-256color' },
  { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: 'true' },
  { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '7' },
  { TMUX: '1' },
  { CI: '1' },
  { CI: '', GITHUB_ACTIONS: '' },
  { CI: 'true', TRAVIS: '1', TERM: 'xterm-256color' },
  { CI: 'true', GITLAB_CI: '1' },
  { CI: 'true', CI_NAME: 'codeship' },
  { TF_BUILD: '1', AGENT_NAME: 'x' },
  { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '8.0' },
  { TEAMCITY_VERSION: '2020.1' },
  { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' },
];
for (const env of cases) console.log(JSON.stringify(env), depth(env));

const hasColors = WriteStream.prototype.hasColors;
console.log(hasColors({ TERM: 'xterm' }), hasColors(256, { TERM: 'xterm' }), hasColors(256, { TERM: 'xterm-256color' }));
console.log(hasColors(2, {}), hasColors(3, {}), hasColors(2 ** 24, { COLORTERM: 'truecolor' }));
for (const bad of [1, 1.5, '16', null]) {
  try {
    hasColors(bad, {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
