/** 信访老户: a petitioner with this many petitions or more inside the window (county-configurable). */
export interface LongStandingRule {
  minPetitions: number;
  windowMonths: number;
}

export const DEFAULT_LONG_STANDING: LongStandingRule = { minPetitions: 3, windowMonths: 24 };

export function windowStart(rule: LongStandingRule, at: Date): Date {
  const start = new Date(at);
  start.setUTCMonth(start.getUTCMonth() - rule.windowMonths);
  return start;
}

export function isLongStanding(rule: LongStandingRule, petitionsInWindow: number): boolean {
  return petitionsInWindow >= rule.minPetitions;
}
