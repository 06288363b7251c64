export const ROLES = ['county-admin', 'township-officer', 'leader', 'department-officer', 'liaison', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** What a role is called in the answers staff read (refusals, account rules). */
export const ROLE_NAMES: Record<Role, string> = {
  'county-admin': '县信访局',
  'township-officer': '乡镇信访专干',
  leader: '领导',
  'department-officer': '县直部门',
  liaison: '村信访联络员',
  analyst: '统计分析',
};

/** The staff member behind a request, from the verified token's claims. */
export interface Principal {
  /** Account id (`sub`). */
  readonly id: string;
  readonly role: Role;
  /** Township the account belongs to; absent for county-level accounts. */
  readonly townshipCode?: string;
  /** County department (handling unit) the account belongs to, for department officers. */
  readonly unitCode?: string;
  readonly name?: string;
}

/**
 * The township a principal is confined to, or null when it sees the whole county.
 * County admins, analysts and county leaders (no township claim) see every township.
 */
export function townshipScope(principal: Principal): string | null {
  return principal.townshipCode ?? null;
}

/** Whether a principal may see records of the given township. */
export function canSeeTownship(principal: Principal, townshipCode: string): boolean {
  const scope = townshipScope(principal);
  return scope === null || scope === townshipCode;
}
