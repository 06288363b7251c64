/**
 * 矛盾纠纷排查 — monthly dispute screening, as pure rules.
 *
 * Each month every village (its petition liaison, 信访联络员) and the township itself screen for
 * disputes and record each one: the parties, the matter, whether it could escalate quickly
 * (易激化), the outcome so far and the measures taken. The figures (screened, resolved, easily
 * escalating) feed the county's mediation statistics; the parties and the matter stay here.
 */
import type { DisputeOutcome, FieldError } from '#contracts';
import { localDate } from '../../cases/domain/calendar.js';
import { forbidden, unprocessable } from '../../cases/domain/case-rules.js';

export interface ScreeningActor {
  id: string;
  role: string;
  townshipCode?: string;
}

export interface ScreeningEntry {
  id: string;
  month: string;
  townshipCode: string;
  villageCode: string | null;
  outcome: DisputeOutcome;
  recordedBy: string;
}

/**
 * Whether a village code belongs to a township. Statistical division codes (统计用区划代码) are
 * hierarchical: a village's first 9 digits are its township's, and a township's own code ends in
 * 000 (e.g. 清水镇 430599101000, its 石桥村 430599101201).
 */
export function villageInTownship(villageCode: string, townshipCode: string): boolean {
  return villageCode.slice(0, 9) === townshipCode.slice(0, 9) && villageCode.slice(9) !== '000';
}

/** What is wrong with an entry (400, field by field): parties and matter written out, the village one of the township's. */
export function entryProblems(input: { townshipCode: string; villageCode?: string | null; parties?: string; matter?: string }): FieldError[] {
  const problems: FieldError[] = [];
  if (input.parties !== undefined && !input.parties.trim()) problems.push({ field: 'parties', rule: 'isNotEmpty', message: '不能为空' });
  if (input.matter !== undefined && !input.matter.trim()) problems.push({ field: 'matter', rule: 'isNotEmpty', message: '不能为空' });
  if (input.villageCode && !villageInTownship(input.villageCode, input.townshipCode)) {
    problems.push({ field: 'villageCode', rule: 'villageInTownship', message: `村（社区）${input.villageCode} 不属于乡镇 ${input.townshipCode}` });
  }
  return problems;
}

/** The screening month must have begun: a month is screened during or after it, never ahead (422). */
export function checkMonth(month: string, now: Date): void {
  const current = localDate(now).slice(0, 7);
  if (month > current) throw unprocessable('dispute-month-future', `${month} 还没到，只能登记本月或以前月份的排查`);
}

/**
 * Who records an entry: a village liaison or a township officer, for their own township only
 * (403). County staff read and follow up but do not screen.
 */
export function checkRecorder(actor: ScreeningActor, townshipCode: string): void {
  if (actor.townshipCode !== townshipCode) throw forbidden('own-township-only', '只能登记本乡镇的矛盾纠纷排查');
}

/**
 * Who updates an entry's outcome: county staff, the township's officer, or the liaison who
 * recorded it (a liaison follows up their own village's disputes, not another liaison's) — 403.
 * Whether the entry is visible at all (404) is checked before.
 */
export function checkUpdater(actor: ScreeningActor, entry: ScreeningEntry): void {
  if (actor.role === 'county-admin') return;
  if (actor.townshipCode !== entry.townshipCode) throw forbidden('own-township-only', '只能更新本乡镇的排查登记');
  if (actor.role === 'liaison' && actor.id !== entry.recordedBy) throw forbidden('liaison-own-entries-only', '村信访联络员只能更新自己登记的纠纷');
}
