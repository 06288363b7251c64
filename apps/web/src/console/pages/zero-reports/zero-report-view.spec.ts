import { canFile, currentPeriod, defaultDay, reportBody, reportNotes, selectableDay, standing } from './zero-report-view';
import type { SensitivePeriod } from './zero-reports-api';

const period = (over: Partial<SensitivePeriod>): SensitivePeriod =>
  ({ id: 'p', name: '春节期间', from: '2026-02-14', to: '2026-02-24', lastReportDay: '2026-02-24', reportDays: 'every-day', deadline: '17:00', status: 'open', openedAt: '', openedBy: '', closedAt: null, closedBy: null, ...over }) as SensitivePeriod;
const report = { periodId: 'p', townshipCode: '430599101000', date: '2026-02-16', hasIncidents: false, late: false, revision: 1, firstFiledAt: '', filedAt: '', filedBy: 'x' };

describe('零报告 page', () => {
  it('opens on the period in progress, else the next one, else the latest', () => {
    const ended = period({ id: 'ended', status: 'ended' });
    const later = period({ id: 'later', status: 'upcoming', from: '2026-10-01' });
    const sooner = period({ id: 'sooner', status: 'upcoming', from: '2026-05-01' });
    expect(currentPeriod([later, ended, period({ id: 'open' })])?.id).toBe('open');
    expect(currentPeriod([later, sooner, ended])?.id).toBe('sooner');
    expect(currentPeriod([ended])?.id).toBe('ended');
    expect(currentPeriod([])).toBeUndefined();
  });

  it('shows today within the period, else its nearest day; offers no day after today or outside it', () => {
    const p = period({ lastReportDay: '2026-02-20' });
    expect(defaultDay(p, '2026-02-16')).toBe('2026-02-16');
    expect(defaultDay(p, '2026-02-01')).toBe('2026-02-14');
    expect(defaultDay(p, '2026-03-01')).toBe('2026-02-20'); // closed early: its last report day
    expect(selectableDay(p, '2026-02-15', '2026-02-16')).toBe(true);
    expect(selectableDay(p, '2026-02-17', '2026-02-16')).toBe(false);
    expect(selectableDay(p, '2026-02-13', '2026-02-16')).toBe(false);
    expect(selectableDay(p, '2026-02-21', '2026-03-01')).toBe(false);
  });

  it('reads a township as filed nil or with incidents, late, corrected — or 未报 in red', () => {
    expect(standing({ status: 'filed', report })).toEqual({ label: '已报 · 无异常', tone: 'green', notes: [] });
    expect(standing({ status: 'filed', report: { ...report, hasIncidents: true, late: true, revision: 2 } })).toEqual({ label: '已报 · 有情况', tone: 'amber', notes: ['补报', '已更正（第 2 次报送）'] });
    expect(standing({ status: 'missing', report: null })).toMatchObject({ label: '未报', tone: 'red' });
    expect(standing({ status: 'pending', report: null }).tone).toBe('blue');
    expect(standing({ status: 'not-required', report: null }).label).toBe('当天无需报送');
    expect(reportNotes({ late: false, revision: 1 })).toEqual([]);
  });

  it('sends a nil report without a summary, and incidents with the summary trimmed', () => {
    expect(reportBody({ hasIncidents: false, summary: '没事' }, 'T', '2026-02-16')).toEqual({ townshipCode: 'T', date: '2026-02-16', hasIncidents: false });
    expect(reportBody({ hasIncidents: true, summary: '  石桥村 6 人反映征地  ' }, 'T', '2026-02-16')).toEqual({ townshipCode: 'T', date: '2026-02-16', hasIncidents: true, summary: '石桥村 6 人反映征地' });
    // an empty summary goes to the API, which names the field and the rule
    expect(reportBody({ hasIncidents: true }, 'T', '2026-02-16').summary).toBe('');
  });

  it('lets a township officer or township leader file, not the county', () => {
    expect(canFile({ role: 'township-officer', townshipCode: 'T' })).toBe(true);
    expect(canFile({ role: 'leader', townshipCode: 'T' })).toBe(true);
    expect(canFile({ role: 'leader' })).toBe(false);
    expect(canFile({ role: 'county-admin' })).toBe(false);
  });
});
