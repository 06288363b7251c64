import type { Unit } from './case-events.js';

/** A line of the county's routing table: category × township → handling unit. */
export interface RoutingRule {
  categoryCode: string;
  /** Null: any township. */
  townshipCode: string | null;
  /** A unit code, or `@township`: the case's own township government (属地管理). */
  unitCode: string;
}

export const OWN_TOWNSHIP = '@township';

export interface UnitLookup {
  unit(code: string): Unit | undefined;
  townshipUnit(townshipCode: string): Unit | undefined;
  all: Unit[];
}

/**
 * The unit the routing table proposes for a case. Accusations go to the discipline organs
 * (Art. 30); otherwise the most specific rule (this category in this township, then this
 * category anywhere), and without a rule the case's own township (属地管理、分级负责).
 */
export function proposeUnit(c: { categoryCode: string; townshipCode: string; isAccusation: boolean }, rules: readonly RoutingRule[], units: UnitLookup): Unit | null {
  if (c.isAccusation) {
    const discipline = units.all.find((u) => u.kind === 'discipline');
    if (discipline) return discipline;
  }
  const rule = rules.find((r) => r.categoryCode === c.categoryCode && r.townshipCode === c.townshipCode) ?? rules.find((r) => r.categoryCode === c.categoryCode && r.townshipCode === null);
  const target = rule?.unitCode ?? OWN_TOWNSHIP;
  return (target === OWN_TOWNSHIP ? units.townshipUnit(c.townshipCode) : units.unit(target)) ?? null;
}
