import { randomBytes } from 'node:crypto';
import type { PersonalDataCipher } from './personal-data-cipher.js';

export interface PersonIdentity {
  name: string;
  idNumber?: string | null;
  phone?: string | null;
}

/** Keyed hashes that find the same person again: by ID number, else by name and phone together. */
export function identityHashes(cipher: PersonalDataCipher, person: PersonIdentity): { idNumberHash: string | null; namePhoneHash: string | null; phoneHash: string | null } {
  return {
    idNumberHash: person.idNumber ? cipher.lookupHash('id-number', person.idNumber) : null,
    namePhoneHash: person.phone ? cipher.lookupHash('name-phone', `${person.name}\u0000${person.phone}`) : null,
    phoneHash: person.phone ? cipher.lookupHash('phone', person.phone) : null,
  };
}

/**
 * The pseudonymous reference events carry for a petitioner: stable for the same person (by ID
 * number, else name + phone), meaningless outside intake, and never reversible without the key.
 */
export function petitionerRef(cipher: PersonalDataCipher, person: PersonIdentity): string {
  const { idNumberHash, namePhoneHash } = identityHashes(cipher, person);
  const basis = idNumberHash ?? namePhoneHash;
  return basis ? `pr_${basis.slice(0, 16)}` : `pr_${randomBytes(8).toString('hex')}`;
}
