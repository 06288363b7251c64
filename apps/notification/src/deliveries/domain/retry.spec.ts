import { nextAttemptDelayMs } from './retry.js';

describe('retry backoff', () => {
  it('doubles from the base with each failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => nextAttemptDelayMs(attempt, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('waits the base after the first failure, and never less', () => {
    expect(nextAttemptDelayMs(1, 50)).toBe(50);
    expect(nextAttemptDelayMs(0, 50)).toBe(50);
  });

  it('never waits more than an hour', () => {
    expect(nextAttemptDelayMs(8, 30_000)).toBe(3_600_000);
    expect(nextAttemptDelayMs(50, 30_000)).toBe(3_600_000);
    expect(nextAttemptDelayMs(1, 7_200_000)).toBe(3_600_000);
  });

  it('grows monotonically up to the cap', () => {
    let previous = 0;
    for (let attempt = 1; attempt <= 50; attempt++) {
      const delay = nextAttemptDelayMs(attempt, 10);
      expect(delay).toBeGreaterThanOrEqual(previous);
      expect(Number.isFinite(delay)).toBe(true);
      previous = delay;
    }
    expect(previous).toBe(3_600_000);
  });

  it('with the defaults (30 s base, 8 attempts) a failing channel is given up about two hours after the first try', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((attempt) => nextAttemptDelayMs(attempt, 30_000));
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBe(30_000 * (2 ** 7 - 1));
    expect(total / 60_000).toBeCloseTo(63.5);
  });
});
