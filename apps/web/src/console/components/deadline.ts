/** How close a deadline is, for its badge: green, amber within 3 days, red once passed (issue 11 "deadline badges"). */
export type DeadlineTone = 'ok' | 'soon' | 'overdue';

export const SOON_DAYS = 3;
const DAY_MS = 24 * 3600 * 1000;

export function deadlineTone(dueAt: string | Date, now: Date = new Date(), overdue = false): DeadlineTone {
  const due = new Date(dueAt).getTime();
  if (overdue || due < now.getTime()) return 'overdue';
  return due - now.getTime() <= SOON_DAYS * DAY_MS ? 'soon' : 'ok';
}

/** "还剩 5 天" / "还剩 6 小时" / "已超期 2 天": whole days, hours on the last day. */
export function remainingPhrase(dueAt: string | Date, now: Date = new Date()): string {
  const ms = new Date(dueAt).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const amount = abs >= DAY_MS ? `${Math.floor(abs / DAY_MS)} 天` : abs >= 3600_000 ? `${Math.floor(abs / 3600_000)} 小时` : `${Math.max(1, Math.floor(abs / 60_000))} 分钟`;
  return ms >= 0 ? `还剩 ${amount}` : `已超期 ${amount}`;
}
