import type { StaffUser } from '../../auth/session';

/**
 * The township a user's statistics and reports are confined to: a township's officers, leaders
 * and liaisons (reporting answers 403 for any other). County staff, county leaders and analysts
 * see the county and choose a township if they like.
 */
export function ownTownship(user: Pick<StaffUser, 'role' | 'townshipCode'>): string | undefined {
  return user.role === 'department-officer' || user.role === 'county-admin' || user.role === 'analyst' ? undefined : user.townshipCode;
}
