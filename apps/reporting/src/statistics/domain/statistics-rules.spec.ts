import { parsePeriod, planPeriod, screeningMonths, yearPeriod } from './period.js';
import { rate, satisfactionRates, summarise } from './summary.js';

describe('periods', () => {
  it('reads dates as China local days, a date-only `to` including its day', () => {
    expect(parsePeriod('2026-01-01', '2026-12-31')).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    expect(parsePeriod(undefined, '2026-03-01T00:00:00Z')).toEqual({ from: null, to: new Date('2026-03-01T00:00:00Z') });
  });

  it('splits a period into whole months for the rollups and partial edges for the facts', () => {
    expect(planPeriod(yearPeriod(2026))).toEqual({ fullFrom: '2026-01-01', fullTo: '2027-01-01', edges: [] });
    expect(planPeriod(parsePeriod('2026-01-15', '2026-03-10'))).toEqual({
      fullFrom: '2026-02-01',
      fullTo: '2026-03-01',
      edges: [
        { from: new Date('2026-01-14T16:00:00Z'), to: new Date('2026-01-31T16:00:00Z') },
        { from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-10T16:00:00Z') },
      ],
    });
    // inside one month: no rollup at all
    expect(planPeriod(parsePeriod('2026-05-02', '2026-05-20'))).toMatchObject({ fullFrom: '2026-06-01', fullTo: '2026-06-01', edges: [{}] });
    expect(planPeriod({ from: null, to: null })).toEqual({ fullFrom: '1900-01-01', fullTo: '9999-12-01', edges: [] });
    expect(screeningMonths(yearPeriod(2026))).toEqual({ from: '2026-01', to: '2026-12' });
  });
});

describe('rates', () => {
  it('are fractions, or null when nothing is counted', () => {
    expect(rate(23, 23)).toBe(1);
    expect(rate(0, 0)).toBeNull();
    expect(summarise({}).closureRate).toBeNull();
    expect(summarise({ received: 4, closed: 1 }).closureRate).toBe(0.25);
  });

  it('count satisfaction both ways: 满意+基本满意 (satisfactionRate) and 满意 alone', () => {
    expect(satisfactionRates({ evaluated: 10, satisfied: 6, basically_satisfied: 3, unsatisfied: 1 })).toEqual({ satisfactionRate: 0.9, strictSatisfactionRate: 0.6 });
    const s = summarise({ received: 1, evaluated: 10, eligible: 20, satisfied: 6, basically_satisfied: 3 });
    expect(s).toMatchObject({ satisfactionCounting: 'satisfied+basically-satisfied', satisfactionRate: 0.9, strictSatisfactionRate: 0.6, evaluationRate: 0.5 });
  });
});
