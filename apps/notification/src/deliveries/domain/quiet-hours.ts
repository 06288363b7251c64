/**
 * No text messages to citizens at night (by default 21:00–08:00 China time): a message that
 * falls inside the quiet hours waits until they end — deferred, not dropped.
 */
export interface QuietHours {
  /** Hour (0–23, China time) quiet hours start. */
  startHour: number;
  /** Hour (0–23, China time) they end. */
  endHour: number;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

function chinaHour(at: Date): number {
  return new Date(at.getTime() + CHINA_OFFSET_MS).getUTCHours();
}

export function isQuiet(at: Date, q: QuietHours): boolean {
  const h = chinaHour(at);
  return q.startHour > q.endHour ? h >= q.startHour || h < q.endHour : h >= q.startHour && h < q.endHour;
}

/** When quiet hours are over: the next `endHour:00` China time after `at`, or `at` itself when not quiet. */
export function quietUntil(at: Date, q: QuietHours): Date {
  if (!isQuiet(at, q)) return at;
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), q.endHour) - CHINA_OFFSET_MS;
  return new Date(end > at.getTime() ? end : end + 24 * HOUR_MS);
}
