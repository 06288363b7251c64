import { deadlineTone, remainingPhrase } from './deadline';

describe('deadline badges', () => {
  const now = new Date('2026-03-02T10:00:00+08:00');
  const after = (hours: number) => new Date(now.getTime() + hours * 3600_000);

  it.each([
    [24 * 10, 'ok'],
    [24 * 3 + 1, 'ok'],
    [24 * 3, 'soon'],
    [1, 'soon'],
    [0, 'soon'],
    [-1, 'overdue'],
    [-24 * 5, 'overdue'],
  ] as const)('%i hours ahead is %s', (hours, tone) => expect(deadlineTone(after(hours), now)).toBe(tone));

  it('is red when the service says overdue, even if the clock here says otherwise', () => {
    expect(deadlineTone(after(48), now, true)).toBe('overdue');
  });

  it('says how long is left, or how long ago it passed', () => {
    expect(remainingPhrase(after(24 * 5 + 3), now)).toBe('还剩 5 天');
    expect(remainingPhrase(after(6.5), now)).toBe('还剩 6 小时');
    expect(remainingPhrase(after(0.25), now)).toBe('还剩 15 分钟');
    expect(remainingPhrase(after(-49), now)).toBe('已超期 2 天');
  });
});
