import { randomInt } from 'node:crypto';

/** Letters and digits a citizen cannot misread: no 0/O, 1/I. 32 symbols, 5 bits each. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 5;

/** Bits of randomness in a tracking code: 15 symbols × 5 bits = 75 (the requirement is at least 60). */
export const TRACKING_CODE_BITS = GROUPS * GROUP_LENGTH * Math.log2(TRACKING_ALPHABET.length);

/** A new unguessable tracking code (查询码), e.g. `K7M2Q-XR9TB-H4WZP`, from the OS's CSPRNG. */
export function newTrackingCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Accepts what a citizen types: lower case, spaces, missing dashes, and the look-alikes O→0… mapped back. */
export function normalizeTrackingCode(input: string): string | null {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/I/g, '1');
  if (symbols.length !== GROUPS * GROUP_LENGTH || [...symbols].some((c) => !TRACKING_ALPHABET.includes(c))) return null;
  return symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}
