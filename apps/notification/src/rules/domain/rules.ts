/** Who a rule tells. */
export const RECIPIENT_KINDS = ['petitioner', 'handling-unit', 'owner', 'township-officers', 'county-admins'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const CHANNELS = ['sms', 'email', 'inbox'] as const;
export type NotificationChannel = (typeof CHANNELS)[number];

/** A rule, as data the county can change: this event → these recipients, on this channel, with this template. */
export interface NotificationRule {
  id: string;
  eventSubject: string;
  recipients: RecipientKind;
  channel: NotificationChannel;
  templateKey: string;
  /** Only when a payload field has this value, e.g. `{ field: 'clock', equals: 'supervision' }`. */
  condition: { field: string; equals: string | number | boolean } | null;
  enabled: boolean;
  description: string;
}

/** Petitioners are told by text message; staff by inbox and email. */
export function channelAllowed(recipients: RecipientKind, channel: NotificationChannel): boolean {
  return recipients === 'petitioner' ? channel === 'sms' : channel !== 'sms';
}

export function matchingRules(rules: readonly NotificationRule[], subject: string, payload: Record<string, unknown>): NotificationRule[] {
  return rules.filter((r) => r.enabled && r.eventSubject === subject && (!r.condition || payload[r.condition.field] === r.condition.equals));
}
