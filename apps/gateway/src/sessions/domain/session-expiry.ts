/** When a session stops being valid: idle since its last request, or old since sign-in. */
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionLimits {
  idleSeconds: number;
  absoluteSeconds: number;
}

export type SessionVerdict = { valid: true } | { valid: false; reason: 'idle' | 'absolute' };

export function judgeSession(session: SessionTimes, limits: SessionLimits, now: Date): SessionVerdict {
  if (now.getTime() - session.createdAt.getTime() >= limits.absoluteSeconds * 1000) return { valid: false, reason: 'absolute' };
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleSeconds * 1000) return { valid: false, reason: 'idle' };
  return { valid: true };
}

/** Writing last_seen_at on every request would make each read a write: refresh it at most this often. */
export function needsTouch(session: SessionTimes, limits: SessionLimits, now: Date): boolean {
  const step = Math.min(60, Math.max(1, Math.floor(limits.idleSeconds / 10)));
  return now.getTime() - session.lastSeenAt.getTime() >= step * 1000;
}
