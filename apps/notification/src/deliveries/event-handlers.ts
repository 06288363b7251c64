import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DirectoryPublishedV1, EVENT_CONTRACTS, parseSubject, type EventContract, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';
import { applyToCaseView } from '../case-view/case-view.js';
import { recordAccusation } from './accusations.js';
import { DeliveryPlanner } from './plan-deliveries.js';

/**
 * One handler per event contract of the streams notification reads: rules are data, so any
 * event may be told to someone — the county adds a rule, not code. Each handler keeps the case
 * view up to date, then plans the deliveries its rules ask for.
 */
function notifyOn(contract: EventContract): Type<EventHandler> {
  @Injectable()
  class NotifyOnEvent implements EventHandler {
    readonly contract = contract;
    constructor(private readonly planner: DeliveryPlanner) {}

    async handle(event: EventEnvelope<object>, tx: EntityManager): Promise<void> {
      const e = event as EventEnvelope<Record<string, unknown>>;
      await applyToCaseView(tx, contract.subject, e);
      await recordAccusation(tx, contract.subject, e);
      await this.planner.plan(tx, contract.subject, e);
    }
  }
  Object.defineProperty(NotifyOnEvent, 'name', { value: `NotifyOn${contract.name}` });
  return NotifyOnEvent;
}

const handled = (owner: string) => EVENT_CONTRACTS.filter((c) => parseSubject(c.subject).owner === owner && c !== DirectoryPublishedV1);

export const INTAKE_EVENT_HANDLERS = handled('intake').map(notifyOn);
export const CASEWORK_EVENT_HANDLERS = handled('casework').map(notifyOn);
