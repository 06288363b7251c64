import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Counter } from 'prom-client';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_LOGGER, metric, metricsRegistry, PeriodicWork, SERVICE_CONFIG } from '#platform';
import { PermanentSendError, type Channel } from '../channels/channel.js';
import { SmtpChannel } from '../channels/email/smtp.channel.js';
import { SmsGatewayChannel } from '../channels/sms/sms-gateway.channel.js';
import type { NotificationConfig } from '../config.js';
import { NamesService } from '../directory/names.service.js';
import { PetitionerContacts } from '../recipients/petitioner-contacts.js';
import { render } from '../templates/domain/render.js';
import { TemplatesService } from '../templates/templates.service.js';
import { maskContacts, maskEmail, maskMobile, maskName } from './domain/masking.js';
import { isQuiet, quietUntil } from './domain/quiet-hours.js';
import { nextAttemptDelayMs } from './domain/retry.js';
import { messageValues } from './message-values.js';

interface DueDelivery {
  id: string;
  event_id: string;
  event_subject: string;
  channel: 'sms' | 'email';
  template_key: string;
  template_version: number;
  recipient_key: string;
  township_code: string | null;
  petition_id: string | null;
  attempts: number;
}

export const deliveryMetrics = () => ({
  outcomes: metric('xinfang_notifications_total', () => new Counter({ name: 'xinfang_notifications_total', help: 'Text and email deliveries by channel and outcome (sent, failed, deferred, retried)', labelNames: ['channel', 'outcome'], registers: [metricsRegistry] })),
});

/** A simple per-replica budget of sends per minute for one channel. */
class RateBudget {
  private windowStart = 0;
  private used = 0;
  constructor(private readonly perMinute: number) {}
  take(now: number): boolean {
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used >= this.perMinute) return false;
    this.used++;
    return true;
  }
}

/**
 * Sends pending texts and emails. Each delivery is claimed with FOR UPDATE SKIP LOCKED, so two
 * replicas never send the same one; the send and the mark commit together, and the delivery id
 * travels as the channel's idempotency key for the rare crash between the two. Texts to
 * citizens wait out the quiet hours; failures are retried with backoff and end as `failed`,
 * visible in the delivery log.
 */
