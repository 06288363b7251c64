import { ForbiddenException } from '@nestjs/common';
import { townshipScope, type Principal } from '#platform';

/**
 * The cases a staff member may see, as a SQL condition on `casework."case" c`: a township's
 * staff see their township's; a department sees what it handles; nobody in an accused unit —
 * the department, or the township government itself — ever sees an accusation against it.
 * Analysts and village liaisons see no cases.
 */
export function caseScope(principal: Principal, params: unknown[]): string {
  return [...jurisdiction(principal, params), confidentiality(principal, params)].join(' AND ');
}

/** Accusations are hidden from the accused unit's people; for them such a case does not exist (Art. 30). */
export function confidentiality(principal: Principal, params: unknown[]): string {
  params.push(principal.unitCode ?? null, townshipScope(principal));
  return `NOT (c.is_accusation AND c.accused_unit_code IN (
    SELECT u.code FROM casework.unit u WHERE u.code = $${params.length - 1} OR (u.kind = 'township' AND u.township_code = $${params.length})))`;
}

function jurisdiction(principal: Principal, params: unknown[]): string[] {
  if (principal.role === 'analyst' || principal.role === 'liaison') throw new ForbiddenException('该角色不能查看案件');
  const clauses: string[] = [];
  const township = townshipScope(principal);
  if (township) {
    params.push(township);
    clauses.push(`c.township_code = $${params.length}`);
  }
  if (principal.role === 'department-officer' || (principal.unitCode && !township)) {
    params.push(principal.unitCode);
    clauses.push(`c.handling_unit_code = $${params.length}`);
  }
  return clauses;
}
