import type { EventActor } from './envelope.js';

/**
 * What every event contract class carries besides its validated payload fields.
 * One class per event version, one file per class (e.g. `intake/petition-registered.v1.ts`).
 */
export interface EventContract<P extends object = object> {
  new (): P;
  /** `<owner>.<aggregate>.<event>.v<major>` — the JetStream subject. */
  readonly subject: string;
  /** One sentence for the AsyncAPI document: what happened. */
  readonly description: string;
  /** A realistic payload, checked against the class in the tests and published in the AsyncAPI document. */
  readonly sample: P;
  /** Who causes this event, for the sample envelope; a township officer when absent. */
  readonly sampleActor?: EventActor;
}

export interface SubjectParts {
  owner: string;
  aggregate: string;
  event: string;
  version: number;
  /** `<owner>.<aggregate>.<event>`, the envelope's `type`. */
  type: string;
}

const SUBJECT = /^([a-z]+)\.([a-z-]+)\.([a-z-]+)\.v([1-9]\d*)$/;

export function parseSubject(subject: string): SubjectParts {
  const m = SUBJECT.exec(subject);
  if (!m) throw new Error(`subject "${subject}" is not <owner>.<aggregate>.<event>.v<major>`);
  const [, owner, aggregate, event, version] = m;
  return { owner: owner!, aggregate: aggregate!, event: event!, version: Number(version), type: `${owner}.${aggregate}.${event}` };
}

export function subjectOf(type: string, version: number): string {
  return `${type}.v${version}`;
}
