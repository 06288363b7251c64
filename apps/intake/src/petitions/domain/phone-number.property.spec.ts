import fc from 'fast-check';
import { isMobile, normalizePhone } from './phone-number.js';

/**
 * Properties of phone normalisation: every mainland mobile and landline number, however it is
 * written (spaces, brackets, a dash, +86 or 0086), comes out in one canonical form, so the same
 * number always gives the same keyed hash; anything else is refused, and nothing throws.
 */
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** 1[3-9]x xxxx xxxx */
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);

/**
 * Area codes: 010 and 020–029 have three characters, with 8-digit local numbers; all others four
 * (0311, 0739 …), with 7- or 8-digit local numbers. Local numbers start with 2–9.
 */
const landline = fc.oneof(
  fc.tuple(fc.constantFrom('010', '020', '021', '022', '023', '024', '025', '027', '028', '029'), fc.integer({ min: 2, max: 9 }), digits(7)).map(([area, first, rest]) => ({ area, local: `${first}${rest}` })),
  fc.tuple(fc.integer({ min: 3, max: 9 }), digits(2), fc.integer({ min: 2, max: 9 }), fc.oneof(digits(6), digits(7))).map(([a, b, first, rest]) => ({ area: `0${a}${b}`, local: `${first}${rest}` })),
);

/** Splits a digit string into groups at random points, joined by spaces. */
const spaced = (value: string) =>
  fc.array(fc.integer({ min: 1, max: value.length - 1 }), { maxLength: 3 }).map((cuts) => {
    const points = [...new Set(cuts)].sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const p of points) {
      parts.push(value.slice(from, p));
      from = p;
    }
    parts.push(value.slice(from));
    return parts.join(' ');
  });

const international = fc.constantFrom('', '+86', '+86 ', '0086', '0086 ');

const writtenMobile = mobile.chain((m) =>
  fc.record({
    number: fc.constant(m),
    typed: fc.tuple(international, fc.oneof(fc.constant(m), fc.constant(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`), spaced(m))).map(([prefix, body]) => `${prefix}${body}`),
  }),
);

const writtenLandline = landline.chain(({ area, local }) =>
  fc.record({
    canonical: fc.constant(`${area}-${local}`),
    typed: fc.oneof(
      fc.constant(`${area}-${local}`),
      fc.constant(`${area}${local}`),
      fc.constant(`${area} ${local}`),
      fc.constant(`(${area})${local}`),
      fc.constant(`(${area}) ${local}`),
      spaced(`${area}${local}`),
      // from abroad the trunk 0 is dropped: +86 739 5551234, +86 10 62345678
      fc.constantFrom('+86 ', '+86', '0086 ').map((p) => `${p}${area.slice(1)} ${local}`),
      fc.constantFrom('+86 ', '0086').map((p) => `${p}${area.slice(1)}${local}`),
    ),
  }),
);

/** What "really a number" means: nothing but digits once spaces, brackets, one area-code dash and a country prefix are gone. */
function digitsOf(value: string): string | null {
  const compact = value.replace(/[\s()]/g, '').replace(/^(\+86|0086)-?/, '');
  return /^\d+(-\d+)?$/.test(compact) ? compact.replace('-', '') : null;
}

describe('phone numbers: properties (fast-check)', () => {
  it('normalises every mobile number, however written, to its 11 digits', () => {
    fc.assert(
      fc.property(writtenMobile, ({ number, typed }) => {
        expect(normalizePhone(typed)).toBe(number);
        expect(isMobile(normalizePhone(typed)!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises every landline number, however written, to area code-dash-local number', () => {
    fc.assert(
      fc.property(writtenLandline, ({ canonical, typed }) => {
        expect(normalizePhone(typed)).toBe(canonical);
        expect(isMobile(canonical)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: a normalised number normalises to itself', () => {
    fc.assert(
      fc.property(fc.oneof(writtenMobile.map((m) => m.typed), writtenLandline.map((l) => l.typed)), (typed) => {
        const once = normalizePhone(typed);
        expect(once).not.toBeNull();
        expect(normalizePhone(once!)).toBe(once);
      }),
    );
  });

  it('never throws on any string, and refuses it unless it really is a number', () => {
    const noisy = fc.string({ unit: fc.constantFrom(...'0123456789 +-()'), maxLength: 18 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ maxLength: 20, unit: 'binary' }), noisy), (s) => {
        const result = normalizePhone(s);
        if (result === null) return;
        // accepted: it was a number, and the result is that number in canonical form
        expect(/^(1[3-9]\d{9}|0\d{2,3}-\d{7,8})$/.test(result)).toBe(true);
        const typed = digitsOf(s);
        expect(typed).not.toBeNull();
        const canonicalDigits = result.replace('-', '');
        expect([canonicalDigits, canonicalDigits.slice(1)]).toContain(typed);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses mobile-like numbers of the wrong length or with a second digit of 0-2', () => {
    const wrongLength = fc.oneof(digits(8), digits(10)).map((d) => `13${d}`);
    const wrongPrefix = fc.tuple(fc.integer({ min: 0, max: 2 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
    fc.assert(
      fc.property(fc.oneof(wrongLength, wrongPrefix), (s) => {
        expect(normalizePhone(s)).toBeNull();
      }),
    );
  });
});
