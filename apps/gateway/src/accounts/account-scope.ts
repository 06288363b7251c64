/** Role and scope rules of staff accounts; beside the domain, since the roles themselves are the platform's (libs/platform). */
import { ROLE_NAMES, ROLES, type Role } from '#platform';

/** Which scope each role's account carries: the claims the services verify (libs/platform tokens). */
export const SCOPE_OF_ROLE: Record<Role, 'township' | 'unit' | 'optional-township' | 'county'> = {
  'county-admin': 'county',
  analyst: 'county',
  'township-officer': 'township',
  liaison: 'township',
  leader: 'optional-township',
  'department-officer': 'unit',
};


export interface AccountScope {
  role: Role;
  townshipCode: string | null;
  unitCode: string | null;
}

export interface ScopeRuleBroken {
  field: 'role' | 'townshipCode' | 'unitCode';
  rule: string;
  message: string;
}

/** What is wrong with a role and scope together, field by field (empty when they fit). */
export function checkAccountScope(scope: AccountScope): ScopeRuleBroken[] {
  if (!ROLES.includes(scope.role)) return [{ field: 'role', rule: 'isIn', message: `角色须为 ${ROLES.join('、')} 之一` }];
  const kind = SCOPE_OF_ROLE[scope.role];
  const label = ROLE_NAMES[scope.role];
  const errors: ScopeRuleBroken[] = [];
  if (kind === 'township' && !scope.townshipCode) errors.push({ field: 'townshipCode', rule: 'required-for-role', message: `${label}账号须指定所属乡镇` });
  if (kind === 'unit' && !scope.unitCode) errors.push({ field: 'unitCode', rule: 'required-for-role', message: `${label}账号须指定所属单位` });
  if (kind !== 'unit' && scope.unitCode) errors.push({ field: 'unitCode', rule: 'not-for-role', message: `${label}账号不设所属单位` });
  if ((kind === 'county' || kind === 'unit') && scope.townshipCode) errors.push({ field: 'townshipCode', rule: 'not-for-role', message: `${label}账号不设所属乡镇` });
  return errors;
}
