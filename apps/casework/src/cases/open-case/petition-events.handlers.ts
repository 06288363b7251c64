import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PetitionEvaluatedV1, PetitionRefusedV1, PetitionRegisteredV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';
import { SERVICE_CONFIG } from '#platform';
import type { CaseworkConfig } from '../../config.js';
import { DutyRosterService } from '../../duty-roster/duty-roster.service.js';
import { CaseStore } from '../case-store.js';
import { localDate } from '../domain/calendar.js';
import { HeldEvents } from './held-events.js';
import { followUpStep, registrationStep } from './ordering.js';

/**
 * What intake's events do to cases, whatever order they arrive in. An event that needs an
 * earlier one — a refusal or an evaluation before its petition's registration, a repeat before
 * its original's case — is held (HeldEvents) in the transaction that claims it in the inbox, and
 * applied, in the order held, in the transaction that gives that petition its case. A repeat
 * waits at most REPEAT_LINK_WAIT_MS for its original, counted from its arrival; then
 * HeldEventRelease opens its own case.
 */
@Injectable()
export class PetitionCases {
  constructor(
    private readonly store: CaseStore,
    private readonly roster: DutyRosterService,
    private readonly held: HeldEvents,
    @Inject(SERVICE_CONFIG) private readonly config: CaseworkConfig,
  ) {}

  /**
   * Every registered petition becomes one case — or, if it repeats or skips over a matter whose
   * case is still open, is attached to that case instead. A petition already in a case is not
   * opened twice. `waited`: its wait for the original's case is over.
   */
  async registered(event: EventEnvelope<PetitionRegisteredV1>, tx: EntityManager, waited = false): Promise<void> {
    const p = event.payload;
    const linksTo = p.linkedPetitionId && (p.flags.repeat || p.flags.skipLevel) ? p.linkedPetitionId : null;
    await this.held.lockPetition(tx, p.petitionId);
    // waiting for the original's case would deadlock with the original's transaction taking this held row; after the wait the repeat opens its own
    if (linksTo && !waited) await this.held.lockPetition(tx, linksTo);
    const inCase = (await this.store.caseOfPetition(tx, p.petitionId)) !== null;
    const original = linksTo && !inCase && !waited ? await this.store.caseOfPetition(tx, linksTo) : null;
    switch (registrationStep({ inCase, linksTo, original, waited })) {
      case 'nothing':
        return;
      case 'hold':
        await this.held.hold(tx, event, PetitionRegisteredV1.subject, linksTo!, this.config.REPEAT_LINK_WAIT_MS);
        return;
      case 'link': {
        const stored = await this.store.lock(tx, original!.id);
        await this.store.append(tx, original!.id, stored, [{ type: 'petition-linked', at: event.occurredAt, linkedPetitionId: p.petitionId, linkedAs: p.flags.skipLevel ? 'skip-level' : 'repeat' }]);
        break;
      }
      case 'open': {
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
        break;
      }
    }
    await this.release(tx, p.petitionId);
  }

  /** A petition intake refused at registration (final after re-review, Art. 36) is recorded as refused and closed. */
  async refused(event: EventEnvelope<PetitionRefusedV1>, tx: EntityManager): Promise<void> {
    await this.held.lockPetition(tx, event.payload.petitionId);
    const found = await this.store.caseOfPetition(tx, event.payload.petitionId);
    if (followUpStep(found) === 'hold') return this.held.hold(tx, event, PetitionRefusedV1.subject, event.payload.petitionId);
    if (found!.status !== 'registered') return;
    const stored = await this.store.lock(tx, found!.id);
    await this.store.append(tx, found!.id, stored, [
      { type: 'refused-as-repeat', at: event.occurredAt, reason: event.payload.reason, earlierPetitionId: event.payload.linkedPetitionId, actor: { id: 'intake', role: 'system' } },
      { type: 'closed', at: event.occurredAt, closure: 'refused-as-repeat', actor: null },
    ]);
  }

  /**
   * The petitioner's evaluation of the reply, recorded once on the case. Intake takes an
   * evaluation only after the reply, so casework records it even when the case does not show
   * the reply yet: the same state whichever arrives first.
   */
  async evaluated(event: EventEnvelope<PetitionEvaluatedV1>, tx: EntityManager): Promise<void> {
    await this.held.lockPetition(tx, event.payload.petitionId);
    const found = await this.store.caseOfPetition(tx, event.payload.petitionId);
    if (followUpStep(found) === 'hold') return this.held.hold(tx, event, PetitionEvaluatedV1.subject, event.payload.petitionId);
    const stored = await this.store.lock(tx, found!.id);
    if (!stored || stored.state.evaluation) return;
    await this.store.append(tx, found!.id, stored, [{ type: 'evaluated', at: event.payload.evaluatedAt, rating: event.payload.rating }]);
  }

  /** The petition has its case now: apply what waited for it, in the order it was held. */
  private async release(tx: EntityManager, petitionId: string): Promise<void> {
    for (const h of await this.held.takeFor(tx, petitionId)) await this.apply(h.subject, h.envelope, tx);
  }

  /** Applies a held event as if it had just arrived (its inbox row was written when it was held). */
  async apply(subject: string, envelope: EventEnvelope<any>, tx: EntityManager, waited = false): Promise<void> {
    if (subject === PetitionRegisteredV1.subject) return this.registered(envelope, tx, waited);
    if (subject === PetitionRefusedV1.subject) return this.refused(envelope, tx);
    if (subject === PetitionEvaluatedV1.subject) return this.evaluated(envelope, tx);
    throw new Error(`held event of an unknown subject: ${subject}`);
  }
}

@Injectable()
export class OpenCaseOnRegistration implements EventHandler<PetitionRegisteredV1> {
  readonly contract = PetitionRegisteredV1;
  constructor(private readonly cases: PetitionCases) {}
  handle(event: EventEnvelope<PetitionRegisteredV1>, tx: EntityManager): Promise<void> {
    return this.cases.registered(event, tx);
  }
}

@Injectable()
export class RefuseCaseOnIntakeRefusal implements EventHandler<PetitionRefusedV1> {
  readonly contract = PetitionRefusedV1;
  constructor(private readonly cases: PetitionCases) {}
  handle(event: EventEnvelope<PetitionRefusedV1>, tx: EntityManager): Promise<void> {
    return this.cases.refused(event, tx);
  }
}

@Injectable()
export class RecordEvaluation implements EventHandler<PetitionEvaluatedV1> {
  readonly contract = PetitionEvaluatedV1;
  constructor(private readonly cases: PetitionCases) {}
  handle(event: EventEnvelope<PetitionEvaluatedV1>, tx: EntityManager): Promise<void> {
    return this.cases.evaluated(event, tx);
  }
}
