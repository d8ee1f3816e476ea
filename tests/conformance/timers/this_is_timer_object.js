// Checks: inside a (non-arrow) callback `this` is the Timeout object for setTimeout and
// setInterval, and the Immediate object for setImmediate. Steps are chained so the order is fixed.
const t = setTimeout(function () {
  console.log('setTimeout this:', this.constructor.name, this === t);
  const i = setInterval(function () {
    console.log('setInterval this:', this.constructor.name, this === i);
    clearInterval(this);
    const im = setImmediate(function () {
      console.log('setImmediate this:', this.constructor.name, this === im);
    });
  }, 1);
}, 1);
