// zlib: decompressing streams fed compressed data (made by Node 24) in
// pseudo-random pieces with flushes give Node's output chunk for chunk,
// and count the bytes they read as Node does.
const zlib = require('zlib');

// Compressed by Node 24 from the same 12,000 pseudo-random bytes.
// One gzip member (made by Node).
const gzipMember = Buffer.from(
  'H4sIAAAAAAAAA4VayZXrug6sUDoM9g6p2LLlFLxkWHepsP7yNwcABZD2W+nYEgdMhQLI2/14' +
  'PPG6tcfpD/ifcrvL4wnoOxxAHiD3AzixmaUP6JPhgL+77scDJ3AHnnghjKv0a777G17bn7gJ' +
  'b1fao9KXmMtK2AvOsN2wHs60epO25AF92RNdFH83foE02B8uUR1fYu5sCgZM7XbZ+ycVElWA' +
  '4/HPZPANjgFgfYJEmQNwsxVUdkzVnVNLIGlp6ijf/RCVKCkEffNi0oItXWm7Y4DoPn3ZSp8A' +
  'pCxTZNjLFdSTLWbOV7v5BYvd2wZrWEEfgibmmfwzD1+CpDR9ImwJwc/sHcT8Gg+BKWQu6zZ6' +
  'luET08+u7nU8pzzc/OjBheAaYirY+Lz+Evska2IG7LRR/Z+9q88Y2niZg3EgjC9DPPjUdYcM' +
  '0gbU6YOLUfVL+bjdIeaMza46+xMe2pJduFuzbEylYsoNANvI1hP4l/jikQiPAQJ1WkX/1KmL' +
  'BBuhhW+B7hoW9mZUDSdZAPcgoGa0ucjrDATaCr8dhUHg8THG2NJA6X+WByAUOY6muKfosDBc' +
  'cR7DRliddgI8VAU1A27zHpuzTlHgYYEgCpsjm79SpHaJTOWAfzlwSU7fUkRhdBAIYt7QLT0B' +
  'wuJWI2CRaEFhZPjdP0xoSwwB5xk1bhAbJ2G9iS+nLACImQbZRojR8YfCdXWbZNRzKrllPNgv' +
  '24vlozCueArZBOX0HrdR1O5uE0l1f3NeCmt9oX/umBorsPDFXEFoljpBh8Cqrmpl50PjLwPu' +
  '1TjtXQm0Qqp6+fELmFX0E7jzjfxeoxM5IVBvLV9U0GgTkSh+N+Ko9BiLbgrJPCQMD5wPcVmn' +
  'B8R0DPJ2mQsd3WQ4u3TgrMt2fdeWV8rp9juMfBlKQXxL3eCyyegZ7v1dmbMYWJGNErJfhtDK' +
  'UUw+ION8wk/OqZFrDF9i+cBTg6LK4ujSaJRgOLSYJv9kS0MMk52XM2wjGyBSh+rZN6dkhi6I' +
  '8RB85gWqswdaumaQixpU9Ba1iuR9fgCrynPW8Am2AyJeo5iyOsfcmFGG6qoTAmwUicJekMgQ' +
  'R0eBK9m0q/EuZe5lbh7tS9F85AlasrPnaummeSyzBPZ5cMG4gH/78uLhVQFCibwlBpqlpXUO' +
  'rmb3tlAhTaCiOm1SbmMKqcYZ3LOiyolWFCQTUwmMUA1awpwMwizWN1g0EQksUmf4ImQujQ4V' +
  'DN1Dwj7FCyOszocNMixwOH79hkQEVoFPBrWYTFKzaELNL9v1yAuugPNxLzyn6gUhq41q11xf' +
  'JG93mgqDmMnzLAh0UhC/BDkttGBslB+cJhjI5HleiMt2IBMRxUgE2wpcL7DM3OM9IV8ZZIjA' +
  'USEWQcnmUtkxU3AtnE91XZ8A3iGm2YVZkSF8F6DGLt9qOlOGS24qmy894lw+Wd7pLyWeYPly' +
  'Af5Q8LD0sgsSeFUQyRC+JYaP77j/QvD7IH52D8VybUlRTD6E4cNbV5zPSQqeLVAQwXg6u7gG' +
  'KUUWB1xnJffBodVbuZmzzb5UziF/mYLkzskNa9h7yEiST/nLFfSy6VWmCIDMyBEynIN/SFnQ' +
  'uA1h//tlhVahRIoqwXuwYY47RynhTxwXN3Mut4MoVMqxhIWxkqI7i5SfgRpkMeTkjV532C8x' +
  'nA/mSNkwpZ7p7N7HfD81YJMTLbXTtMOMjtj861yjwKlRcrCCUbklKPkr0ip9Kbxeq/SrrLaV' +
  'yC4od8RiRDZefmgBvvYABdT7XUCVdE05oNc5NYJArrKqJ9NQmihZL/GdXG6/mdhjm6LpjLRU' +
  'xi9o7eQ8RKtrtW1ut38GTqfnYLvj9NxfVcmBu/HjzVSzJuzB41/l1ricr9/YOEs24kbdkt8R' +
  'TJVcWJZZYroOTrSIIkRRuahYnGixkUajTGUxlmvIrCcH5ET4lLyZ4Yr3Esw4WrkJ7XPb7QXl' +
  '6Xzy04ZbKn+JpIywAGdRhNYc0DVfjQVxD6nwJsR3TabqNWxdjKroncrq0JnVd9eMv94PeXJp' +
  '+SU74VHPa2oCJBH2XEqo62dVpAUsZjXB3Z8QcYWQdsqXKg1KDB+LbHfF2ONkv46TzeEVidvU' +
  'mY8krT4hr0Q/y3mzdpXjSzQeLCa451851LR752Rhbyqak/K0NzuW1k4KWGpvYEuGtqnAvE7z' +
  'UVYImiLFvbWSF9ypPurjfs5ZPs52SizVcUPVcPJ9hqRIbEYoO91X2bkS3h8/bUw1XNiA005b' +
  'GrC883bfeXVkn49MdRjgXQKt2GypZV8IYhccNdHekjrrkiSKNaXRSSDQGOD3PwzOKQQUXJxX' +
  'ZDZCvuVbbmeunVnt+csE4yUN3ir1yATxHEGmqcDggZnR13M8cG7kWMFY6OfDae5yTD3Vw2dn' +
  'cOQTtrs8rTZcjuU4/7lgg2Puazxw94AKWw3Dtc2r4yTNsonwCY7ZOOPXj/75szuxBYlJ6Kab' +
  'EJYWM7QNk2vqhxzeRksnPyV4JG1iqLzyuf1HWvHC7HlowdiOyYTGQercdWRPAFOjL4giu2Nc' +
  'p4XCJyPuYEI1ZUKiDHJQZ/foR4kqT3H7M8R0sGrmKPk4b68zPke3Om5BDTSWnjIQwtSpeXsB' +
  'daq1R7ggiRk1OA5SO9p49ennm/gJDq0u9QOK8HkwFq6CbEnpdD5s2m+xDzZ3Lc5DWqkgv6ql' +
  'SmpFBeS1qFxcyd9Ifsv98RDySUcN0UOqaxB64GSuIdQvgHs5WD3U1oKma3gjZNcji7mDKNXn' +
  '9BJNbHTSGvpaAECZKt1R8mMyJMCl7X50vhB/j1iFyAA570FE8Id4IPiyiJORCuTaSJtQOPc/' +
  'g15qUOuMP1DdbwPkiIf5F1/lOTT6x7I13tegrgpYWfmyFyVMKhXIxOKwTfkI7PNVFmTwuzHI' +
  'GnRoHk2EoLr1lgLdMcsq5+4ycvcO86oLntWFvgLOy6Qj5iiI+1xNvFR1AaH52BHhz8RRGKVC' +
  '87boBR22O9mBw5cu3UWEroFPiHGwGr6MuLT2/NEbkSuzUjcV2nyvemTR2Tz2oNaxI1jKavHC' +
  '4SbsJSgrXvVUGcBnmPnS3Xv1Huvk7/vQer0yjhMnpSmcejVIZXWwHyyYg6nYqGVxt1akYcc8' +
  'CJeQTyp2uV9uuecPaqDscNCvttVMPMO5oeILN2zAHTNskoakBu3UNfT4YnPiB7plAkn3BOgK' +
  'Hh51uWjKLoVoMX0oPS/pphr258zcEVz+jKde3neTDYmaN16WzknjRJfyEI/+TZW8PlKZBJzv' +
  'AE97J3JRSuxB7OB3PbJrs+TC9hU3H52o8kG/cMkteerN8e+EUVedED2wEkpkc2v8Y7y7v2zK' +
  'f80WsEtpfb3/A8gsqa7gLgAA',
  'base64');
