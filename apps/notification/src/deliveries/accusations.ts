import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '#contracts';
import type { Names } from '../directory/names.service.js';

/**
 * Accusations (检举控告) must never reach the accused unit (Art. 30): notification remembers,
 * from the registration event, which petitions accuse which unit, tells nobody in that unit
 * about them, and keeps their deliveries out of that unit's view of the delivery log.
 */
export async function recordAccusation(tx: EntityManager, subject: string, event: EventEnvelope<Record<string, unknown>>): Promise<void> {
  const p = event.payload;
  if (subject !== 'intake.petition.registered.v1' || p.isAccusation !== true || typeof p.accusedUnitCode !== 'string' || typeof p.petitionId !== 'string') return;
  await tx.query(`INSERT INTO notification.accusation (petition_id, accused_unit_code) VALUES ($1, $2) ON CONFLICT (petition_id) DO NOTHING`, [p.petitionId, p.accusedUnitCode]);
}

/** The unit a petition accuses, if it is an accusation. */
export async function accusedUnitOf(tx: { query: EntityManager['query'] }, petitionId: unknown): Promise<string | null> {
  if (typeof petitionId !== 'string') return null;
  const [row] = await tx.query(`SELECT accused_unit_code FROM notification.accusation WHERE petition_id = $1`, [petitionId]);
  return row?.accused_unit_code ?? null;
}

/** Whether the accused unit is the given township's own government. */
export function accusesTownship(accused: string | null, townshipCode: string | null | undefined, names: Names): boolean {
  if (!accused || !townshipCode) return false;
  const unit = names.unit(accused);
  return unit?.kind === 'township' && unit.townshipCode === townshipCode;
}

/**
 * SQL: delivery row `d` concerns an accusation against the unit given by the parameter `unit`
 * (a department's code) or against the government of the township given by `township`.
 */
export function aboutAccusationAgainst(d: string, unit: string, township: string): string {
  return `EXISTS (SELECT 1 FROM notification.accusation a JOIN notification.unit u ON u.code = a.accused_unit_code
    WHERE a.petition_id = ${d}.petition_id AND (u.code = ${unit} OR (u.kind = 'township' AND u.township_code = ${township})))`;
}
