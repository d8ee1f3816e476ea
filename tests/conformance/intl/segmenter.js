// Intl.Segmenter: graphemes (emoji sequences, flags, combining marks),
// words with isWordLike, sentences, and containing().
const seg = (granularity, text) => [...new Intl.Segmenter('en', { granularity }).segment(text)];
console.log(seg('grapheme', 'e\u0301👍🏽🇫🇷👨‍👩‍👧').map((s) => s.segment));
console.log(seg('grapheme', 'abc').map((s) => `${s.index}:${s.segment}`).join(' '));
console.log(seg('word', "Hello, world! It's 3.5 km.").map((s) => `${JSON.stringify(s.segment)}${s.isWordLike ? '*' : ''}`).join(' '));
console.log(seg('sentence', 'One. Two? Three!').map((s) => JSON.stringify(s.segment)).join(' '));
const segments = new Intl.Segmenter('en', { granularity: 'word' }).segment('foo bar');
const c = segments.containing(5);
console.log(c.segment, c.index, c.isWordLike, c.input);
console.log(segments.containing(99));
console.log(new Intl.Segmenter('fr').resolvedOptions());
