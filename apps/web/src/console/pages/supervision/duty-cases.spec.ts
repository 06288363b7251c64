import { currentDeadline, parseSupervisionFilter, supervisionFilterToParams, supervisionQuery } from './duty-cases';

describe('the 督查督办 page’s filter and a case’s deadline', () => {
  it('reads the filter from the address, falling back on what it does not know, and writes it back', () => {
    expect(parseSupervisionFilter(new URLSearchParams(''))).toEqual({ view: 'running', page: 1, pageSize: 20 });
    const f = parseSupervisionFilter(new URLSearchParams('view=late&townshipCode=430599101000&page=3&pageSize=50'));
    expect(f).toEqual({ view: 'late', townshipCode: '430599101000', page: 3, pageSize: 50 });
    expect(supervisionFilterToParams(f).toString()).toBe('view=late&townshipCode=430599101000&page=3&pageSize=50');
    expect(parseSupervisionFilter(new URLSearchParams('view=soon&townshipCode=qingshui&page=-1&pageSize=7'))).toEqual({ view: 'running', page: 1, pageSize: 20 });
    expect(supervisionFilterToParams({ view: 'running', page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('asks casework for the supervised cases with the view’s outcomes', () => {
    expect(Object.fromEntries(supervisionQuery({ view: 'running', page: 1, pageSize: 20 }))).toEqual({ supervised: 'true', supervision: 'open,overdue', page: '1', pageSize: '20' });
    expect(Object.fromEntries(supervisionQuery({ view: 'all', townshipCode: '430599101000', page: 2, pageSize: 10 }))).toEqual({ supervised: 'true', townshipCode: '430599101000', page: '2', pageSize: '10' });
  });

  it('takes the nearest step deadline, leaving out the supervision’s own and the other side’s windows', () => {
    const deadlines = { acceptanceNoticeBy: '2026-12-20T15:59:59.999Z', objectionBy: '2026-12-08T15:59:59.999Z', supervisionDueBy: '2026-12-01T00:00:00.000Z', assignmentReportBy: '2026-12-15T00:00:00.000Z' };
    expect(currentDeadline({ deadlines, overdue: ['supervision'] })).toEqual({ dueAt: '2026-12-15T00:00:00.000Z', overdue: false });
    expect(currentDeadline({ deadlines: {}, overdue: ['reply'] })).toEqual({ dueAt: null, overdue: true });
  });
});
