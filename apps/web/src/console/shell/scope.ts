import type { Directory } from '../../shared/directory';
import type { StaffUser } from '../auth/session';

/** Whose records the user works on: a township, a unit, or the whole county. */
export function scopeName(user: StaffUser, directory: Directory | null): string {
  if (user.townshipCode) return directory?.townships.find((t) => t.code === user.townshipCode)?.name ?? user.townshipCode;
  if (user.unitCode) return directory?.units.find((u) => u.code === user.unitCode)?.name ?? user.unitCode;
  return directory?.countyName ? `${directory.countyName}（全县）` : '全县';
}
