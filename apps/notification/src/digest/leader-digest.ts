import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_LOGGER, PeriodicWork, SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../config.js';
import { NamesService } from '../directory/names.service.js';
import { maskEmail, maskName } from '../deliveries/domain/masking.js';
import { render } from '../templates/domain/render.js';
import { TemplatesService } from '../templates/templates.service.js';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * Each leader's daily digest of the cases they own that fall due within the week: once a day
 * after DIGEST_HOUR (China time), exactly once per leader and day however many replicas run
 * (the (leader, day) row is the claim), to the inbox and, when the leader has an address, by email.
 */
@Injectable()
export class LeaderDigest implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly work: PeriodicWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesService,
    private readonly names: NamesService,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    @Inject(APP_LOGGER) logger: Logger,
  ) {
    this.work = new PeriodicWork('leader digest', 60_000, () => this.send(), logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.EVENT_CONSUMERS === 'on') this.work.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.work.stop();
  }

  /** Sends today's digests not yet sent; returns how many leaders were told. */
  async send(now = new Date()): Promise<number> {
    const local = new Date(now.getTime() + CHINA_OFFSET_MS);
    if (local.getUTCHours() < this.config.DIGEST_HOUR) return 0;
    const day = local.toISOString().slice(0, 10);
    const weekAhead = new Date(now.getTime() + 7 * 86_400_000);
    const leaders: { owner_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT owner_id FROM notification.case_view c
       WHERE open AND owner_id IS NOT NULL AND due_at <= $1
         AND NOT EXISTS (SELECT 1 FROM notification.digest_sent s WHERE s.owner_id = c.owner_id AND s.day = $2)`,
      [weekAhead, day],
    );
    let sent = 0;
    for (const { owner_id } of leaders) {
      const done = await this.dataSource.transaction(async (tx) => {
        const claimed = await tx.query(`INSERT INTO notification.digest_sent (owner_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING owner_id`, [owner_id, day]);
        if (claimed.length === 0) return false;
        const cases: { case_id: string; township_code: string | null; due_at: Date }[] = await tx.query(
          `SELECT case_id, township_code, due_at FROM notification.case_view WHERE open AND owner_id = $1 AND due_at <= $2 ORDER BY due_at`,
          [owner_id, weekAhead],
        );
        const names = await this.names.load(tx);
        const items = cases.map((c, i) => `${i + 1}. ${names.township(c.township_code) ?? ''}案件，${c.due_at.getTime() < now.getTime() ? '已超期' : '到期'}：${new Date(c.due_at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)}（${this.config.STAFF_APP_URL}/cases/${c.case_id}）`).join('\n');
        const [person] = await tx.query(`SELECT name, email FROM notification.staff_contact WHERE account_id = $1`, [owner_id]);
        const values = { count: cases.length, items, recipientName: person?.name ?? '', county: names.county };
        const inbox = await this.templates.latest('leader.digest', tx);
        if (inbox) {
          const deliveryId = randomUUID();
          const text = render(inbox, values);
          await tx.query(
            `INSERT INTO notification.delivery (id, event_id, event_subject, rule_id, template_key, template_version, channel, recipient_key, recipient_masked, status, sent_at)
             VALUES ($1, $2, 'notification.digest', 'leader-digest', $3, $4, 'inbox', $5, $6, 'sent', now())`,
            [deliveryId, randomUUID(), inbox.key, inbox.version, `account:${owner_id}`, `包案领导（${owner_id}）`],
          );
          await tx.query(`INSERT INTO notification.inbox_message (id, recipient_id, title, body, delivery_id) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), owner_id, text.subject ?? '包案案件', text.body, deliveryId]);
        }
        const email = await this.templates.latest('leader.digest.email', tx);
        if (email && person?.email) {
          const eventId = randomUUID();
          await tx.query(`INSERT INTO notification.delivery_event (event_id, type, payload) VALUES ($1, 'notification.digest', $2)`, [eventId, JSON.stringify(values)]);
          await tx.query(
            `INSERT INTO notification.delivery (id, event_id, event_subject, rule_id, template_key, template_version, channel, recipient_key, recipient_masked, status)
             VALUES ($1, $2, 'notification.digest', 'leader-digest', $3, $4, 'email', $5, $6, 'pending')`,
            [randomUUID(), eventId, email.key, email.version, `account:${owner_id}`, `${maskName(person.name)} ${maskEmail(person.email)}`],
          );
        }
        return true;
      });
      if (done) sent++;
    }
    return sent;
  }
}
