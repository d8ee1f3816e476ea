'use strict';
// tty.WriteStream's getColorDepth(env) and hasColors(count, env): how many
// colours a terminal takes, judged from the environment by Node's rules
// (FORCE_COLOR first; then NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb
// switch colours off; then tmux, CI services, TeamCity, the terminal
// program, COLORTERM and TERM). Depths are bits: 1, 4, 8 or 24.

const DEPTH_2 = 1;
const DEPTH_16 = 4;
const DEPTH_256 = 8;
const DEPTH_16M = 24;

// CI services whose logs show colours, by the variable each sets.
const CI_DEPTHS = [
  ['APPVEYOR', DEPTH_256],
  ['BUILDKITE', DEPTH_256],
  ['CIRCLECI', DEPTH_16M],
  ['DRONE', DEPTH_256],
  ['GITEA_ACTIONS', DEPTH_16M],
  ['GITHUB_ACTIONS', DEPTH_16M],
  ['GITLAB_CI', DEPTH_256],
  ['TRAVIS', DEPTH_256],
];

// TERM values known by name.
const TERM_DEPTHS = {
  __proto__: null,
  eterm: DEPTH_16,
  cons25: DEPTH_16,
  console: DEPTH_16,
  cygwin: DEPTH_16,
  dtterm: DEPTH_16,
  gnome: DEPTH_16,
  hurd: DEPTH_16,
  jfbterm: DEPTH_16,
  konsole: DEPTH_16,
  kterm: DEPTH_16,
  mlterm: DEPTH_16,
  mosh: DEPTH_16M,
  putty: DEPTH_16,
  st: DEPTH_16,
  'rxvt-unicode-24bit': DEPTH_16M,
  terminator: DEPTH_16M,
  'xterm-kitty': DEPTH_16M,
};

// TERM values that take 16 colours by their shape.
const TERM_PATTERNS = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];

let warned = false;
// FORCE_COLOR wins over a variable that asks for no colours; Node says so once.
function warnIgnored(env) {
  if (warned) return;
  const name = env.NO_COLOR !== undefined ? 'NO_COLOR' : env.NODE_DISABLE_COLORS !== undefined ? 'NODE_DISABLE_COLORS' : null;
  if (name === null) return;
  warned = true;
  process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
}

function forcedDepth(env) {
  const value = env.FORCE_COLOR;
  const depth = value === '' || value === '1' || value === 'true' ? DEPTH_16
    : value === '2' ? DEPTH_256
      : value === '3' ? DEPTH_16M
        : DEPTH_2;
  if (depth !== DEPTH_2) warnIgnored(env);
  return depth;
}

function ciDepth(env) {
  for (const [name, depth] of CI_DEPTHS) if (name in env) return depth;
  return env.CI_NAME === 'codeship' ? DEPTH_256 : DEPTH_2;
}

function termProgramDepth(env) {
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? DEPTH_256 : DEPTH_16M;
    case 'HyperTerm':
    case 'MacTerm':
      return DEPTH_16M;
    case 'Apple_Terminal':
      return DEPTH_256;
    default:
      return undefined;
  }
}

function termDepth(term) {
  if (/truecolor/.test(term)) return DEPTH_16M;
  if (/^xterm-256/.test(term)) return DEPTH_256;
  const lower = term.toLowerCase();
  if (TERM_DEPTHS[lower]) return TERM_DEPTHS[lower];
  if (TERM_PATTERNS.some((re) => re.test(lower))) return DEPTH_16;
  return undefined;
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return DEPTH_2;
  if (env.TMUX) return DEPTH_16M;
  if ('TF_BUILD' in env && 'AGENT_NAME' in env) return DEPTH_16;
  if ('CI' in env) return ciDepth(env);
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? DEPTH_16 : DEPTH_2;
  }
  const program = termProgramDepth(env);
  if (program !== undefined) return program;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return DEPTH_16M;
  if (env.TERM) {
    const depth = termDepth(env.TERM);
    if (depth !== undefined) return depth;
  }
  return env.COLORTERM ? DEPTH_16 : DEPTH_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateCount(count);
  }
  return count <= 2 ** getColorDepth(env);
}

function validateCount(count) {
  const errors = require('internal/errors');
  if (typeof count !== 'number') throw errors.makeNodeError('ERR_INVALID_ARG_TYPE', 'count', 'number', count);
  if (!Number.isInteger(count)) throw errors.makeNodeError('ERR_OUT_OF_RANGE', 'count', 'an integer', count);
  if (count < 2 || count > Number.MAX_SAFE_INTEGER) {
    throw errors.makeNodeError('ERR_OUT_OF_RANGE', 'count', `>= 2 && <= ${Number.MAX_SAFE_INTEGER}`, count);
  }
}

module.exports = { getColorDepth, hasColors };
