import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PetitionEvaluatedV1, PetitionRefusedV1, PetitionRegisteredV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';
import { DutyRosterService } from '../../duty-roster/duty-roster.service.js';
import { CaseStore } from '../case-store.js';
import { localDate } from '../domain/calendar.js';
import { OPEN_STATUSES } from '../domain/case-state.js';

/** How long a repeat waits for its original's case before it opens its own. */
const LINK_WAIT_MS = 10 * 60_000;

/**
 * Every registered petition becomes one case — or, if it repeats or skips over a matter whose
 * case is still open, is attached to that case instead of opening a new one. A redelivered
 * registration changes nothing (inbox), and a petition already in a case is not opened twice.
 */
@Injectable()
export class OpenCaseOnRegistration implements EventHandler<PetitionRegisteredV1> {
  readonly contract = PetitionRegisteredV1;

  constructor(
    private readonly store: CaseStore,
    private readonly roster: DutyRosterService,
  ) {}

  async handle(event: EventEnvelope<PetitionRegisteredV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    if (await this.store.caseOfPetition(tx, p.petitionId)) return;
    if (p.linkedPetitionId && (p.flags.repeat || p.flags.skipLevel)) {
      const open = await this.store.caseOfPetition(tx, p.linkedPetitionId);
      // another replica may still be opening the original's case: wait for it rather than open a second case for the matter
      if (!open && Date.now() - Date.parse(event.occurredAt) < LINK_WAIT_MS) throw new Error(`the case of ${p.linkedPetitionId} is not there yet`);
      if (open && (OPEN_STATUSES as readonly string[]).concat('replied', 'reviewed').includes(open.status)) {
        const stored = await this.store.lock(tx, open.id);
        await this.store.append(tx, open.id, stored, [{ type: 'petition-linked', at: event.occurredAt, linkedPetitionId: p.petitionId, linkedAs: p.flags.skipLevel ? 'skip-level' : 'repeat' }]);
        return;
      }
    }
    const receptionLeaderId = p.channel === 'visit' ? await this.roster.leaderOnDuty(tx, p.townshipCode, localDate(new Date(p.receivedAt))) : null;
    await this.store.append(tx, randomUUID(), null, [
      {
        type: 'opened',
        at: event.occurredAt,
        petitionId: p.petitionId,
        townshipCode: p.townshipCode,
        villageCode: p.villageCode ?? null,
        channel: p.channel,
        categoryCode: p.categoryCode,
        receivedAt: p.receivedAt,
        registeredAtLevel: p.registeredAtLevel,
        isAccusation: p.isAccusation,
        accusedUnitCode: p.accusedUnitCode ?? null,
        flags: { ...p.flags, longStanding: p.longStandingPetitioner ?? false },
        receptionLeaderId,
      },
    ]);
  }
}

/** A petition intake refused at registration (final after re-review, Art. 36) is recorded as refused and closed. */
@Injectable()
export class RefuseCaseOnIntakeRefusal implements EventHandler<PetitionRefusedV1> {
  readonly contract = PetitionRefusedV1;

  constructor(private readonly store: CaseStore) {}

  async handle(event: EventEnvelope<PetitionRefusedV1>, tx: EntityManager): Promise<void> {
    const found = await this.store.caseOfPetition(tx, event.payload.petitionId);
    if (!found || found.status !== 'registered') return;
    const stored = await this.store.lock(tx, found.id);
    await this.store.append(tx, found.id, stored, [
      { type: 'refused-as-repeat', at: event.occurredAt, reason: event.payload.reason, earlierPetitionId: event.payload.linkedPetitionId, actor: { id: 'intake', role: 'system' } },
      { type: 'closed', at: event.occurredAt, closure: 'refused-as-repeat', actor: null },
    ]);
  }
}

/** The petitioner's evaluation of the reply, recorded on the case. */
@Injectable()
export class RecordEvaluation implements EventHandler<PetitionEvaluatedV1> {
  readonly contract = PetitionEvaluatedV1;

  constructor(private readonly store: CaseStore) {}

  async handle(event: EventEnvelope<PetitionEvaluatedV1>, tx: EntityManager): Promise<void> {
    const found = await this.store.caseOfPetition(tx, event.payload.petitionId);
    if (!found) return;
    const stored = await this.store.lock(tx, found.id);
    if (!stored?.state.repliedAt || stored.state.evaluation) return;
    await this.store.append(tx, found.id, stored, [{ type: 'evaluated', at: event.payload.evaluatedAt, rating: event.payload.rating }]);
  }
}
