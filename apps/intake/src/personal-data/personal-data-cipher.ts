import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const KEY_VERSION = 'k1';

/**
 * Encrypts petitioners' personal data at rest (AES-256-GCM, a fresh IV per value) and makes
 * keyed hashes (HMAC-SHA256 with a key derived from the same secret) for look-ups and
 * duplicate detection, so an exact match never needs the plaintext in the database.
 */
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(secret: Buffer) {
    if (secret.length !== 32) throw new Error('the personal-data key must be 32 bytes');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'xinfang personal data encryption', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'xinfang personal data lookup', 32));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${KEY_VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, data] = stored.split(':');
    if (version !== KEY_VERSION || !data) throw new Error('unknown personal-data key version');
    const raw = Buffer.from(data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Encrypts a file: one version byte, the IV, the tag, then the ciphertext. */
  encryptBytes(plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]);
  }

  decryptBytes(stored: Buffer): Buffer {
    if (stored[0] !== 1) throw new Error('unknown personal-data key version');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, stored.subarray(1, 13));
    decipher.setAuthTag(stored.subarray(13, 29));
    return Buffer.concat([decipher.update(stored.subarray(29)), decipher.final()]);
  }

  /** A keyed hash of a normalised value, namespaced by what it is (so equal strings of different kinds differ). */
  lookupHash(kind: 'id-number' | 'phone' | 'name-phone' | 'client-address', value: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}\u0000${value}`).digest('hex');
  }
}
