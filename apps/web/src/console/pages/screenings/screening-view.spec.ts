import { canRecord, changeBody, entryBody, listQuery, rateText, summaryQuery } from './screening-view';

describe('矛盾纠纷排查 page', () => {
  it('asks the list for the filter and the summary for its scope only', () => {
    const f = { townshipCode: '430599101000', villageCode: '430599101201', month: '2026-11', easilyEscalating: true, unresolved: true, page: 2, pageSize: 20 };
    expect(listQuery(f)).toBe('townshipCode=430599101000&villageCode=430599101201&month=2026-11&easilyEscalating=true&resolved=false&page=2&pageSize=20');
    expect(summaryQuery(f)).toBe('townshipCode=430599101000&villageCode=430599101201&month=2026-11');
    expect(listQuery({ page: 1, pageSize: 20, easilyEscalating: false, unresolved: false })).toBe('page=1&pageSize=20');
  });

  it('says the resolution rate once rounded, 无 when nothing was screened', () => {
    expect(rateText(2 / 3)).toBe('66.7%');
    expect(rateText(1)).toBe('100.0%');
    expect(rateText(null)).toBe('无');
  });

  it('sends a new entry with its township, blanks left out, texts trimmed', () => {
    expect(entryBody({ month: '2026-11', parties: ' 张某与李某 ', matter: ' 宅基地边界 ', outcome: 'in-progress', easilyEscalating: true, peopleInvolved: null, measures: '  ' }, 'T')).toEqual({
      month: '2026-11',
      townshipCode: 'T',
      parties: '张某与李某',
      matter: '宅基地边界',
      easilyEscalating: true,
      outcome: 'in-progress',
    });
    expect(entryBody({ month: '2026-11', villageCode: 'V', category: 'neighbourhood', parties: 'a', matter: 'b', outcome: 'resolved', peopleInvolved: 6, measures: '已调解' }, 'T')).toMatchObject({ villageCode: 'V', category: 'neighbourhood', peopleInvolved: 6, easilyEscalating: false, measures: '已调解' });
  });

  it('changes only what the follow-up changed', () => {
    const before = { outcome: 'in-progress' as const, easilyEscalating: true, measures: null };
    expect(changeBody(before, { outcome: 'resolved', easilyEscalating: true, measures: '' })).toEqual({ outcome: 'resolved' });
    expect(changeBody(before, { outcome: 'in-progress', easilyEscalating: false, measures: ' 镇司法所调解 ' })).toEqual({ easilyEscalating: false, measures: '镇司法所调解' });
    expect(changeBody(before, { outcome: 'in-progress', easilyEscalating: true })).toEqual({});
  });

  it('lets a liaison or a township officer record, not the county or a leader', () => {
    expect(canRecord({ role: 'liaison', townshipCode: 'T' })).toBe(true);
    expect(canRecord({ role: 'township-officer', townshipCode: 'T' })).toBe(true);
    expect(canRecord({ role: 'leader', townshipCode: 'T' })).toBe(false);
    expect(canRecord({ role: 'county-admin' })).toBe(false);
  });
});
