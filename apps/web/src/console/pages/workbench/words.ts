/** The 工作台's words for a case's status and for how near a deadline is (green, amber within 3 days, red once passed). */

export const STATUS_WORDS: Record<string, string> = {
  registered: '待转送',
  transferred: '已转送待受理',
  assigned: '已交办待受理',
  accepted: '办理中',
  rejected: '不予受理',
  refused: '不再受理',
  replied: '已答复',
  review: '复查中',
  reviewed: '已复查',
  're-review': '复核中',
  closed: '已办结',
};

const DAY_MS = 24 * 3600 * 1000;
export const SOON_DAYS = 3;

export type DueTone = 'ok' | 'soon' | 'overdue';

export function dueTone(at: string, now = new Date()): DueTone {
  const ms = new Date(at).getTime() - now.getTime();
  return ms < 0 ? 'overdue' : ms <= SOON_DAYS * DAY_MS ? 'soon' : 'ok';
}

/** "还剩 5 天" / "还剩 6 小时" / "已超期 2 天". */
export function dueWords(at: string, now = new Date()): string {
  const ms = new Date(at).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const amount = abs >= DAY_MS ? `${Math.floor(abs / DAY_MS)} 天` : abs >= 3600_000 ? `${Math.floor(abs / 3600_000)} 小时` : `${Math.max(1, Math.floor(abs / 60_000))} 分钟`;
  return ms >= 0 ? `还剩 ${amount}` : `已超期 ${amount}`;
}