const packed = {
  inflate: Buffer.from(
    'eJyFWsmV67oOrFA6DPYOqdiy5RS8ZFh3qbD+8jcHAAWQ9lvp2BIHTIUCyNv9eDzxurXH6Q/4' +
    'n3K7y+MJ6DscQB4g9wM4sZmlD+iT4YC/u+7HAydwB554IYyr9Gu++xte25+4CW9X2qPSl5jL' +
    'StgLzrDdsB7OtHqTtuQBfdkTXRR/N36BNNgfLlEdX2LubAoGTO122fsnFRJVgOPxz2TwDY4B' +
    'YH2CRJkDcLMVVHZM1Z1TSyBpaeoo3/0QlSgpBH3zYtKCLV1pu2OA6D592UqfAKQsU2TYyxXU' +
    'ky1mzle7+QWL3dsGa1hBH4Im5pn8Mw9fgqQ0fSJsCcHP7B3E/BoPgSlkLus2epbhE9PPru51' +
    'PKc83PzowYXgGmIq2Pi8/hL7JGtiBuy0Uf2fvavPGNp4mYNxIIwvQzz41HWHDNIG1OmDi1H1' +
    'S/m43SHmjM2uOvsTHtqSXbhbs2xMpWLKDQDbyNYT+Jf44pEIjwECdVpF/9SpiwQboYVvge4a' +
    'FvZmVA0nWQD3IKBmtLnI6wwE2gq/HYVB4PExxtjSQOl/lgcgFDmOprin6LAwXHEew0ZYnXYC' +
    'PFQFNQNu8x6bs05R4GGBIAqbI5u/UqR2iUzlgH85cElO31JEYXQQCGLe0C09AcLiViNgkWhB' +
    'YWT43T9MaEsMAecZNW4QGydhvYkvpywAiJkG2UaI0fGHwnV1m2TUcyq5ZTzYL9uL5aMwrngK' +
    '2QTl9B63UdTubhNJdX9zXgprfaF/7pgaK7DwxVxBaJY6QYfAqq5qZedD4y8D7tU47V0JtEKq' +
    'evnxC5hV9BO48438XqMTOSFQby1fVNBoE5EofjfiqPQYi24KyTwkDA+cD3FZpwfEdAzydpkL' +
    'Hd1kOLt04KzLdn3XllfK6fY7jHwZSkF8S93gssnoGe79XZmzGFiRjRKyX4bQylFMPiDjfMJP' +
    'zqmRawxfYvnAU4OiyuLo0miUYDi0mCb/ZEtDDJOdlzNsIxsgUofq2TenZIYuiPEQfOYFqrMH' +
    'WrpmkIsaVPQWtYrkfX4Aq8pz1vAJtgMiXqOYsjrH3JhRhuqqEwJsFInCXpDIEEdHgSvZtKvx' +
    'LmXuZW4e7UvRfOQJWrKz52rppnksswT2eXDBuIB/+/Li4VUBQom8JQaapaV1Dq5m97ZQIU2g' +
    'ojptUm5jCqnGGdyzosqJVhQkE1MJjFANWsKcDMIs1jdYNBEJLFJn+CJkLo0OFQzdQ8I+xQsj' +
    'rM6HDTIscDh+/YZEBFaBTwa1mExSs2hCzS/b9cgLroDzcS88p+oFIauNatdcXyRvd5oKg5jJ' +
    '8ywIdFIQvwQ5LbRgbJQfnCYYyOR5XojLdiATEcVIBNsKXC+wzNzjPSFfGWSIwFEhFkHJ5lLZ' +
    'MVNwLZxPdV2fAN4hptmFWZEhfBegxi7fajpThktuKpsvPeJcPlne6S8lnmD5cgH+UPCw9LIL' +
    'EnhVEMkQviWGj++4/0Lw+yB+dg/Fcm1JUUw+hOHDW1ecz0kKni1QEMF4Oru4BilFFgdcZyX3' +
    'waHVW7mZs82+VM4hf5mC5M7JDWvYe8hIkk/5yxX0sulVpgiAzMgRMpyDf0hZ0LgNYf/7ZYVW' +
    'oUSKKsF7sGGOO0cp4U8cFzdzLreDKFTKsYSFsZKiO4uUn4EaZDHk5I1ed9gvMZwP5kjZMKWe' +
    '6ezex3w/NWCTEy2107TDjI7Y/Otco8CpUXKwglG5JSj5K9IqfSm8Xqv0q6y2lcguKHfEYkQ2' +
    'Xn5oAb72AAXU+11AlXRNOaDXOTWCQK6yqifTUJooWS/xnVxuv5nYY5ui6Yy0VMYvaO3kPESr' +
    'a7Vtbrd/Bk6n52C74/TcX1XJgbvx481UsybsweNf5da4nK/f2DhLNuJG3ZLfEUyVXFiWWWK6' +
    'Dk60iCJEUbmoWJxosZFGo0xlMZZryKwnB+RE+JS8meGK9xLMOFq5Ce1z2+0F5el88tOGWyp/' +
    'iaSMsABnUYTWHNA1X40FcQ+p8CbEd02m6jVsXYyq6J3K6tCZ1XfXjL/eD3lyafklO+FRz2tq' +
    'AiQR9lxKqOtnVaQFLGY1wd2fEHGFkHbKlyoNSgwfi2x3xdjjZL+Ok83hFYnb1JmPJK0+Ia9E' +
    'P8t5s3aV40s0HiwmuOdfOdS0e+dkYW8qmpPytDc7ltZOClhqb2BLhrapwLxO81FWCJoixb21' +
    'khfcqT7q437OWT7Odkos1XFD1XDyfYakSGxGKDvdV9m5Et4fP21MNVzYgNNOWxqwvPN233l1' +
    'ZJ+PTHUY4F0CrdhsqWVfCGIXHDXR3pI665IkijWl0Ukg0Bjg9z8MzikEFFycV2Q2Qr7lW25n' +
    'rp1Z7fnLBOMlDd4q9cgE8RxBpqnA4IGZ0ddzPHBu5FjBWOjnw2nuckw91cNnZ3DkE7a7PK02' +
    'XI7lOP+5YINj7ms8cPeAClsNw7XNq+MkzbKJ8AmO2Tjj14/++bM7sQWJSeimmxCWFjO0DZNr' +
    '6occ3kZLJz8leCRtYqi88rn9R1rxwux5aMHYjsmExkHq3HVkTwBToy+IIrtjXKeFwicj7mBC' +
    'NWVCogxyUGf36EeJKk9x+zPEdLBq5ij5OG+vMz5HtzpuQQ00lp4yEMLUqXl7AXWqtUe4IIkZ' +
    'NTgOUjvaePXp55v4CQ6tLvUDivB5MBaugmxJ6XQ+bNpvsQ82dy3OQ1qpIL+qpUpqRQXktahc' +
    'XMnfSH7L/fEQ8klHDdFDqmsQeuBkriHUL4B7OVg91NaCpmt4I2TXI4u5gyjV5/QSTWx00hr6' +
    'WgBAmSrdUfJjMiTApe1+dL4Qf49YhcgAOe9BRPCHeCD4soiTkQrk2kibUDj3P4NealDrjD9Q' +
    '3W8D5IiH+Rdf5Tk0+seyNd7XoK4KWFn5shclTCoVyMTisE35COzzVRZk8LsxyBp0aB5NhKC6' +
    '9ZYC3THLKufuMnL3DvOqC57Vhb4CzsukI+YoiPtcTbxUdQGh+dgR4c/EURilQvO26AUdtjvZ' +
    'gcOXLt1FhK6BT4hxsBq+jLi09vzRG5Ers1I3Fdp8r3pk0dk89qDWsSNYymrxwuEm7CUoK171' +
    'VBnAZ5j50t179R7r5O/70Hq9Mo4TJ6UpnHo1SGV1sB8smIOp2KhlcbdWpGHHPAiXkE8qdrlf' +
    'brnnD2qg7HDQr7bVTDzDuaHiCzdswB0zbJKGpAbt1DX0+GJz4ge6ZQJJ9wToCh4edbloyi6F' +
    'aDF9KD0v6aYa9ufM3BFc/oynXt53kw2Jmjdels5J40SX8hCP/k2VvD5SmQSc7wBPeydyUUrs' +
    'Qezgdz2ya7PkwvYVNx+dqPJBv3DJLXnqzfHvhFFXnRA9sBJKZHNr/GO8u79syn/NFrBLaX29' +
    '/wNvf4FO',
    'base64'),
  // Two gzip members: the one `unzip` reads, then another.
  gunzip: Buffer.concat([gzipMember, Buffer.from(
    'H4sIAAAAAAAAA22Ty7XEIAxDb1lZuhU+YdqgrFmmtPcwP5vMyocYYUlWQkz55hNaKbuwP0qI' +
    'km+YPRKcAIkJCj9eUYA+RmL3npgyBSLcfHC4ak6j9w+v7SNBLF1ppZqbjLHiuFAcXTePckxv' +
    'aq8ToGMLKmX3+gnjoJatqPabDGZDGAx3VbteqYi3gJS/S8Mm2AFYPzFSBoCwJkztDOvKcAmj' +
    '1jzt9cUkU9FhCEpellrspquh2wEyee6x1VwBY9Yy0nF5nD3nxlb4qq5feO29EaxuwixCk1mO' +
    'fJ7w109yNT9xlHA5Wz1k5ZosLEPG2L2j++qZGDl7NHX2Tcl7/ejPhYuGLAtemf8DmNPxC+cD' +
    'AAA=',
    'base64')]),
  unzip: gzipMember,
  inflateRaw: Buffer.from(
    'hVrJleu6DqxQOgz2DqnYsuUUvGRYd6mw/vI3BwAFkPZb6dgSB0yFAsjb/Xg88bq1x+kP+J9y' +
    'u8vjCeg7HEAeIPcDOLGZpQ/ok+GAv7vuxwMncAeeeCGMq/RrvvsbXtufuAlvV9qj0peYy0rY' +
    'C86w3bAezrR6k7bkAX3ZE10Ufzd+gTTYHy5RHV9i7mwKBkztdtn7JxUSVYDj8c9k8A2OAWB9' +
    'gkSZA3CzFVR2TNWdU0sgaWnqKN/9EJUoKQR982LSgi1dabtjgOg+fdlKnwCkLFNk2MsV1JMt' +
    'Zs5Xu/kFi93bBmtYQR+CJuaZ/DMPX4KkNH0ibAnBz+wdxPwaD4EpZC7rNnqW4RPTz67udTyn' +
    'PNz86MGF4BpiKtj4vP4S+yRrYgbstFH9n72rzxjaeJmDcSCML0M8+NR1hwzSBtTpg4tR9Uv5' +
    'uN0h5ozNrjr7Ex7akl24W7NsTKViyg0A28jWE/iX+OKRCI8BAnVaRf/UqYsEG6GFb4HuGhb2' +
    'ZlQNJ1kA9yCgZrS5yOsMBNoKvx2FQeDxMcbY0kDpf5YHIBQ5jqa4p+iwMFxxHsNGWJ12AjxU' +
    'BTUDbvMem7NOUeBhgSAKmyObv1KkdolM5YB/OXBJTt9SRGF0EAhi3tAtPQHC4lYjYJFoQWFk' +
    '+N0/TGhLDAHnGTVuEBsnYb2JL6csAIiZBtlGiNHxh8J1dZtk1HMquWU82C/bi+WjMK54CtkE' +
    '5fQet1HU7m4TSXV/c14Ka32hf+6YGiuw8MVcQWiWOkGHwKquamXnQ+MvA+7VOO1dCbRCqnr5' +
    '8QuYVfQTuPON/F6jEzkhUG8tX1TQaBORKH434qj0GItuCsk8JAwPnA9xWacHxHQM8naZCx3d' +
    'ZDi7dOCsy3Z915ZXyun2O4x8GUpBfEvd4LLJ6Bnu/V2ZsxhYkY0Ssl+G0MpRTD4g43zCT86p' +
    'kWsMX2L5wFODosri6NJolGA4tJgm/2RLQwyTnZczbCMbIFKH6tk3p2SGLojxEHzmBaqzB1q6' +
    'ZpCLGlT0FrWK5H1+AKvKc9bwCbYDIl6jmLI6x9yYUYbqqhMCbBSJwl6QyBBHR4Er2bSr8S5l' +
    '7mVuHu1L0XzkCVqys+dq6aZ5LLME9nlwwbiAf/vy4uFVAUKJvCUGmqWldQ6uZve2UCFNoKI6' +
    'bVJuYwqpxhncs6LKiVYUJBNTCYxQDVrCnAzCLNY3WDQRCSxSZ/giZC6NDhUM3UPCPsULI6zO' +
    'hw0yLHA4fv2GRARWgU8GtZhMUrNoQs0v2/XIC66A83EvPKfqBSGrjWrXXF8kb3eaCoOYyfMs' +
    'CHRSEL8EOS20YGyUH5wmGMjkeV6Iy3YgExHFSATbClwvsMzc4z0hXxlkiMBRIRZByeZS2TFT' +
    'cC2cT3VdnwDeIabZhVmRIXwXoMYu32o6U4ZLbiqbLz3iXD5Z3ukvJZ5g+XIB/lDwsPSyCxJ4' +
    'VRDJEL4lho/vuP9C8PsgfnYPxXJtSVFMPoThw1tXnM9JCp4tUBDBeDq7uAYpRRYHXGcl98Gh' +
    '1Vu5mbPNvlTOIX+ZguTOyQ1r2HvISJJP+csV9LLpVaYIgMzIETKcg39IWdC4DWH/+2WFVqFE' +
    'iirBe7BhjjtHKeFPHBc3cy63gyhUyrGEhbGSojuLlJ+BGmQx5OSNXnfYLzGcD+ZI2TClnuns' +
    '3sd8PzVgkxMttdO0w4yO2PzrXKPAqVFysIJRuSUo+SvSKn0pvF6r9KustpXILih3xGJENl5+' +
    'aAG+9gAF1PtdQJV0TTmg1zk1gkCusqon01CaKFkv8Z1cbr+Z2GOboumMtFTGL2jt5DxEq2u1' +
    'bW63fwZOp+dgu+P03F9VyYG78ePNVLMm7MHjX+XWuJyv39g4SzbiRt2S3xFMlVxYllliug5O' +
    'tIgiRFG5qFicaLGRRqNMZTGWa8isJwfkRPiUvJnhivcSzDhauQntc9vtBeXpfPLThlsqf4mk' +
    'jLAAZ1GE1hzQNV+NBXEPqfAmxHdNpuo1bF2MquidyurQmdV314y/3g95cmn5JTvhUc9ragIk' +
    'EfZcSqjrZ1WkBSxmNcHdnxBxhZB2ypcqDUoMH4tsd8XY42S/jpPN4RWJ29SZjyStPiGvRD/L' +
    'ebN2leNLNB4sJrjnXznUtHvnZGFvKpqT8rQ3O5bWTgpYam9gS4a2qcC8TvNRVgiaIsW9tZIX' +
    '3Kk+6uN+zlk+znZKLNVxQ9Vw8n2GpEhsRig73VfZuRLeHz9tTDVc2IDTTlsasLzzdt95dWSf' +
    'j0x1GOBdAq3YbKllXwhiFxw10d6SOuuSJIo1pdFJINAY4Pc/DM4pBBRcnFdkNkK+5VtuZ66d' +
    'We35ywTjJQ3eKvXIBPEcQaapwOCBmdHXczxwbuRYwVjo58Np7nJMPdXDZ2dw5BO2uzytNlyO' +
    '5Tj/uWCDY+5rPHD3gApbDcO1zavjJM2yifAJjtk449eP/vmzO7EFiUnoppsQlhYztA2Ta+qH' +
    'HN5GSyc/JXgkbWKovPK5/Uda8cLseWjB2I7JhMZB6tx1ZE8AU6MviCK7Y1ynhcInI+5gQjVl' +
    'QqIMclBn9+hHiSpPcfszxHSwauYo+ThvrzM+R7c6bkENNJaeMhDC1Kl5ewF1qrVHuCCJGTU4' +
    'DlI72nj16eeb+AkOrS71A4rweTAWroJsSel0Pmzab7EPNnctzkNaqSC/qqVKakUF5LWoXFzJ' +
    '30h+y/3xEPJJRw3RQ6prEHrgZK4h1C+AezlYPdTWgqZreCNk1yOLuYMo1ef0Ek1sdNIa+loA' +
    'QJkq3VHyYzIkwKXtfnS+EH+PWIXIADnvQUTwh3gg+LKIk5EK5NpIm1A49z+DXmpQ64w/UN1v' +
    'A+SIh/kXX+U5NPrHsjXe16CuClhZ+bIXJUwqFcjE4rBN+Qjs81UWZPC7McgadGgeTYSguvWW' +
    'At0xyyrn7jJy9w7zqgue1YW+As7LpCPmKIj7XE28VHUBofnYEeHPxFEYpULztugFHbY72YHD' +
    'ly7dRYSugU+IcbAavoy4tPb80RuRK7NSNxXafK96ZNHZPPag1rEjWMpq8cLhJuwlKCte9VQZ' +
    'wGeY+dLde/Ue6+Tv+9B6vTKOEyelKZx6NUhldbAfLJiDqdioZXG3VqRhxzwIl5BPKna5X265' +
    '5w9qoOxw0K+21Uw8w7mh4gs3bMAdM2yShqQG7dQ19Phic+IHumUCSfcE6AoeHnW5aMouhWgx' +
    'fSg9L+mmGvbnzNwRXP6Mp17ed5MNiZo3XpbOSeNEl/IQj/5Nlbw+UpkEnO8AT3snclFK7EHs' +
    '4Hc9smuz5ML2FTcfnajyQb9wyS156s3x74RRV50QPbASSmRza/xjvLu/bMp/zRawS2l9vf8D',
    'base64'),
  brotliDecompress: Buffer.from(
    'G98uAITi6XqsCCM4sSad/YIGn+LhKp59Lf2kPW9ntKvww0oXMj4HAiQ7M5u5zGxkQC/tXNDe' +
    'opOcMo2A3Ow4vDczV6WVvqssOQboA4CZ2eayAjx+Zu2hHAPY/ew+zuv2DqceZgKhBfMXnFSM' +
    'fo3Hk/AoNxEj//c7zsvDwe11LxupGGhKO238vPG5uvZq2XoaZMWZNyre2bVuGuy2bXILcVok' +
    'dlejZwoUGjxD3jy4d8dIDTD593AWOceOThtkjXDKJsPMU9c0BddE9PgAbZw5u2lWCj7kTiZQ' +
    'GBtaUoHz6nwmzyufymdmLyseq1kHpNktti84NrPdYRHk+qjnEe2B8rNldxPkXL0t5dtnXbmV' +
    'mBR1YPUPpe3n37tbyOhozo2VJQL9dj4u2V8QG/IF7Rwv5/88JshA0LO/0fhRJTro8Frn2J5K' +
    'siyWtDIuG5/HDzSD4kjZZJlr9PioDTs5vJKrU3mlNFTnGwyB+/jhytzwIcvKbxFBTHtxaEAb' +
    '4qiPn8qE0t2Dfy8PjmjHmRVjYP3Hx7poOyEqRDxwI1gPt5J2x6XmI0o+NdJDbz3bOYFZU4Jc' +
    'ALMQC2ovaMFJBBxAGjux1Q+2M1nxxG5mfeeu2pGYU6ZPrBjalhM5yPHW1r2ydxJc4UCQIGF1' +
    's704zwhZ67A91iGaL3qj3bu1rnRDtRFnJ0nDat8D9WGX323kav45p42XRgjX3oJ6Bw1MNTUx' +
    'DghlB1CGL7lKi0HTf+atXyyTecuBr+X4wDiSxjh1yiKSFRMv5N9Y5zUPV/1VnRxXX1Oe/R3s' +
    'fBMvHByXvUqggrLVaHh3ZXOLWmAQBqkWojmjR8rq7ZCfq9eT1NHMPGlF9+ZD6Zpz9kjA44gv' +
    'rwZcBiqpyl2HNtxyTH872oF8Vz7qWHspXFasb+fa3UrMRGDqqagUA0vVIrD38g4LTnva16Rd' +
    'iwMsHTpLgwcRIUySpmuIkAGFNfG2OaYc59ob39ZNmR3LExKr7QaLGXBi/lzrrUcNXilJ69J0' +
    'TNgFmbZ51xZ+RffKPqkaaL5ivna186SfQYAdegK+tPG+MY8gf/UAcWiuDoNMUmN72brFzPt0' +
    '6QiVeUytWDsuXYuiAC1BHEffLZuDNXEdVnOUotA/GiDfJKPnV+gdPVJZjdqANmoc750wgj4d' +
    '3TJqQ8Ztt8wGHzpFwwrLJlC8EBanojW5WgrosVxMjy1CijP6AncOfJjKJdl3JbpRmvGn0KAf' +
    'VkfPtTB7C89AR6a6iqj7mjq0s/gzEqRsKYRz3gbIFaY7ZVx1toqMBoWbr4jC+wyXYG2G0DGl' +
    'CJRqAzC7kiWHzzcvkIVgt0YrDlxuwTTtkSO90RdqfJmMcc5CcvgmLTppki3QlQKa5bGcOxJL' +
    'npYu6OoQhRkid/ScH7YV7MqQ/KMk9kXBHUUPz3hghpE5cFEgBCBT3mGgMlXmQQp8HZxFLtpy' +
    'fgc6tz6ecLFgNhPURdeLVZYlsOasVhPBTmzxnVBGiqWe9nPVBUxP9nfoEuJBIJIDQnMAWPCq' +
    'hV0ybi71hZUrwOdq0TvvY67bZN9AFUbF69KQqGJgoY/nHPCtMJenAbpb3yxnOURggIDkvv0e' +
    'gDxkB2u+LpagSu5dSALr0+vSW6716tsUnVPPD+EKPCHDDJXOA0OJqH5zWfyVm6HBn5+5/s3x' +
    'OMp+6Y2UO7lhe45PkQP7r+mIo6lWR1oHm8YekIBa7WQjsk5hsekPjSjP+y4O5soVEmNDZeTk' +
    'rZXEqGjiEXa6rjt0Oazyxweeagn5kZybA+gVWrmFLkDO5vomKv8/nZEGXkN/5+a1dMky1MWu' +
    'eb5tcD+rqD0qMXY5CnWDVukEFiQZWaWDt9uwckQabbgmwF9qEGl3uWKAezob3GkZ1+gtW8Sb' +
    'O8u5v1QRKc6tCuf+GNHjz7tIy1z2uW6ubuyfkShUYdYq0OcJvgTnEE10l5Tz1Dhg6aQBcjSM' +
    'n3Lnl3Vo14GGsmsVkTInvAwVOfZ/0nYPc+Yq0ErAswkZIfi35ODfCiJa1qDVXfC33vhYuzyz' +
    'JifhhZFgiKPsyW9GLNk8fhvBd+fX6C1phAsww/aA6Qrh70J1g3vunyWTmsKQ9mpQT525BACB' +
    'PpRApCLFRZVvn/MnURFvT7YHGr8QU6MojwdtQ2oERmmJa7i60fC0GQH3hnqSL8rpzcZSr9s/' +
    'E9Gfr7bcVtUmwMgK+RhdFZKPQluvrrzyae9yFkIV5zTDKfhBXnM6w+XveCo+swlVQRUodKRC' +
    'FVVEgquGKDZOxusrMxAP6HZ6IUDHUnt77OLnmwCsAixJ/Hpzv6UrG0EOwErSmmWcmz74GNXe' +
    'f/djx39tPj7EIZoYJpv4z/nv1g/etXb8HSRNDvw1kT+eyhk7atvTtjf1q6lsMv9s6CvqSIlT' +
    '6Nv8z5FayJ8K2Wixj+seSADkeSKoiHHxATAi4pzMcpDfp5Zi3GEDUd8AL5nvn5TFjQZyA0Xz' +
    'fzGTrB2e2JXgpPi52CIQXg2J/iKU0Z7e50diRd1RupGjWmXJl3xX1nR+0O98EJXrdV7iOOeO' +
    'uhRFUBihJyhpxn1aZUH3ZdYEv18/oYN+UJAWQe8TrLAjOOM7ufiaULHFgqhLDGrs6Zfn/2li' +
    '/oGjfS7fjvkFyLUhp2HPrsKQChqk1lk2CcFNHY6kw4Xic73jvI7qIcM3dNuvTamurKtScItA' +
    'OL0RIuxjLeHNtfIJQj+v/dP/6LTC6jx/vMv+Zm4txVl0fA7nT+ekSQ7BZ3U7vJpiag3mcgwb' +
    'W1C6FTtO0EVT/mbT6UfznKwAXiwk83JZEHcDdFCiPan8moPE8Txdd2y+YNEEY7BW64uaY1FE' +
    'qhHYdasAMrsq0V+wLo9kpaFjZh/yE+2C40wgMdhrCfp9dfOUHT72TQnWnvqLcyRhO90le2lp' +
    'sNCqNjKxlGDlgFkgWcNHUj1n65Cnvk05Ed1VduyJed8w4gjAZowt0g0=',
    'base64'),
  zstdDecompress: Buffer.from(
    'KLUv/WDgLf1aALYsUBmgJUlj//9nZVVVf+7nIoSQFioWTnvY/ytSSwBFAEoAKRnVy5jZsItR' +
    'Mm7ZrqrUCigxUu8ksoSukFG3xBnVlLojCxuEiWKAMawtIb7KYtKYUN5Ym1jCrCZZuByDcA4v' +
    'D8IeTsYEscUkYxBEK05hmCnp9oJCfkkQ9apF5+xGmCo0SrdGS21l683OxI8pdCOtTTxLaSIY' +
    'anSmNLU2wBkEkdBCqvwrLpaJda16DxLogiM2vzRYDAZlOwLXDiaNWglSdPuUGmmxiFGmbNs3' +
    'eZRkggIYB6KISXe2hNq2Wh2TKWQaGQxCkeg2jnBonODuiMc0WraqXzw4qSNVuwWCMGUxbKsN' +
    'kgblMxMHWuNrl4yMNTEg437XM2W+WhadmbMB4bGxrVCR6xLsTjYQaF59yg+kr141SxSqA4HN' +
    'bLqBocSw2gsChZGoM7pGo6TtgxRogEBAMhmP1/EDE8DMJ9JYiTBnISOSJMlyQBGLQqDv0Gur' +
    'cAxcEQDzi+hrRKX1NYK2StlXGc758LtohDoBIQKox+NBYcltlzGMCH1l3vWecokRoyN0TUyZ' +
    '38/ChCzhhubE38A3A7GIA5Yu0E6YE/cKLMs47fRYJL0v8VeusvB5BvfxTOWtQC3mEie6i3oD' +
    'b8JR+co2BdeUolHDnsYhSxOrRezFCyN78a0oI8KRMHkqVB5ziznjPgTDVmxL2plLj3Jjocrn' +
    'U2ubyWqrew28Y3xU01v++FuiLHc1QZATRiYVut8gDwYUvNS0NWL8PFy2KtrrmMohM5R96C71' +
    'qdLFxDN5q2DSFnA6tvNB9ioyzKIX5efNcVP+9v/jNBc+JkOWpz0u3sfYGKJKNgvGHSOJoq0H' +
    '3yRdQ0+HwbFBM3AhmWXwzneYYKqOzSEHAUIgCZYL0KkkJa7834VZb9jhwIpwEY8XVm3eCOsU' +
    'r4r2Uuj0S6c1ipVVCGp7wfTRBPVuvOWmyJlGYkGCl2foFBws3j5mBbyEyDnFq3ESuCjraYo5' +
    'as6HWiBK6PvoAYxf14EulyLOhqZ6XX582YIk+dKi3NXsn8v5y++L7qzh2TCbX/8pr8S0ln7D' +
    'OEs9pKYE6nYGxjaA3hyCgMoVSa4rOzlUgDzREpk/McqQykb3KXk1tF1ZwjJAFavwBV0pQLff' +
    'wgUaaWdB9GZcjJlxHjpOZtUiHHMWFjrygAUeNKs26ZL0UfaZvy5Rz2P9v2ai78TmsqrjnCE0' +
    'y8WUHXJJjx9ybp4Nxz0gdBAH0hdWZEREYPccu1zlJWBMrOZ8tbUKv/DAOGNqyyMVrFoZxlYp' +
    'rZeTUezQL0YtL2FXG3jbOculuvSmeCPNfX94SgxlvP2C5IBEinHeTkQB+K3qLMPAw/rKNhlm' +
    'np4t/2mA2Cw10riNDVYqdzUoMxD8BJ+QRWiVfdN4q7uHFqqVu7RXblUqFFNXK1Vj640VC2Di' +
    'qJSrzpn13hFx11zV8GJZg9tWKx6tbUjph4lkE7LYf0E/bhDbUFG/BWUo3zktVeGr7I5syz7c' +
    'fp7rEdi56A8zRnMlpx8E1BkWO9k1GCvKfRSgwF1UTaLfcOx6rrCy3qfRULJcbdcS0qfFbCIk' +
    'FTYfaKH4BYrYrao0ZcJwxgYDpvfynDIKOyOVVf7gBFaBZXTbgEoJ/zfJltqjZX1HFMrpQ+SR' +
    'QL864gID9wDCgQ6gctnSpFVbcIUdyWQ9gnjjMucpyxgIQrA5gkq64eL/g/VQvMFIq0SaL7QS' +
    'Tq0SP48wf5EKqH5+xQnchyrBLrCghCdCGIb52mE5XM93MRG1kS86Zw923Qz0APhrnY8QSSBU' +
    'x0IL+GSI2xttwyZNCGV2jmxT3NnptJ5pr29SI0eest7yQI6wVwiqR84jNt1ci+kPDz9XDgVE' +
    '3vGHtZw2YrVbcpHEy5W3WiM8vEjbnVCCsVAy1qYNVdvdNoyMlhusSkcDttWkdqhqLgzPC0oW' +
    'q6R+BPQdezjMAPst9S70cWHOJcT+cOe19ieiAYS1v+AOEELCxZRcvdQ0eWbvgvtMYLnjMGc0' +
    'T9BboCKDbfeo6mMewiaLzLoUNLOt86Viv1emK6rtqdT6RCqdbrB+mLCybgG5ahJy9AQo7vcy' +
    'YJtZh9kPA2jmWK5Ue0Ew+8NDq7gFEhg7/4ZTO+bRungwhf6wkFYlgUqUu/j3YthrkGgYuQv2' +
    'WWNYptlbHJknGvH8bVC/TCHb3a4qaU0ZyiZmUKGaxeLNLFbM6jowoZSd18tCq5clILyybcVh' +
    'Rqlx9i8CkXdZ+/mZryE0rk5wtHtbfQ4zBp4dqClZfkIm+fYppO8C9QgECqs3xDEzDd6mIVBX' +
    'l3Jk+kMDkgsOhWQ2tjaekPj3OjOBZrCXJJlwusTeJbxPkfaJa8afdBCdBQrsHsRV7EMSOS86' +
    '87rl4bG9aNKkSmLSn6s/gNzHPI9F4B9rwRgLcwEko0OHoYydAuH8mubP0S0j8MHAdPCSb0Gh' +
    'VrkCdKdmidX8WzmLZrNisr9yD08Vx0L/whgdhTa01nrEPIhr6LCDceL7mpaMBuhmUcX+P3VF' +
    '+stMjwDSGBANULbhAr1mShAeYla68Ok+9k1SShnj4WIhliXYGw5fxyNdNAMUjdBfXciLY+rn' +
    '60oY1wtWkbSwFHHjHQEAxvB229lmmStxATia/pCZFtE1m+yl5u9N/ncDUvVsL/tLfhljY+2H' +
    'N1ZXRk4xXmBXStmqrHSljPlPJ9Byweshnp2IvY5X+8Q+TuvR4tipPXs4HZEE7Bt+Hg0x0Omu' +
    'HFd7jJX3RRRvjQDNXCiyHBMNtIHOSxg6ANDP3DmuCzmPXluE40Oojdqz+z8apFltgOFimsUi' +
    '3Bn//ejLrlEn7x+FLu2oGlEc2DdEQSeuGdR5FdyPKfN7KbWwaBQ41GHexDDAwlTil0B062+x' +
    'Nn+TDiCUPnNHtjnMxx8zuVgdSNvyrs+vk2vVHs9DFwbHB3RlMlPZgb7dX2+c1vucKdFgSIvQ' +
    'TldQoYWfa7U1g1UOi0RnnOOazEYhZWxFWV0WXE2CfB9LeRmxltaNHhPZsDJQHBGI1gd8xgXc' +
    'mKYbWK6n2ZlymHvyHWXo11sdIung7uguZV8DWG886p77k5rNGyCbseH3N37qHJyCtLS3O+u6' +
    '4T0hnfmeedSEyvmEthRC/rfakfHcIQlfIVNbNtJbgdN9fnmim18pnH/EBnd4AIpmbF4avwB/' +
    'Cyz4BnSGHJoOSrxizxqJRmTErtiABkFLah+EEWpzzU0BkWrSU0AeJBxcu5XTJZRZCzc2GKgw' +
    'vcU2qo6phVyM7sSXWL5yKmOE2y+tnGRg1t61CUL3cR/62DFI1N6QIK2M2ctISxC4k1YfcuHy' +
    'qFi9RTz6EIts8TZiE8oac/eURK5BgDOKz86JvsjxnsMjtZAljy/OirV0utqhlirhMmzgN7TY' +
    'QYsU3tpF1EUI6G4eC+BgaWzCictVrf7VevMQSmEZSOGoiMbbzmRb6mPuDdqA+UrKSN3rybD+' +
    '6fMKU/UHgIqhBmbXHqO7iFRVWMgQl8upXAOhltiRcIusw7zzxhGzNgruGKWGrqBa3JOjEq4x' +
    'YtJj8HHIgrnhjmgzMGvBF1qob8kA/kOUi2nKIr03NxdYpbegED5oIlIbg4oLfN99nGHFLhBM' +
    'Ms1oYnHUvx0sRgATMIo8R+lFBJ8/4wWcWRt91tnFDWuwJjwv9l2XjjzuGtsHlk6b0gMo4vCD' +
    'k8ux8/9GTosclDOlVuQJXGCeKUp1GLkyIAHbf8ZzAcgnUXjR33kcWORS6TE9WrfKtAnDJrXr' +
    'iHgD4eh1AJ5VhCGjif+9sgevD8rk8TmVeo5P66lNKU+iex8TzxQN+qcPgnuog+9WVd4UAYnE' +
    'xeab46Q23SkBq1hWTQ3VZqKU3R6ES03tJ2K9XzL8h/CqjPjziHZdYSXWVCPNRITC0uIHKYZU' +
    'Y0kV+yI=',
    'base64'),
};
let seed = 99;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const names = Object.keys(packed);
const results = [];
function run(i) {
  if (i === 30) { console.log(results.join('\n')); return; }
  const name = names[i % names.length];
  const create = { inflate: zlib.createInflate, gunzip: zlib.createGunzip, unzip: zlib.createUnzip,
    inflateRaw: zlib.createInflateRaw, brotliDecompress: zlib.createBrotliDecompress, zstdDecompress: zlib.createZstdDecompress }[name];
  const s = create({ chunkSize: 64 + rnd(2000) });
  const sizes = [];
  let total = 0;
  s.on('data', (d) => { sizes.push(d.length); total += d.length; });
  s.on('end', () => { results.push(`${i} ${name} ${sizes.length} ${sizes.slice(0, 5).join(',')} ${total} ${s.bytesWritten}`); run(i + 1); });
  const data = packed[name];
  let off = 0;
  while (off < data.length) { const n = 1 + rnd(700); s.write(data.subarray(off, off + n)); off += n; if (rnd(4) === 0) s.flush(); }
  s.end();
}
run(0);
