import { isQuiet, quietUntil, type QuietHours } from './quiet-hours.js';

const NIGHT: QuietHours = { startHour: 21, endHour: 8 };
/** An instant given as China time (UTC+8), e.g. china('2026-03-02 21:00'). */
const china = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const MINUTE = 60_000;

describe('quiet hours (China time)', () => {
  describe('the default window, 21:00–08:00 across midnight', () => {
    it.each([
      ['2026-03-02 20:59', false],
      ['2026-03-02 21:00', true],
      ['2026-03-02 23:59', true],
      ['2026-03-03 00:00', true],
      ['2026-03-03 03:30', true],
      ['2026-03-03 07:59', true],
      ['2026-03-03 08:00', false],
      ['2026-03-03 12:00', false],
    ])('%s is quiet: %s', (local, quiet) => {
      expect(isQuiet(china(local), NIGHT)).toBe(quiet);
    });

    it.each([
      // evening: until tomorrow 08:00
      ['2026-03-02 21:00', '2026-03-03 08:00'],
      ['2026-03-02 23:59', '2026-03-03 08:00'],
      // after midnight: until 08:00 the same (China) day
      ['2026-03-03 00:00', '2026-03-03 08:00'],
      ['2026-03-03 07:59', '2026-03-03 08:00'],
      // across a month and a year end
      ['2026-02-28 22:00', '2026-03-01 08:00'],
      ['2026-12-31 21:30', '2027-01-01 08:00'],
    ])('%s waits until %s', (local, until) => {
      expect(quietUntil(china(local), NIGHT)).toEqual(china(until));
    });

    it('returns the same instant outside the window', () => {
      const at = china('2026-03-03 08:00');
      expect(quietUntil(at, NIGHT)).toBe(at);
      expect(quietUntil(china('2026-03-02 20:59'), NIGHT)).toEqual(china('2026-03-02 20:59'));
    });
  });

  describe('China time, not the server’s UTC clock', () => {
    it('13:00 UTC is 21:00 in China: quiet, though 13 is outside 21–8', () => {
      expect(isQuiet(new Date('2026-03-02T13:00:00Z'), NIGHT)).toBe(true);
    });

    it('01:00 UTC is 09:00 in China: not quiet, though 1 is inside 21–8', () => {
      expect(isQuiet(new Date('2026-03-02T01:00:00Z'), NIGHT)).toBe(false);
    });

    it('the end of the window is 08:00 China = 00:00 UTC, on the China date', () => {
      // 18:00 UTC on 2 March is 02:00 China on 3 March: the window ends 3 March 08:00 China
      expect(quietUntil(new Date('2026-03-02T18:00:00Z'), NIGHT).toISOString()).toBe('2026-03-03T00:00:00.000Z');
      // 23:59 UTC on 2 March is 07:59 China on 3 March: one minute to go
      expect(quietUntil(new Date('2026-03-02T23:59:00Z'), NIGHT).toISOString()).toBe('2026-03-03T00:00:00.000Z');
      // 13:00 UTC on 2 March is 21:00 China on 2 March: the window ends the next China morning
      expect(quietUntil(new Date('2026-03-02T13:00:00Z'), NIGHT).toISOString()).toBe('2026-03-03T00:00:00.000Z');
    });
  });

  describe('other windows', () => {
    it('a window within one day (12:00–14:00)', () => {
      const lunch = { startHour: 12, endHour: 14 };
      expect(isQuiet(china('2026-03-02 11:59'), lunch)).toBe(false);
      expect(isQuiet(china('2026-03-02 12:00'), lunch)).toBe(true);
      expect(isQuiet(china('2026-03-02 13:59'), lunch)).toBe(true);
      expect(isQuiet(china('2026-03-02 14:00'), lunch)).toBe(false);
      expect(quietUntil(china('2026-03-02 12:30'), lunch)).toEqual(china('2026-03-02 14:00'));
    });

    it('a window starting at midnight (00:00–06:00)', () => {
      const early = { startHour: 0, endHour: 6 };
      expect(isQuiet(china('2026-03-02 23:59'), early)).toBe(false);
      expect(isQuiet(china('2026-03-03 00:00'), early)).toBe(true);
      expect(quietUntil(china('2026-03-03 00:00'), early)).toEqual(china('2026-03-03 06:00'));
    });

    it('a window ending at midnight (23:00–00:00)', () => {
      const late = { startHour: 23, endHour: 0 };
      expect(isQuiet(china('2026-03-02 22:59'), late)).toBe(false);
      expect(isQuiet(china('2026-03-02 23:30'), late)).toBe(true);
      expect(isQuiet(china('2026-03-03 00:00'), late)).toBe(false);
      expect(quietUntil(china('2026-03-02 23:30'), late)).toEqual(china('2026-03-03 00:00'));
    });

    it('start equal to end means no quiet hours at all', () => {
      for (let h = 0; h < 24; h++) expect(isQuiet(china(`2026-03-02 ${String(h).padStart(2, '0')}:30`), { startHour: 5, endHour: 5 })).toBe(false);
    });

    it('a window of all day but one hour (09:00–08:00)', () => {
      const q = { startHour: 9, endHour: 8 };
      expect(isQuiet(china('2026-03-02 08:30'), q)).toBe(false);
      expect(quietUntil(china('2026-03-02 09:00'), q)).toEqual(china('2026-03-03 08:00'));
      expect(quietUntil(china('2026-03-03 07:00'), q)).toEqual(china('2026-03-03 08:00'));
    });
  });

  it('for every window and every quarter hour of a day: the wait ends at the first moment that is not quiet', () => {
    const day = china('2026-03-02 00:00').getTime();
    const wrong: string[] = [];
    for (let startHour = 0; startHour < 24; startHour++) {
      for (let endHour = 0; endHour < 24; endHour++) {
        const q = { startHour, endHour };
        for (let quarter = 0; quarter < 96; quarter++) {
          const at = new Date(day + quarter * 15 * MINUTE + 7 * 1000);
          const until = quietUntil(at, q);
          const ok = !isQuiet(at, q)
            ? until === at
            : until.getTime() > at.getTime() &&
              until.getTime() - at.getTime() <= 24 * 60 * MINUTE &&
              // on the hour, China time, at the end hour
              until.getUTCMinutes() === 0 &&
              (until.getUTCHours() + 8) % 24 === endHour &&
              !isQuiet(until, q) &&
              isQuiet(new Date(until.getTime() - 1), q);
          if (!ok) wrong.push(`${startHour}–${endHour} at ${at.toISOString()}: ${until.toISOString()}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
