/**
 * What the 零报告 page shows, as pure functions: which period and day it opens on, how a
 * township's standing for a day reads, and the bodies it sends.
 */
import type { NewReport, SensitivePeriod, TownshipOfDay, ZeroReport } from './zero-reports-api';

export const PERIOD_STATUS: Record<string, { label: string; tone: string }> = {
  upcoming: { label: '未开始', tone: 'blue' },
  open: { label: '进行中', tone: 'green' },
  ended: { label: '已结束', tone: 'grey' },
  closed: { label: '已提前结束', tone: 'grey' },
};

/** The period the page opens on: the one in progress, else the next to come, else the latest. */
export function currentPeriod(periods: readonly SensitivePeriod[]): SensitivePeriod | undefined {
  return periods.find((p) => p.status === 'open') ?? [...periods].filter((p) => p.status === 'upcoming').sort((a, b) => a.from.localeCompare(b.from))[0] ?? periods[0];
}

/** The day shown first: today when the period covers it, else the nearest of its days. */
export function defaultDay(period: Pick<SensitivePeriod, 'from' | 'lastReportDay'>, today: string): string {
  if (today < period.from) return period.from;
  if (today > period.lastReportDay) return period.lastReportDay;
  return today;
}

/** The days a date picker offers for a period: its first to its last report day, never after today. */
export function selectableDay(period: Pick<SensitivePeriod, 'from' | 'lastReportDay'>, day: string, today: string): boolean {
  return day >= period.from && day <= period.lastReportDay && day <= today;
}

export interface Standing {
  label: string;
  tone: 'green' | 'amber' | 'red' | 'blue' | 'grey';
  /** 补报 (after the deadline), 已更正 (filed again), for the tags beside it. */
  notes: string[];
}

/** A township's standing on a day as the bureau says it: 无异常 / 有情况 when filed, 未报 in red when the deadline has passed. */
export function standing(row: Pick<TownshipOfDay, 'status' | 'report'>): Standing {
  const r = row.report;
  if (row.status === 'filed' && r) return { label: r.hasIncidents ? '已报 · 有情况' : '已报 · 无异常', tone: r.hasIncidents ? 'amber' : 'green', notes: reportNotes(r) };
  if (row.status === 'missing') return { label: '未报', tone: 'red', notes: [] };
  if (row.status === 'pending') return { label: '待报（未到截止时间）', tone: 'blue', notes: [] };
  return { label: '当天无需报送', tone: 'grey', notes: [] };
}

export function reportNotes(r: Pick<ZeroReport, 'late' | 'revision'>): string[] {
  return [...(r.late ? ['补报'] : []), ...(r.revision > 1 ? [`已更正（第 ${r.revision} 次报送）`] : [])];
}

/** The township's report: a nil report carries no summary; with incidents, the summary trimmed. */
export function reportBody(values: { hasIncidents: boolean; summary?: string }, townshipCode: string, date: string): NewReport {
  const summary = values.summary?.trim();
  return values.hasIncidents ? { townshipCode, date, hasIncidents: true, summary: summary ?? '' } : { townshipCode, date, hasIncidents: false };
}

/** Who files a township's daily report: its officer or a township leader (casework allows these only). */
export function canFile(user: { role: string; townshipCode?: string }): boolean {
  return Boolean(user.townshipCode) && (user.role === 'township-officer' || user.role === 'leader');
}
