'use strict';
// util.parseArgs: command-line arguments to `{ values, positionals, tokens? }`
// as Node parses them. The arguments become tokens first (options, with
// short groups `-abc` and `-fVALUE` split, `--name=value`, `--`,
// positionals); the tokens are then checked (strict mode) and stored.

function errors() {
  return require('internal/errors');
}

// parseArgs's own error codes, registered once.
let defined = false;
function defineErrors() {
  if (defined) return;
  defined = true;
  const { define: add } = errors();
  add('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, (message) => message);
  add('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option, allowPositionals) => {
    const hint = allowPositionals ?
      `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` :
      '';
    return `Unknown option '${option}'${hint}`;
  });
  add('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError,
    (value) => `Unexpected argument '${value}'. This command does not take positional arguments`);
}

function typeError(name, expected, value) {
  return errors().makeNodeError('ERR_INVALID_ARG_TYPE', name, expected, value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(name, 'Object', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw typeError(name, 'boolean', value);
}

function validateArrayOf(value, name, type) {
  if (!Array.isArray(value)) throw typeError(name, 'Array', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw typeError(`${name}[${i}]`, type, value[i]);
  }
}

// The option's own config field, ignoring inherited ones.
function own(options, longOption, field) {
  if (!Object.hasOwn(options, longOption)) return undefined;
  const config = options[longOption];
  return Object.hasOwn(config, field) ? config[field] : undefined;
}

function longOptionForShort(shortOption, options) {
  for (const longOption of Object.keys(options)) {
    if (own(options, longOption, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

// `-abc` of boolean (or unknown) short options.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return own(options, longOptionForShort(arg[1], options), 'type') !== 'string';
}

// `-fVALUE` where -f takes a string.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return own(options, longOptionForShort(arg[1], options), 'type') === 'string';
}

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
      // `-f` or `--foo`: a string option takes the next argument as its value.
      const name = arg[1] === '-' ? arg.slice(2) : longOptionForShort(arg[1], options);
      const takesNext = own(options, name, 'type') === 'string' && isOptionValue(next);
      const value = takesNext ? remaining.shift() : undefined;
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue: takesNext ? false : undefined });
      if (takesNext) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      // Splits into single options; a string option in the group takes the rest as its value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const name = longOptionForShort(shortOption, options);
        if (own(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const name = longOptionForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equal = arg.indexOf('=');
      tokens.push({ kind: 'option', name: arg.slice(2, equal), rawName: arg.slice(0, equal), index, value: arg.slice(equal + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode: the option must be known and given a value exactly when it takes one.
function checkOptionUsage(config, token) {
  if (!Object.hasOwn(config.options, token.name)) {
    throw errors().makeNodeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', token.rawName, config.allowPositionals);
  }
  const shortOption = own(config.options, token.name, 'short');
  const shortAndLong = `${shortOption ? `-${shortOption}, ` : ''}--${token.name}`;
  const type = own(config.options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw errors().makeNodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw errors().makeNodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const stored = value === undefined ? true : value;
  if (own(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const longOption of Object.keys(options)) {
    const config = options[longOption];
    validateObject(config, `options.${longOption}`);
    const type = own(options, longOption, 'type');
    if (type !== 'string' && type !== 'boolean') throw typeError(`options.${longOption}.type`, "('string|boolean')", type);
    if (Object.hasOwn(config, 'short')) {
      const shortOption = config.short;
      if (typeof shortOption !== 'string') throw typeError(`options.${longOption}.short`, 'string', shortOption);
      if (shortOption.length !== 1) {
        throw errors().makeNodeError('ERR_INVALID_ARG_VALUE', `options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multiple = own(options, longOption, 'multiple');
    if (Object.hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${longOption}.multiple`);
    const defaultValue = own(options, longOption, 'default');
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (multiple) validateArrayOf(defaultValue, name, type);
      else if (typeof defaultValue !== type) throw typeError(name, type, defaultValue);
    }
  }
}

// The arguments after the script (after the runtime alone for -e/-p).
function defaultArgs() {
  const execArgv = process.execArgv || [];
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  if (execArgv.some((flag) => evalFlags.includes(flag) || /^--(eval|print)=/.test(flag))) return process.argv.slice(1);
  return process.argv.slice(2);
}

function parseArgs(config = { __proto__: null }) {
  defineErrors();
  const args = Object.hasOwn(config, 'args') ? config.args : defaultArgs();
  const strict = Object.hasOwn(config, 'strict') ? config.strict : true;
  const allowPositionals = Object.hasOwn(config, 'allowPositionals') ? config.allowPositionals : !strict;
  const returnTokens = Object.hasOwn(config, 'tokens') ? config.tokens : false;
  const allowNegative = Object.hasOwn(config, 'allowNegative') ? config.allowNegative : false;
  const options = Object.hasOwn(config, 'options') ? config.options : { __proto__: null };
  if (!Array.isArray(args)) throw typeError('args', 'Array', args);
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (allowNegative && token.name.startsWith('no-') && own(options, token.name.slice(3), 'type') === 'boolean') {
        // `--no-flag` stores false for a boolean `flag`.
        token.name = token.name.slice(3);
        if (strict) checkOptionUsage(parseConfig, token);
        storeOption(token.name, false, options, result.values);
        continue;
      }
      if (strict) {
        checkOptionUsage(parseConfig, token);
        if (token.inlineValue === false && isOptionLikeValue(token.value)) {
          throw errors().makeNodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\n` +
            `To specify an option argument starting with a dash use '${token.rawName.startsWith('--') ? `${token.rawName}=-XYZ` : `--${token.name}=-XYZ' or '${token.rawName}-XYZ`}'.`);
        }
      }
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw errors().makeNodeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', token.value);
      result.positionals.push(token.value);
    }
  }
  for (const longOption of Object.keys(options)) {
    const defaultValue = own(options, longOption, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) result.values[longOption] = defaultValue;
  }
  return result;
}

module.exports = { parseArgs };
