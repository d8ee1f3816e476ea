// Event: the phase constants (read-only, enumerable), eventPhase NONE outside a dispatch and
// AT_TARGET inside it, composedPath(), cancelBubble, returnValue, srcElement, a dispatch that
// cannot re-enter (ERR_EVENT_RECURSION), CustomEvent's detail, and bad options.
for (const name of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']) {
  const d = Object.getOwnPropertyDescriptor(Event, name);
  console.log(name, d.value, d.writable, d.enumerable, d.configurable);
}
const target = new EventTarget();
const event = new Event('x', { bubbles: true, composed: true, cancelable: true });
console.log(event.eventPhase, event.bubbles, event.composed, event.composedPath(), event.isTrusted,
  event.returnValue, event.cancelBubble, event.srcElement, typeof event.timeStamp);
target.addEventListener('x', (ev) => {
  console.log(ev.eventPhase, ev.composedPath()[0] === target, ev.srcElement === target, ev.currentTarget === target);
  ev.preventDefault();
  ev.cancelBubble = true;
  console.log(ev.cancelBubble, ev.returnValue, ev.defaultPrevented);
  try {
    target.dispatchEvent(ev);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
console.log(target.dispatchEvent(event), event.eventPhase, event.currentTarget, event.target === target, event.composedPath());
const custom = new CustomEvent('c', { detail: { n: 1 } });
console.log(custom.detail, new CustomEvent('d').detail, custom instanceof Event, Object.prototype.toString.call(custom));
for (const args of [[], ['x', 5]]) {
  try {
    new Event(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
