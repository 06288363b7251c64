/**
 * Mainland resident ID numbers (公民身份号码, GB 11643-1999): 6-digit area code, 8-digit birth
 * date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type ResidentIdProblem = 'format' | 'birth-date' | 'check-digit';

export function residentIdProblem(value: string, today = new Date()): ResidentIdProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth > today) return 'birth-date';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === value[17] ? null : 'check-digit';
}

/** Upper-cases a trailing x and drops spaces, as staff type them. */
export function normalizeResidentId(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}
