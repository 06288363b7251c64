import { randomBytes } from 'node:crypto';
import type { PersonalDataCipher } from './personal-data-cipher.js';

/**
 * The pseudonymous reference events carry for a petitioner: stable for the same person (by ID
 * number, else name + phone), meaningless outside intake, and never reversible without the key.
 */
export function petitionerRef(cipher: PersonalDataCipher, person: { name: string; idNumber?: string | null; phone?: string | null }): string {
  if (person.idNumber) return `pr_${cipher.lookupHash('id-number', person.idNumber).slice(0, 16)}`;
  if (person.phone) return `pr_${cipher.lookupHash('name-phone', `${person.name}\u0000${person.phone}`).slice(0, 16)}`;
  return `pr_${randomBytes(8).toString('hex')}`;
}
