import { beijingToday, isValidDate, monthsOf, periodFromQuery, periodLabel, presetOf, presetPeriod } from './period';

// 2026-12-31 20:00 UTC is already 2027-01-01 in Beijing
const NEW_YEAR_IN_BEIJING = new Date('2026-12-31T20:00:00Z');
const MID_MAY = new Date('2026-05-09T06:00:00Z');

describe('the dashboard periods, in Beijing days', () => {
  it('takes today from Beijing, not from the browser', () => {
    expect(beijingToday(NEW_YEAR_IN_BEIJING)).toBe('2027-01-01');
    expect(presetPeriod('year', NEW_YEAR_IN_BEIJING)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('gives each preset as both days inclusive', () => {
    expect(presetPeriod('year', MID_MAY)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('last-year', MID_MAY)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('quarter', MID_MAY)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetPeriod('month', MID_MAY)).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(presetPeriod('month', new Date('2028-02-10T00:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('last-12-months', MID_MAY)).toEqual({ from: '2025-06-01', to: '2026-05-31' });
    expect(presetPeriod('last-12-months', new Date('2026-12-05T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('recognises a preset, and nothing else, from its dates', () => {
    expect(presetOf({ from: '2026-04-01', to: '2026-06-30' }, MID_MAY)).toBe('quarter');
    expect(presetOf({ from: '2026-04-02', to: '2026-06-30' }, MID_MAY)).toBeNull();
  });

  it('reads the period from the address, or this year when it is missing or broken', () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(periodFromQuery(q('from=2026-03-01&to=2026-03-31'), MID_MAY)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    for (const broken of ['', 'from=2026-03-01', 'from=2026-02-30&to=2026-03-31', 'from=2026-04-01&to=2026-03-31', 'from=x&to=y']) {
      expect(periodFromQuery(q(broken), MID_MAY)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    }
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
  });

  it('names a period as the bureau writes it', () => {
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026年度');
    expect(periodLabel({ from: '2026-05-01', to: '2026-05-31' })).toBe('2026年5月');
    expect(periodLabel({ from: '2025-06-01', to: '2026-05-31' })).toBe('2025年6月1日至2026年5月31日');
  });

  it('lists every month the period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-03' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-01-01', to: '2026-12-31' })).toHaveLength(12);
  });
});
