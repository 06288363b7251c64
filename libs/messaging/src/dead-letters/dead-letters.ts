import { DeliverPolicy, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { DEAD_LETTER_STREAM, deadLetterSubject } from '#contracts';

export const DEAD_LETTER_HEADERS = {
  reason: 'Xf-Dead-Reason',
  consumer: 'Xf-Consumer',
  originalSubject: 'Xf-Original-Subject',
  originalStream: 'Xf-Original-Stream',
  originalSeq: 'Xf-Original-Seq',
  deliveries: 'Xf-Deliveries',
} as const;

export interface DeadLetter {
  /** Sequence in the dead-letter stream; an outbox row parked by the relay has minus its outbox sequence. */
  seq: number;
  source: 'consumer' | 'outbox';
  parkedAt: string;
  consumer: string;
  originalSubject: string;
  originalStream: string;
  originalSeq: number;
  deliveries: number;
  reason: string;
  /** The event as it arrived (contracts carry no personal data), cut at 4 KB. */
  data: string;
}

/** Header values are single lines of printable text. */
const headerSafe = (s: string) => s.replace(/[\r\n]+/g, ' ').slice(0, 1000);

/** Parks events a consumer cannot apply in the DEAD_LETTERS stream, and lists them for operators. */
export class DeadLetters {
  constructor(private readonly js: JetStreamClient) {}

  /** Idempotent per (stream, sequence, consumer): parking twice after a crash stores it once. */
  async park(consumer: string, msg: JsMsg, reason: string): Promise<void> {
    const h = headers();
    h.set(DEAD_LETTER_HEADERS.reason, headerSafe(reason));
    h.set(DEAD_LETTER_HEADERS.consumer, consumer);
    h.set(DEAD_LETTER_HEADERS.originalSubject, msg.subject);
    h.set(DEAD_LETTER_HEADERS.originalStream, msg.info.stream);
    h.set(DEAD_LETTER_HEADERS.originalSeq, String(msg.seq));
    h.set(DEAD_LETTER_HEADERS.deliveries, String(msg.info.deliveryCount));
    await this.js.publish(deadLetterSubject(consumer, msg.subject), msg.data, {
      msgID: `${msg.info.stream}:${msg.seq}:${consumer}`,
      headers: h,
      timeout: 5000,
    });
  }

  /** One dead letter by its sequence in the dead-letter stream, if it is this consumer's. */
  async get(consumer: string, seq: number): Promise<{ originalSubject: string; originalStream: string; data: Uint8Array } | null> {
    const jsm = await this.js.jetstreamManager();
    const stored = await jsm.streams.getMessage(DEAD_LETTER_STREAM.name, { seq }).catch(() => null);
    if (!stored || stored.header?.get(DEAD_LETTER_HEADERS.consumer) !== consumer) return null;
    return { originalSubject: stored.header.get(DEAD_LETTER_HEADERS.originalSubject), originalStream: stored.header.get(DEAD_LETTER_HEADERS.originalStream), data: stored.data };
  }

  /** Removes a dead letter once it has been replayed. */
  async remove(seq: number): Promise<void> {
    const jsm = await this.js.jetstreamManager();
    await jsm.streams.deleteMessage(DEAD_LETTER_STREAM.name, seq, false);
  }

  /** The dead letters of one consumer, oldest first. */
  async list(consumer: string, limit = 200): Promise<DeadLetter[]> {
    const ordered = await this.js.consumers.get(DEAD_LETTER_STREAM.name, {
      filter_subjects: `deadletter.${consumer}.>`,
      deliver_policy: DeliverPolicy.All,
    });
    const out: DeadLetter[] = [];
    for (;;) {
      const batch = await ordered.fetch({ max_messages: Math.min(100, limit - out.length), expires: 1000 });
      let got = 0;
      for await (const m of batch) {
        got++;
        const h = m.headers;
        out.push({
          seq: m.seq,
          source: 'consumer',
          parkedAt: m.time.toISOString(),
          consumer: h?.get(DEAD_LETTER_HEADERS.consumer) ?? consumer,
          originalSubject: h?.get(DEAD_LETTER_HEADERS.originalSubject) ?? '',
          originalStream: h?.get(DEAD_LETTER_HEADERS.originalStream) ?? '',
          originalSeq: Number(h?.get(DEAD_LETTER_HEADERS.originalSeq) ?? 0),
          deliveries: Number(h?.get(DEAD_LETTER_HEADERS.deliveries) ?? 0),
          reason: h?.get(DEAD_LETTER_HEADERS.reason) ?? '',
          data: m.string().slice(0, 4096),
        });
        if (m.info.pending === 0) return out;
      }
      if (got === 0 || out.length >= limit) return out;
    }
  }
}
