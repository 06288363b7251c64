/** One message, ready for a channel. */
export interface OutgoingMessage {
  /** The delivery id: channels pass it on as an idempotency key, so a retried send is not delivered twice. */
  id: string;
  to: string;
  subject: string | null;
  text: string;
}

/** Refused for good (bad number, unknown address): retrying will not help. */
export class PermanentSendError extends Error {}

/** SMS and email behind one interface; the in-app inbox is written directly. */
export interface Channel {
  readonly name: 'sms' | 'email';
  send(message: OutgoingMessage): Promise<void>;
}
