// JSON.parse's SyntaxError messages as V8 words them: expected-token forms with
// position, line and column; the generic token form quoting the source (cut to 10
// code units either side past 21); special sources; end of input.
const cases = ["xyz","","  ","{\"a\":1}x","\"a\x01\"","{1}","[1,]","{\"a\":1,}","01","-","1.","1e","+1","\"\\x\"","\"\\u12\"","\"abc","[1 2]","{\"a\" 1}","{\"a\":}","tru","nul","[","{","{\"a\":1","\"a","\u00e9","a".repeat(100),"[1,2,"+"3".repeat(50)+"x"+"4".repeat(50)+"]","[1,\n2,\nx]","\u2028","[1,2","{\"a\":1 \"b\":2}","\"\t\"","1 2","[-]","-01",".5","1e+","\"\\","\"\\u","[\u00a0]",
"trux","t","nulx","fals","[1,2,]","[1,,2]","{\"a\":1}}","{\"a\":1,\"b\"}","{\"a\"","{\"a\":","1.e5","1e5x","-x","- 1","0x10","Infinity","NaN",undefined,{},"[object Object]","a\r\nb","[1,\r2,\rx]","[\n\n  1,\n  x]","{\"\x01\":1}","12345678901234567890123456789012345678901234567890x","x".repeat(25),"[1,2,3,4,5,6,7,8,9,10,11,12,x]","[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,x,1]","\"\\u00zz\"","[1,2,3,4,5,6,7,8,9,10,11,12,\"a\"\"b\"]",
"[\n1,\r\n2,\r3,\n\r x]", "{\"a\":1,\r\n\"b\":2\r\n\r\n  x}", "\"a\nb\"", "\ufeff1", "[1]\u0000", "nan", "[true false]", "{\"a\":true,\"b\"::1}", "[1e309x]", "{\"a\":[1,{\"b\":}]}", "\"\\uDG00\"", "\"\\u0041\\", "[\"\ud800\", x]", "\ud83d\ude00", "[\ud83d\ude00]", "\ude00", null, 123, true];
for (const s of cases) {
  try { console.log(JSON.stringify(s), 'ok', JSON.stringify(JSON.parse(s))); }
  catch (e) { console.log(JSON.stringify(s), e.name, JSON.stringify(e.message)); }
}
