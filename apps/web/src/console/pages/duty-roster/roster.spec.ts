import { dayErrors, dayPhrase, leaderChoices, restLabel, weeksOf, withDay, type RosterDay } from './roster';

const october: RosterDay[] = Array.from({ length: 31 }, (_, i) => {
  const date = `2026-10-${String(i + 1).padStart(2, '0')}`;
  return i < 7 ? { date, working: false, kind: 'holiday', name: '国庆节' } : { date, working: true, kind: 'workday', name: null };
});

describe('the 领导接访 roster', () => {
  it('lays the month out in weeks from Monday', () => {
    const weeks = weeksOf(october);
    // 2026-10-01 is a Thursday: three empty cells before it
    expect(weeks[0]!.slice(0, 4).map((d) => d?.date ?? null)).toEqual([null, null, null, '2026-10-01']);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeksOf([])).toEqual([]);
  });

  it('sets or clears one day in the month the API replaces, and finds its entry', () => {
    const days = [
      { date: '2026-10-12', leaderId: 'a', leaderName: '镇长' },
      { date: '2026-10-09', leaderId: 'b', leaderName: '副镇长' },
    ];
    expect(withDay(days, '2026-10-10', { leaderId: 'c', leaderName: '书记' })).toEqual({
      days: [days[1], { date: '2026-10-10', leaderId: 'c', leaderName: '书记' }, days[0]],
      index: 1,
    });
    expect(withDay(days, '2026-10-12', { leaderId: 'c', leaderName: '书记' }).days.filter((d) => d.date === '2026-10-12')).toEqual([{ date: '2026-10-12', leaderId: 'c', leaderName: '书记' }]);
    expect(withDay(days, '2026-10-12', null)).toEqual({ days: [days[1]], index: -1 });
  });

  it('shows the day’s own refusals at its fields and the rest above them', () => {
    const errors = [
      { field: 'days[1].date', rule: 'workingDay', message: '2026-10-03 不是工作日（节假日不安排接访）' },
      { field: 'days[1].leaderName', message: '不能为空' },
      { field: 'days[0].date', message: '每个工作日只安排一位领导接访' },
    ];
    expect(dayErrors(errors, 1)).toEqual({ date: ['2026-10-03 不是工作日（节假日不安排接访）'], leader: ['不能为空'], other: ['每个工作日只安排一位领导接访'] });
  });

  it('names the day and why it rests', () => {
    expect(dayPhrase('2026-10-09')).toBe('10月9日（星期五）');
    expect(restLabel(october[0]!)).toBe('国庆节');
    expect(restLabel({ date: '2026-10-10', working: false, kind: 'weekend', name: null })).toBe('休息日');
    expect(restLabel({ date: '2026-09-20', working: true, kind: 'adjusted', name: '国庆节调休上班' })).toBe('国庆节调休上班');
    expect(restLabel(october[10]!)).toBeNull();
  });
});

describe('leaderChoices', () => {
  const accounts = [
    { id: 'leader-q-1', displayName: '清水镇党委书记 刘国强', role: 'leader', townshipCode: 'Q', disabled: false },
    { id: 'leader-q-new', displayName: '清水镇副镇长 谢春梅', role: 'leader', townshipCode: 'Q', disabled: false },
    { id: 'leader-q-gone', displayName: '清水镇原镇长', role: 'leader', townshipCode: 'Q', disabled: true },
    { id: 'officer-q', displayName: '清水镇信访专干 李娟', role: 'township-officer', townshipCode: 'Q', disabled: false },
    { id: 'leader-c-1', displayName: '城关镇党委书记 陈志明', role: 'leader', townshipCode: 'C', disabled: false },
  ];

  it("offers the township's enabled leader accounts (a new one too) and the roster's leaders, once each, by the account's name", () => {
    const onRoster = [
      { leaderId: 'leader-q-1', leaderName: '清水镇党委书记' },
      { leaderId: 'leader-q-old', leaderName: '清水镇镇长 彭建军' },
    ];
    expect(leaderChoices('Q', onRoster, accounts)).toEqual([
      { leaderId: 'leader-q-1', leaderName: '清水镇党委书记 刘国强' },
      { leaderId: 'leader-q-new', leaderName: '清水镇副镇长 谢春梅' },
      { leaderId: 'leader-q-old', leaderName: '清水镇镇长 彭建军' },
    ]);
  });

  it('falls back to the roster when the accounts cannot be read', () => {
    expect(leaderChoices('Q', [{ leaderId: 'x', leaderName: '某镇长' }], [])).toEqual([{ leaderId: 'x', leaderName: '某镇长' }]);
  });
});
