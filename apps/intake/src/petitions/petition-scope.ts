import { ForbiddenException } from '@nestjs/common';
import { townshipScope, type Principal } from '#platform';

/**
 * The petitions a staff member may see, as a SQL condition on `intake.petition p`:
 * a township's staff see their township's; a department sees what is routed to it; nobody in
 * the accused unit — a department, or the township government itself — ever sees an
 * accusation against it. Analysts and village liaisons see no petitions (no personal data).
 */
export function petitionScope(principal: Principal, params: unknown[]): string {
  return [...jurisdiction(principal, params), confidentiality(principal, params)].join(' AND ');
}

/** Accusations are hidden from the accused unit's people; for them such a petition does not exist (Art. 30). */
export function confidentiality(principal: Principal, params: unknown[]): string {
  params.push(principal.unitCode ?? null, townshipScope(principal));
  return `NOT (p.is_accusation AND p.accused_unit_code IN (
    SELECT code FROM intake.handling_unit u WHERE u.code = $${params.length - 1} OR (u.kind = 'township' AND u.township_code = $${params.length})))`;
}

function jurisdiction(principal: Principal, params: unknown[]): string[] {
  if (principal.role === 'analyst' || principal.role === 'liaison') throw new ForbiddenException('该角色不能查看信访件及信访人信息');
  const clauses: string[] = [];
  const township = townshipScope(principal);
  if (township) {
    params.push(township);
    clauses.push(`p.township_code = $${params.length}`);
  }
  if (principal.role === 'department-officer') {
    params.push(principal.unitCode);
    clauses.push(`p.handling_unit_code = $${params.length}`);
  }
  return clauses;
}
