// With --pending-deprecation, assigning a value other than a string, number or boolean to
// process.env warns DEP0104, once; the value is still stored as a string.
process.env.CONF_STR = 'x';
process.env.CONF_NUM = 1;
process.env.CONF_UNDEF = undefined;
process.env.CONF_OBJ = {};
console.log(process.env.CONF_UNDEF, process.env.CONF_OBJ);
