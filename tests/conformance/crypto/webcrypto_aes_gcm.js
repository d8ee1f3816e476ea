// AES-GCM in Web Crypto: every allowed tag length with 128/192/256-bit keys
// (ciphertexts are fixed by key, IV and data), round trips, a tampered
// ciphertext, a too-short input, and the invalid tag lengths.
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  const iv = new Uint8Array(12).fill(1);
  for (const bytes of [16, 24, 32]) {
    const key = await subtle.importKey('raw', new Uint8Array(bytes).fill(bytes), 'AES-GCM', false, ['encrypt', 'decrypt']);
    for (const tagLength of [32, 64, 96, 104, 112, 120, 128]) {
      const ct = await subtle.encrypt({ name: 'AES-GCM', iv, tagLength, additionalData: Buffer.from('ad') }, key, Buffer.from('attack at dawn'));
      const pt = await subtle.decrypt({ name: 'AES-GCM', iv, tagLength, additionalData: Buffer.from('ad') }, key, ct);
      console.log(bytes * 8, tagLength, hex(ct), Buffer.from(pt).toString());
    }
  }
  const key = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const ct = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(100)));
  console.log('empty plaintext', hex(await subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(0))));
  ct[3] ^= 1;
  for (const [label, f] of [
    ['tampered', () => subtle.decrypt({ name: 'AES-GCM', iv }, key, ct)],
    ['too short', () => subtle.decrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(8))],
    ['tag 100', () => subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 100 }, key, ct)],
    ['tag 0', () => subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 0 }, key, ct)],
  ]) {
    await f().then((v) => console.log(label, 'ok', v), (e) => console.log(label, e.name, e.message));
  }
})();
