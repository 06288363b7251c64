import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PetitionRegisteredV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';
import { routeBy } from '../domain/clocks.js';

/** Every registered petition becomes one case; a redelivered registration changes nothing. */
@Injectable()
export class OpenCaseOnRegistration implements EventHandler<PetitionRegisteredV1> {
  readonly contract = PetitionRegisteredV1;

  async handle(event: EventEnvelope<PetitionRegisteredV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    const receivedAt = new Date(p.receivedAt);
    await tx.query(
      `INSERT INTO casework."case" (id, petition_id, township_code, village_code, channel, category_code, status, is_accusation, accused_unit_code, received_at, route_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'registered', $7, $8, $9, $10)
       ON CONFLICT (petition_id) DO NOTHING`,
      [randomUUID(), p.petitionId, p.townshipCode, p.villageCode ?? null, p.channel, p.categoryCode, p.isAccusation, p.accusedUnitCode ?? null, receivedAt, routeBy(receivedAt)],
    );
  }
}
