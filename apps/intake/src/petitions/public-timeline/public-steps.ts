import type { EntityManager } from 'typeorm';

/** The kinds of step a citizen sees on the public status page. Internal notes are never among them. */
export type PublicStepKind =
  | 'registered'
  | 'linked'
  | 'transferred'
  | 'assigned'
  | 'rerouting'
  | 'accepted'
  | 'rejected'
  | 'refused'
  | 'leader-ownership'
  | 'extended'
  | 'supervised'
  | 'replied'
  | 'evaluated'
  | 'review-requested'
  | 'hearing'
  | 'review-decided'
  | 'note'
  | 'closed';

/** Adds a dated public step; the source event id makes a redelivered event add it once. */
export async function recordPublicStep(tx: EntityManager, petitionId: string, occurredAt: Date | string, kind: PublicStepKind, description: string, sourceEventId: string | null = null): Promise<void> {
  await tx.query(
    `INSERT INTO intake.public_step (petition_id, occurred_at, kind, description, source_event_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (source_event_id) DO NOTHING`,
    [petitionId, occurredAt, kind, description, sourceEventId],
  );
}

// made once: building an Intl formatter costs far more than using it
const CHINA_DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' });

/** 2026年5月9日, in the county's time zone. */
export function chineseDate(at: Date | string): string {
  const parts = CHINA_DATE.formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}年${get('month')}月${get('day')}日`;
}
