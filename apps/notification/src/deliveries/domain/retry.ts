/** Backoff between attempts while a channel fails: base × 2^(attempt−1), at most an hour. */
export function nextAttemptDelayMs(attempt: number, baseMs: number): number {
  return Math.min(3600_000, baseMs * 2 ** Math.max(0, attempt - 1));
}
