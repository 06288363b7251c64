import { jest } from '@jest/globals';
import { newTrackingCode } from '../../apps/intake/src/petitions/domain/tracking-code.js';
import { http, raw, QINGSHUI, QINGSHUI_SHIQIAO, Rig } from './support.js';

jest.setTimeout(180_000);

/** Upper critical value of the chi-square distribution (Wilson–Hilferty), for `z` standard deviations (3.72 ≈ p = 10⁻⁴). */
function chiSquareCritical(df: number, z = 3.72): number {
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

/**
 * What is wrong with the spread of a sample of codes: chi-square tests of the symbol frequencies
 * overall, at each position (Bonferroni-tightened for the 15 positions), and of successive pairs;
 * and the mean number of positions two consecutive codes share, which chance puts at length / k.
 */
function uniformityProblems(sample: string[]): string[] {
  const problems: string[] = [];
  const symbols = sample.map((c) => c.replace(/-/g, ''));
  const alphabet = [...new Set(symbols.join(''))].sort();
  const index = new Map(alphabet.map((ch, i) => [ch, i]));
  const length = symbols[0]!.length;
  const k = alphabet.length;

  const overall = new Array(k).fill(0);
  for (const s of symbols) for (const ch of s) overall[index.get(ch)!]++;
  const overallChi = chiSquare(overall, (symbols.length * length) / k);
  if (overallChi >= chiSquareCritical(k - 1)) problems.push(`symbol frequencies: chi² ${overallChi.toFixed(1)}`);

  for (let pos = 0; pos < length; pos++) {
    const counts = new Array(k).fill(0);
    for (const s of symbols) counts[index.get(s[pos]!)!]++;
    const chi = chiSquare(counts, symbols.length / k);
    if (chi >= chiSquareCritical(k - 1, 4.5)) problems.push(`position ${pos}: chi² ${chi.toFixed(1)}`);
  }

  const pairs = new Array(k * k).fill(0);
  let n = 0;
  for (const s of symbols)
    for (let i = 0; i + 1 < s.length; i++) {
      pairs[index.get(s[i]!)! * k + index.get(s[i + 1]!)!]++;
      n++;
    }
  const pairChi = chiSquare(pairs, n / (k * k));
  if (pairChi >= chiSquareCritical(k * k - 1)) problems.push(`successive pairs: chi² ${pairChi.toFixed(1)}`);

  let matches = 0;
  for (let i = 1; i < symbols.length; i++) for (let p = 0; p < length; p++) if (symbols[i]![p] === symbols[i - 1]![p]) matches++;
  const mean = matches / (symbols.length - 1);
  if (Math.abs(mean - length / k) >= 0.15) problems.push(`consecutive codes share ${mean.toFixed(3)} positions on average, chance is ${(length / k).toFixed(3)}`);
  return problems;
}

/** Codes issued through the API for the tests (TRACKING_CODE_SAMPLE to take more). */
const CODES = Number(process.env.TRACKING_CODE_SAMPLE ?? 1200);

/**
 * Tracking codes (查询码) cannot be enumerated: the codes intake issues carry at least 60 bits,
 * uniformly spread over an alphabet without look-alikes; and one client guessing codes is
 * stopped (429, in Chinese) long before it could hit one.
 */
describe('tracking codes cannot be enumerated', () => {
  let rig: Rig;
  const codes: string[] = [];

  beforeAll(async () => {
    rig = await Rig.start(['intake']);
    // issue codes the way citizens get them: registrations through the API, a different petitioner each
    const officer = await rig.token('township-officer', QINGSHUI);
    let next = 0;
    const worker = async () => {
      while (next < CODES) {
        const n = next++;
        const res = await http(rig.url('intake'), 'POST', '/api/petitions', {
          token: officer,
          body: { channel: 'letter', townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, category: 'other', title: `来信${n}`, content: `第${n}封来信。`, letterDate: '2026-03-01', petitioners: [{ name: `来信人${n}` }] },
        });
        if (res.status !== 201) throw new Error(`registration ${n}: ${res.status} ${JSON.stringify(res.body)}`);
        codes.push(res.body.trackingCode);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
  });

  afterAll(async () => {
    await rig?.close();
  });

  it(`issues distinct codes of at least 60 bits over an alphabet without 0/O/1/I (${CODES} codes)`, () => {
    expect(codes).toHaveLength(CODES);
    expect(new Set(codes).size).toBe(CODES);
    const symbols = codes.map((c) => c.replace(/-/g, ''));
    const lengths = new Set(symbols.map((s) => s.length));
    expect(lengths.size).toBe(1);
    const alphabet = [...new Set(symbols.join(''))].sort();
    for (const lookAlike of ['0', 'O', '1', 'I']) expect(alphabet).not.toContain(lookAlike);
    // the alphabet in use, and the entropy it gives: log2(|alphabet|) bits per symbol
    const length = symbols[0]!.length;
    const bits = length * Math.log2(alphabet.length);
    expect(alphabet.length).toBe(32);
    expect(bits).toBeGreaterThanOrEqual(60);
    // measured, not only by construction: Shannon entropy of the symbol frequencies, per symbol
    const counts = new Map<string, number>();
    for (const ch of symbols.join('')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const total = CODES * length;
    const shannon = -[...counts.values()].reduce((h, c) => h + (c / total) * Math.log2(c / total), 0);
    expect(shannon * length).toBeGreaterThanOrEqual(60);
    expect(shannon).toBeGreaterThan(Math.log2(32) - 0.02);
    process.stdout.write(`tracking codes: ${length} symbols × log2(${alphabet.length}) = ${bits} bits; measured ${(shannon * length).toFixed(2)} bits over ${CODES} codes\n`);
  });

  it('spreads the issued symbols uniformly: overall, at every position, and in successive pairs (chi-square, p = 10⁻⁴)', () => {
    expect(uniformityProblems(codes)).toEqual([]);
  });

  it('spreads the generator’s symbols uniformly too, on a larger sample (10,000 codes)', () => {
    expect(uniformityProblems(Array.from({ length: 10_000 }, () => newTrackingCode()))).toEqual([]);
    // the tests can fail: a generator whose last symbol comes up twice as often as the others is caught
    const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    const skewed = () => alphabet[Math.min(31, Math.floor(Math.random() * 33))]!;
    const biased = Array.from({ length: 10_000 }, () => Array.from({ length: 3 }, () => Array.from({ length: 5 }, skewed).join('')).join('-'));
    expect(uniformityProblems(biased).length).toBeGreaterThan(0);
  });

  it('stops one client guessing codes with a 429 in Chinese long before it could hit one; other clients and real codes are unaffected', async () => {
    const intake = rig.url('intake');
    const guesser = { 'x-forwarded-for': '198.51.100.23' };
    const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    const guess = () => Array.from({ length: 3 }, () => Array.from({ length: 5 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('')).join('-');
    const answers: number[] = [];
    let limited: Awaited<ReturnType<typeof fetch>> | undefined;
    let limit = 0;
    for (let i = 0; i < 130 && !limited; i++) {
      const code = guess();
      const res = await fetch(`${intake}/api/public/petitions/${code}`, { headers: guesser });
      limit = Number(res.headers.get('x-ratelimit-limit'));
      if (res.status === 429) limited = res;
      else {
        answers.push(res.status);
        await res.arrayBuffer();
      }
    }
    // every guess before the limit found nothing; the limit came within one window (two, if the test crossed a window's edge)
    expect(new Set(answers)).toEqual(new Set([404]));
    expect(limited).toBeDefined();
    expect(answers.length).toBeLessThanOrEqual(2 * limit);
    const body = (await limited!.json()) as { statusCode: number; message: string };
    expect(body.statusCode).toBe(429);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    // the limit hides existence too: a real code from the same client is refused the same way
    expect((await http(intake, 'GET', `/api/public/petitions/${codes[0]}`, { headers: guesser })).status).toBe(429);
    // another client still follows its petition
    expect((await http(intake, 'GET', `/api/public/petitions/${codes[0]}`, { headers: { 'x-forwarded-for': '198.51.100.24' } })).status).toBe(200);

    // what that limit means: at `limit` guesses per 10 minutes per address, 10,000 addresses guessing for a
    // year against a million issued codes hit one with a probability far below one in a thousand
    const bits = 15 * Math.log2(32);
    const guessesPerYear = (limit * 6 * 24 * 365) * 10_000;
    expect((guessesPerYear * 1_000_000) / 2 ** bits).toBeLessThan(1e-3);
  });

  it('limits the other public routes per client too (submission, evaluation)', async () => {
    const intake = rig.url('intake');
    const client = { 'x-forwarded-for': '198.51.100.99' };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await raw(intake, 'POST', '/api/public/petitions', { headers: client, contentType: 'application/json', body: '{}' })).status);
    expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true);
    expect(statuses).toContain(429);
    const evaluations: number[] = [];
    for (let i = 0; i < 25; i++) evaluations.push((await http(intake, 'POST', `/api/public/petitions/${codes[1]}/evaluation`, { headers: client, body: { rating: 'satisfied' } })).status);
    expect(evaluations).toContain(429);
    expect(evaluations.filter((s) => s !== 429).every((s) => s === 409)).toBe(true);
  });
});
