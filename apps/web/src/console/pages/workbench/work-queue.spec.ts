import { bucketLabel, bucketsFor, listLink, seesCases } from './work-queue';

describe('the 工作台 buckets', () => {
  it('gives each role the buckets of its own work, and none to roles that see no cases', () => {
    expect(bucketsFor('county-admin').map((b) => b.key)).toEqual(['toRoute', 'toAccept', 'toReply', 'toOwn', 'dueThisWeek', 'overdue', 'supervised']);
    expect(bucketsFor('department-officer').map((b) => b.key)).not.toContain('toRoute');
    expect(bucketsFor('leader').map((b) => b.key).slice(0, 2)).toEqual(['owned', 'toOwn']);
    expect(bucketsFor('analyst')).toEqual([]);
    expect(bucketsFor('liaison')).toEqual([]);
    expect(['county-admin', 'township-officer', 'leader', 'department-officer'].every(seesCases)).toBe(true);
    expect(seesCases('analyst') || seesCases('liaison')).toBe(false);
  });

  it('names the clock of each stage as the regulation gives it', () => {
    const byKey = Object.fromEntries(bucketsFor('county-admin').map((b) => [b.key, b]));
    expect(byKey.toRoute!.clock).toContain('15 日');
    expect(byKey.toAccept!.clock).toContain('5 个工作日');
    expect(byKey.toReply!.clock).toContain('60 日');
    expect(bucketLabel(byKey.toRoute!, 'county-admin')).toBe('待转送交办');
    expect(bucketLabel(byKey.toRoute!, 'township-officer')).toBe('待转送或受理');
  });

  it('links each count to the case list filtered with intake’s parameter names, narrowed to the acting unit', () => {
    const dept = { unitCodes: ['dept-hrss'] };
    const county = { unitCodes: null };
    const params = (link: string | null) => Object.fromEntries(new URLSearchParams(link!.split('?')[1]));
    expect(params(listLink('toRoute', county))).toEqual({ status: 'registered', sort: 'dueAt' });
    expect(params(listLink('toAccept', dept))).toEqual({ status: 'transferred,assigned', handlingUnitCode: 'dept-hrss', sort: 'dueAt' });
    expect(params(listLink('toAccept', county))).toEqual({ status: 'transferred,assigned', sort: 'dueAt' });
    expect(params(listLink('toReply', { unitCodes: ['twp-430599101000'] }))).toEqual({ status: 'accepted', handlingUnitCode: 'twp-430599101000', sort: 'dueAt' });
    expect(params(listLink('overdue', county))).toEqual({ overdue: 'true', open: 'true', sort: 'dueAt' });
    expect(params(listLink('dueThisWeek', county))).toMatchObject({ dueWithinDays: '7', sort: 'dueAt' });
    expect(listLink('toAccept', dept)!.startsWith('/petitions?')).toBe(true);
    // 督办 and 包案 have pages of their own: the running supervisions, a leader's cases and those awaiting one
    expect(listLink('supervised', county)).toBe('/supervision');
    expect(listLink('owned', county)).toBe('/owned');
    expect(listLink('toOwn', dept)).toBe('/owned');
  });
});