@Injectable()
export class Dispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly work: PeriodicWork;
  private readonly channels: Record<'sms' | 'email', Channel>;
  private readonly budgets: Record<'sms' | 'email', RateBudget>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesService,
    private readonly names: NamesService,
    private readonly contacts: PetitionerContacts,
    sms: SmsGatewayChannel,
    email: SmtpChannel,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.channels = { sms, email };
    this.budgets = { sms: new RateBudget(config.SMS_PER_MINUTE), email: new RateBudget(config.EMAIL_PER_MINUTE) };
    this.work = new PeriodicWork('dispatch', config.DISPATCH_INTERVAL_MS, () => this.dispatch(), logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.EVENT_CONSUMERS === 'on') this.work.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.work.stop();
  }

  /** Runs a pass now unless one is running. */
  kick(): void {
    this.work.kick();
  }

  /** One pass over the deliveries that are due; returns how many were handled. */
  async dispatch(now = new Date()): Promise<number> {
    let handled = 0;
    for (;;) {
      const progressed = await this.dataSource.transaction(async (tx) => {
        const [d]: DueDelivery[] = await tx.query(
          `SELECT id, event_id, event_subject, channel, template_key, template_version, recipient_key, township_code, petition_id, attempts
           FROM notification.delivery
           WHERE status IN ('pending', 'deferred', 'retrying') AND next_attempt_at <= $1 AND channel IN ('sms', 'email')
           ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        if (!d) return false;
        await this.deliver(tx, d, now);
        return true;
      });
      if (!progressed) return handled;
      handled++;
    }
  }

  private async deliver(tx: EntityManager, d: DueDelivery, now: Date): Promise<void> {
    const metrics = deliveryMetrics();
    const citizen = d.recipient_key.startsWith('petitioners-of:');
    if (citizen && isQuiet(now, { startHour: this.config.QUIET_HOURS_START, endHour: this.config.QUIET_HOURS_END })) {
      const until = quietUntil(now, { startHour: this.config.QUIET_HOURS_START, endHour: this.config.QUIET_HOURS_END });
      await tx.query(`UPDATE notification.delivery SET status = 'deferred', next_attempt_at = $2 WHERE id = $1`, [d.id, until]);
      metrics.outcomes.inc({ channel: d.channel, outcome: 'deferred' });
      return;
    }
    if (!this.budgets[d.channel].take(now.getTime())) {
      await tx.query(`UPDATE notification.delivery SET next_attempt_at = $2 WHERE id = $1`, [d.id, new Date(now.getTime() + 5_000)]);
      return;
    }
    try {
      const masked = await this.send(tx, d);
      await tx.query(`UPDATE notification.delivery SET status = 'sent', sent_at = now(), attempts = attempts + 1, recipient_masked = coalesce($2, recipient_masked), last_error = NULL WHERE id = $1`, [d.id, masked]);
      metrics.outcomes.inc({ channel: d.channel, outcome: 'sent' });
    } catch (err) {
      const attempts = d.attempts + 1;
      // a refusal may quote the recipient: only masked contacts reach the delivery log and the logs
      const message = maskContacts((err as Error).message).slice(0, 500);
      const permanent = err instanceof PermanentSendError || attempts >= this.config.DELIVERY_MAX_ATTEMPTS;
      if (permanent) {
        await tx.query(`UPDATE notification.delivery SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1`, [d.id, attempts, message]);
        metrics.outcomes.inc({ channel: d.channel, outcome: 'failed' });
        this.logger.warn({ deliveryId: d.id, channel: d.channel, attempts, error: message }, 'delivery failed for good');
      } else {
        const next = new Date(now.getTime() + nextAttemptDelayMs(attempts, this.config.DELIVERY_RETRY_BASE_MS));
        await tx.query(`UPDATE notification.delivery SET status = 'retrying', attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1`, [d.id, attempts, message, next]);
        metrics.outcomes.inc({ channel: d.channel, outcome: 'retried' });
      }
    }
  }

  /** Renders and sends one delivery; returns the masked recipients it reached. */
  private async send(tx: EntityManager, d: DueDelivery): Promise<string | null> {
    const template = await this.templates.version(d.template_key, d.template_version);
    if (!template) throw new PermanentSendError(`template ${d.template_key} v${d.template_version} is gone`);
    const [event] = await tx.query(`SELECT payload, type FROM notification.delivery_event WHERE event_id = $1`, [d.event_id]);
    if (!event) throw new PermanentSendError('the event of this delivery is no longer kept');
    const names = await this.names.load(tx);
    const envelope = { townshipCode: d.township_code, type: event.type as string, payload: event.payload as Record<string, unknown> };

    if (d.recipient_key.startsWith('petitioners-of:')) {
      // intake unreachable (ContactUnavailable) is transient: the delivery is retried
      const contact = await this.contacts.fetch(d.petition_id!, `${d.channel}:${d.event_subject}`);
      if (!contact) throw new PermanentSendError('登记服务中没有这件信访件');
      const mobiles = contact.recipients.map((r) => r.mobile).filter((m): m is string => !!m);
      if (mobiles.length === 0) throw new PermanentSendError('信访人未留手机号，无法短信告知');
      const text = render(template, messageValues(envelope, names, this.config.STAFF_APP_URL, { trackingCode: contact.trackingCode }));
      for (const [i, mobile] of mobiles.entries()) {
        await this.channels.sms.send({ id: mobiles.length === 1 ? d.id : `${d.id}-${i}`, to: mobile, subject: null, text: text.body });
      }
      return mobiles.map(maskMobile).join('、');
    }

    const accountId = d.recipient_key.slice('account:'.length);
    const [person] = await tx.query(`SELECT name, email FROM notification.staff_contact WHERE account_id = $1`, [accountId]);
    if (!person?.email) throw new PermanentSendError('该工作人员没有登记电子邮箱');
    const text = render(template, messageValues(envelope, names, this.config.STAFF_APP_URL, { recipientName: person.name }));
    await this.channels.email.send({ id: d.id, to: person.email, subject: text.subject, text: text.body });
    // as planned: who, and where (the address may have changed since)
    return `${maskName(person.name)} ${maskEmail(person.email)}`;
  }
}
