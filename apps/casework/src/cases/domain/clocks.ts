/**
 * The regulation's clocks (《信访工作条例》). Calendar days unless a rule says working days.
 * Every deadline is computed from a recorded event, so it can be recomputed at any time.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Route (transfer/assign) or notify the petitioner within 15 days of registration (Art. 22). */
export const ROUTE_DAYS = 15;

export function addCalendarDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

export function routeBy(receivedAt: Date): Date {
  return addCalendarDays(receivedAt, ROUTE_DAYS);
}
