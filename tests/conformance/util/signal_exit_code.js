// util.convertProcessSignalToExitCode: 128 + the signal's number; anything that is not a
// signal name is ERR_INVALID_ARG_VALUE listing them.
const util = require('util');
const { signals } = require('os').constants;
for (const name of ['SIGTERM', 'SIGKILL', 'SIGINT', 'SIGHUP', 'SIGABRT']) {
  console.log(name, util.convertProcessSignalToExitCode(name), 128 + signals[name]);
}
console.log(util.convertProcessSignalToExitCode.name, util.convertProcessSignalToExitCode.length);
for (const bad of ['INVALID', '', undefined, 9, {}]) {
  try {
    util.convertProcessSignalToExitCode(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message.length, e.message.slice(0, 70), e.message.slice(-20));
  }
}
