// Checks: console.clear does nothing when stdout is not a terminal; timeStamp/profile/profileEnd exist and do nothing
console.log('before');
console.clear();
console.timeStamp('t');
console.profile('p');
console.profileEnd('p');
console.log(typeof console.clear, typeof console.timeStamp, typeof console.profile, typeof console.profileEnd);
