// Dinner on one thread: a roast chicken with a side salad.
//
// The oven is a timer (20 "minutes", one minute = 1 ms here). While it runs
// the cook makes the salad: some steps right away, some as soon as the
// current step is done (process.nextTick, promises), some on the next turn
// of the loop (setImmediate), one read from the recipe card (fs.readFile,
// on a worker thread). The finishing steps happen in the oven's callback.
//
//   sous examples/kitchen.js                  the story
//   sous --trace-loop examples/kitchen.js     the same story, as the loop saw it
//
// One step is slow on purpose: scrubbing the roasting tray keeps the cook
// (the only thread) busy for 60 minutes, so the oven's ding is heard late.
// The trace flags that step and the summary names it.

let fs = null;
try {
  fs = require('fs');
} catch {
  // No fs in this build: the cook knows the recipe by heart.
}

const MINUTE = 1;
const step = (text) => console.log(`  ${text}`);

console.log('Dinner: roast chicken with a side salad');

// 1. The chicken goes in; the oven timer starts.
step('chicken into the oven, timer set for 20 minutes');
setTimeout(function ovenDing() {
  console.log('Ding! The oven timer rang.');
  step('chicken out of the oven');
  process.nextTick(() => step('chicken resting (right after taking it out)'));
  carve().then(() => {
    setImmediate(function serve() {
      step('plates on the table');
      console.log('Dinner is served.');
    });
  });
}, 20 * MINUTE);

async function carve() {
  await null;
  step('chicken carved (once it had rested)');
}

// 2. Meanwhile, the salad.
step('lettuce washed');
process.nextTick(() => step('salad bowl out (as soon as the main steps were done)'));
Promise.resolve()
  .then(() => step('dressing: oil and vinegar in a jar'))
  .then(() => step('dressing: shaken'));
setImmediate(function chop() {
  step('tomatoes and cucumber chopped (next turn of the loop)');
});
setTimeout(function toss() {
  step('salad tossed with the dressing');
}, 5 * MINUTE);

// 3. The recipe card, read by a worker while the cook goes on.
if (fs && typeof fs.readFile === 'function') {
  fs.readFile(`${__dirname}/recipe.txt`, 'utf8', function recipeRead(err, text) {
    if (err) return step(`recipe card: ${err.code}`);
    step(`recipe card read: "${text.split('\n')[0]}"`);
  });
} else {
  step('recipe card: known by heart (no fs here)');
}

// 4. The slow step: the cook scrubs the roasting tray for 60 minutes
// and hears nothing else meanwhile.
setTimeout(function scrubTray() {
  const until = Date.now() + 60 * MINUTE;
  while (Date.now() < until);
  step('roasting tray scrubbed (60 minutes, nothing else could happen)');
}, 10 * MINUTE);
