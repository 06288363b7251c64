import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PetitionRegisteredV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';

/** Counts a registered petition once, by the facts the statistics need. */
@Injectable()
export class ProjectRegisteredPetition implements EventHandler<PetitionRegisteredV1> {
  readonly contract = PetitionRegisteredV1;

  async handle(event: EventEnvelope<PetitionRegisteredV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    await tx.query(
      `INSERT INTO reporting.petition_fact (petition_id, township_code, village_code, channel, category_code, received_at, registered_at_level, headcount, collective, repeat, skip_level, is_accusation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (petition_id) DO NOTHING`,
      [p.petitionId, p.townshipCode, p.villageCode ?? null, p.channel, p.categoryCode, p.receivedAt, p.registeredAtLevel, p.headcount, p.flags.collective, p.flags.repeat, p.flags.skipLevel, p.isAccusation],
    );
  }
}
