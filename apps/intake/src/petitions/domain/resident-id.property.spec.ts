import fc from 'fast-check';
import { normalizeResidentId, residentIdProblem } from './resident-id.js';

/**
 * Properties of resident ID validation (GB 11643-1999), against an independent statement of the
 * check: the 18 characters, read with weights 2^(17-i) mod 11 and X = 10, sum to 1 mod 11 (ISO 7064 MOD 11-2).
 */
const TODAY = new Date('2026-11-27T12:00:00Z');
const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];

function checkCharacter(first17: string): string {
  // the check character c makes sum(d_i · 2^(17-i)) + c ≡ 1 (mod 11)
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

function isValidByDefinition(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 18; i++) sum += (id[i] === 'X' ? 10 : Number(id[i])) * (2 ** (17 - i) % 11);
  return sum % 11 === 1;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;

const areaCode = fc.tuple(fc.constantFrom(...PROVINCES), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([p, c, d]) => `${p}${pad(c, 2)}${pad(d, 2)}`);
const birthDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-27T00:00:00Z'), noInvalidDate: true }).map(ymd);
const sequence = fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3));

/** A resident ID as the State issues them: area code, real birth date, sequence, computed check character. */
const validResidentId = fc.tuple(areaCode, birthDate, sequence).map(([a, b, s]) => `${a}${b}${s}${checkCharacter(`${a}${b}${s}`)}`);

/** Dates that do not exist (30 February, 31 April, month 13, day 0 …), with a correct check character. */
const impossibleDate = fc
  .tuple(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 31 }))
  .filter(([y, m, d]) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    return m < 1 || m > 12 || d < 1 || date.getUTCMonth() !== m - 1;
  })
  .map(([y, m, d]) => `${y}${pad(m, 2)}${pad(d, 2)}`);

describe('resident ID numbers: properties (fast-check)', () => {
  it('the generator agrees with the definition of the check', () => {
    fc.assert(fc.property(validResidentId, (id) => isValidByDefinition(id)));
  });

  it('accepts every generated valid number', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        expect(residentIdProblem(id, TODAY)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts what staff type for a valid number: spaces and a lower-case x', () => {
    fc.assert(
      fc.property(validResidentId, fc.array(fc.integer({ min: 0, max: 18 }), { maxLength: 3 }), (id, spaces) => {
        let typed = id.toLowerCase();
        for (const at of spaces) typed = `${typed.slice(0, at)} ${typed.slice(at)}`;
        expect(normalizeResidentId(typed)).toBe(id);
        expect(residentIdProblem(normalizeResidentId(typed), TODAY)).toBeNull();
      }),
    );
  });

  it('refuses any single-character substitution by another digit or X', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X'), (id, at, ch) => {
        fc.pre(id[at] !== ch);
        const changed = `${id.slice(0, at)}${ch}${id.slice(at + 1)}`;
        expect(residentIdProblem(changed, TODAY)).not.toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses any single-character substitution by any character, after the normalisation staff input gets', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 17 }), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }), (id, at, ch) => {
        const changed = `${id.slice(0, at)}${ch}${id.slice(at + 1)}`;
        fc.pre(normalizeResidentId(changed) !== id); // x for X is the same number
        expect(residentIdProblem(normalizeResidentId(changed), TODAY)).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a number with one character left out or one added', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X'), fc.boolean(), (id, at, ch, insert) => {
        const changed = insert ? `${id.slice(0, at)}${ch}${id.slice(at)}` : `${id.slice(0, at)}${id.slice(at + 1)}`;
        expect(residentIdProblem(changed, TODAY)).toBe('format');
      }),
    );
  });

  it('refuses two neighbouring characters swapped (MOD 11-2 catches every adjacent transposition)', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 16 }), (id, at) => {
        fc.pre(id[at] !== id[at + 1]);
        const swapped = `${id.slice(0, at)}${id[at + 1]}${id[at]}${id.slice(at + 2)}`;
        expect(residentIdProblem(swapped, TODAY)).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a birth date that does not exist, even with a correct check character', () => {
    fc.assert(
      fc.property(areaCode, impossibleDate, sequence, (a, b, s) => {
        const id = `${a}${b}${s}${checkCharacter(`${a}${b}${s}`)}`;
        expect(residentIdProblem(id, TODAY)).toBe('birth-date');
      }),
    );
  });

  it('refuses a birth date after today', () => {
    fc.assert(
      fc.property(areaCode, fc.date({ min: new Date('2026-11-28T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map(ymd), sequence, (a, b, s) => {
        const id = `${a}${b}${s}${checkCharacter(`${a}${b}${s}`)}`;
        expect(residentIdProblem(id, TODAY)).toBe('birth-date');
      }),
    );
  });

  it('never throws on any string, and accepts only what the definition accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 25 }), fc.stringMatching(/^[0-9X]{16,19}$/)), (s) => {
        const problem = residentIdProblem(s, TODAY);
        if (problem === null) expect(isValidByDefinition(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
