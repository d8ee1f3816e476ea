// require('sys') is util, with DEP0025.
console.log(require('sys') === require('util'), require('module').isBuiltin('sys'));
