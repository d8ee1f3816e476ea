// TextDecoder: every WHATWG label Node 24 knows, the names they give, and
// bytes 0x00-0xff (and a few multibyte texts) decoded by each encoding.
const labels = [
  'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8',
  '866', 'cp866', 'csibm866', 'ibm866',
  'csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2',
  'csisolatin3', 'iso-8859-3', 'l3', 'latin3', 'csisolatin4', 'iso-8859-4', 'l4', 'latin4',
  'csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'csisolatinarabic', 'arabic', 'iso-8859-6', 'asmo-708', 'ecma-114',
  'csisolatingreek', 'greek', 'greek8', 'iso-8859-7', 'sun_eu_greek', 'ecma-118', 'elot_928',
  'csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'visual', 'csiso88598i', 'iso-8859-8-i', 'logical',
  'csisolatin6', 'iso-8859-10', 'l6', 'latin6', 'iso-8859-13', 'iso-8859-14', 'csisolatin9', 'iso-8859-15', 'l9', 'iso-8859-16',
  'cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r', 'koi8-ru', 'koi8-u',
  'csmacintosh', 'mac', 'macintosh', 'x-mac-roman', 'dos-874', 'iso-8859-11', 'tis-620', 'windows-874',
  'cp1250', 'windows-1250', 'x-cp1250', 'cp1251', 'windows-1251', 'cp1252', 'windows-1252', 'x-cp1252',
  'ansi_x3.4-1968', 'ascii', 'us-ascii', 'iso-8859-1', 'latin1', 'l1', 'iso_8859-1', 'cp819', 'ibm819',
  'cp1253', 'windows-1253', 'cp1254', 'windows-1254', 'iso-8859-9', 'latin5', 'cp1255', 'windows-1255',
  'cp1256', 'windows-1256', 'cp1257', 'windows-1257', 'cp1258', 'windows-1258', 'x-mac-cyrillic', 'x-mac-ukrainian',
  'chinese', 'csgb2312', 'gb2312', 'gbk', 'x-gbk', 'gb18030', 'big5', 'big5-hkscs', 'cn-big5', 'x-x-big5',
  'cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp', 'csiso2022jp', 'iso-2022-jp', 'csshiftjis', 'ms932', 'ms_kanji',
  'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis', 'cseuckr', 'euc-kr', 'korean', 'windows-949', 'ks_c_5601-1987',
  'csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement',
  'unicodefffe', 'utf-16be', 'csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le',
  'x-user-defined', ' utf-8 ', '\tUTF-8\n', 'UTF-8', 'Utf-16LE', 'utf-7', 'utf-32', 'foo', '', 'utf 8', 'utf-8\0',
];
// Node's ICU decodes some bytes of the multibyte (CJK) encodings otherwise
// than the standard (encoding_rs), even a few controls of shift_jis: for
// those only printable ASCII is listed here.
const all = new Uint8Array(256).map((_, i) => i);
const ascii = all.subarray(0x20, 0x7f);
const multiByte = new Set(['gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);
const seen = new Set();
for (const label of labels) {
  let d;
  try {
    d = new TextDecoder(label);
  } catch (e) {
    console.log(JSON.stringify(label), e.name, e.code, e.message);
    continue;
  }
  console.log(JSON.stringify(label), d.encoding);
  if (seen.has(d.encoding)) continue;
  seen.add(d.encoding);
  console.log(' ', JSON.stringify(d.decode(multiByte.has(d.encoding) ? ascii : all)));
}
const samples = {
  'shift_jis': [0x82, 0xa0, 0x93, 0xfa, 0x96, 0x7b, 0x81, 0x40],
  'euc-jp': [0xa4, 0xa2, 0xc6, 0xfc, 0x8e, 0xb1, 0x8f, 0xa2, 0xaf],
  'iso-2022-jp': [0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x41],
  'gbk': [0xc4, 0xe3, 0xba, 0xc3, 0x80, 0xa1, 0xa1],
  'gb18030': [0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3, 0x84, 0x31, 0xa4, 0x39],
  'big5': [0xa4, 0xa4, 0xa4, 0xe5],
  'euc-kr': [0xc7, 0xd1, 0xb1, 0xdb, 0x41],
  'utf-16be': [0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00, 0xfe, 0xff],
  'utf-16le': [0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8],
  'utf-8': [0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80],
};
for (const [name, bytes] of Object.entries(samples)) {
  const b = new Uint8Array(bytes);
  console.log(name, JSON.stringify(new TextDecoder(name).decode(b)), JSON.stringify(new TextDecoder(name, { ignoreBOM: true }).decode(b)));
  try {
    console.log(' fatal', JSON.stringify(new TextDecoder(name, { fatal: true }).decode(b)));
  } catch (e) {
    console.log(' fatal', e.name, e.code, e.message);
  }
}
