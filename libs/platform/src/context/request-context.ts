import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EventActor } from '#contracts';

/**
 * What travels with one unit of work — an HTTP request or one consumed event — so that logs
 * carry the correlation id and the events it causes carry correlation, causation and actor.
 */
export interface RequestContext {
  correlationId: string;
  /** The request id or consumed event id that caused the current work. */
  causationId: string | null;
  actor: EventActor;
  /**
   * The time this unit of work happens at, when it is not now: only in a service run with
   * DEMO_CLOCK=on (see clock/clock.ts). Unset everywhere else.
   */
  at?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const SYSTEM_ACTOR: EventActor = Object.freeze({ kind: 'system' });

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function runInContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** A fresh context for work the system starts itself (sweeps, seeds). */
export function systemContext(): RequestContext {
  return { correlationId: randomUUID(), causationId: null, actor: SYSTEM_ACTOR };
}

/** Context of the current unit of work, or of a new system flow when there is none. */
export function contextOrSystem(): RequestContext {
  return storage.getStore() ?? systemContext();
}
