import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_CONTRACTS, parseSubject, type EventContract, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';
import { ProjectionBatch, PROJECTED_SUBJECTS } from './domain/fold.js';
import { activeGenerations, generationsOf, writeBatch, type Sql } from './projection-writer.js';

export const txSql =
  (tx: EntityManager): Sql =>
  (text, params) =>
    tx.query(text, params);

/**
 * One handler per projected contract. Applied once per event through the inbox, in the
 * consumer's transaction; writes to the current generation and, during a rebuild, to the one
 * being built too — with the same fold and upserts the rebuild's replay uses.
 */
function projectOn(contract: EventContract): Type<EventHandler> {
  @Injectable()
  class ProjectEvent implements EventHandler {
    readonly contract = contract;

    async handle(event: EventEnvelope<object>, tx: EntityManager): Promise<void> {
      const sql = txSql(tx);
      const batch = new ProjectionBatch();
      batch.add({ subject: contract.subject, id: event.id, occurredAt: event.occurredAt, townshipCode: event.townshipCode, payload: event.payload as Record<string, unknown> });
      for (const gen of generationsOf(await activeGenerations(sql))) await writeBatch(sql, batch, gen, { markDirty: true });
    }
  }
  Object.defineProperty(ProjectEvent, 'name', { value: `Project${contract.name}` });
  return ProjectEvent;
}

const projected = (owner: string) => EVENT_CONTRACTS.filter((c) => parseSubject(c.subject).owner === owner && PROJECTED_SUBJECTS.includes(c.subject));

export const INTAKE_PROJECTIONS = projected('intake').map(projectOn);
export const CASEWORK_PROJECTIONS = projected('casework').map(projectOn);
