import { randomBytes } from 'node:crypto';
import { PersonalDataCipher } from './personal-data-cipher.js';

describe('personal data cipher', () => {
  const cipher = new PersonalDataCipher(randomBytes(32));

  it('round-trips Chinese text, with a fresh IV each time', () => {
    const a = cipher.encrypt('张建国');
    const b = cipher.encrypt('张建国');
    expect(a).not.toBe(b);
    expect(a).not.toContain('张建国');
    expect(cipher.decrypt(a)).toBe('张建国');
  });

  it('refuses a tampered value', () => {
    const stored = cipher.encrypt('430524196803121232');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`k1:${raw.toString('base64')}`)).toThrow();
  });

  it('hashes for look-up: stable per key and kind, different across keys and kinds', () => {
    const other = new PersonalDataCipher(randomBytes(32));
    expect(cipher.lookupHash('id-number', 'x')).toBe(cipher.lookupHash('id-number', 'x'));
    expect(cipher.lookupHash('id-number', 'x')).not.toBe(cipher.lookupHash('phone', 'x'));
    expect(cipher.lookupHash('id-number', 'x')).not.toBe(other.lookupHash('id-number', 'x'));
  });

  it('needs a 32-byte key', () => {
    expect(() => new PersonalDataCipher(randomBytes(16))).toThrow('32 bytes');
  });
});
