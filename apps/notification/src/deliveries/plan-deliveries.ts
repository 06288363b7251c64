import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '#contracts';
import { APP_LOGGER, SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../config.js';
import { NamesService, type Names } from '../directory/names.service.js';
import { channelAllowed, matchingRules, type NotificationRule } from '../rules/domain/rules.js';
import { RulesService } from '../rules/rules.service.js';
import { StaffContactsService } from '../staff-contacts/staff-contacts.service.js';
import { render } from '../templates/domain/render.js';
import { TemplatesService, type TemplateVersion } from '../templates/templates.service.js';
import { accusedUnitOf, accusesTownship } from './accusations.js';
import { maskEmail, maskName } from './domain/masking.js';
import { messageValues } from './message-values.js';

const ROLE_NAMES: Record<string, string> = { 'county-admin': '县信访局', 'township-officer': '乡镇信访专干' };

/** Someone a rule tells, as known before sending: a key that makes the delivery unique, and where an inbox message goes. */
interface PlannedRecipient {
  key: string;
  masked: string | null;
  inbox?: { recipientId?: string; role?: string; township?: string | null; unit?: string };
  name?: string;
}

/**
 * Turns one event into the deliveries its rules ask for, inside the consumer's transaction:
 * one row per (event, recipient, template) — the unique key that makes a redelivered event, or
 * a second replica, tell nobody twice. In-app messages are written at once; texts and emails
 * wait for the dispatcher, which fetches contacts at send time.
 */
@Injectable()
export class DeliveryPlanner {
  constructor(
    private readonly rules: RulesService,
    private readonly templates: TemplatesService,
    private readonly names: NamesService,
    private readonly staff: StaffContactsService,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async plan(tx: EntityManager, subject: string, event: EventEnvelope<Record<string, unknown>>): Promise<number> {
    const rules = matchingRules(await this.rules.all(), subject, event.payload);
    if (rules.length === 0) return 0;
    const names = await this.names.load(tx);
    const accused = await accusedUnitOf(tx, event.payload.petitionId);
    await tx.query(`INSERT INTO notification.delivery_event (event_id, type, payload) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING`, [event.id, event.type, JSON.stringify(event.payload)]);
    let planned = 0;
    for (const rule of rules) {
      if (!channelAllowed(rule.recipients, rule.channel)) continue;
      const template = await this.templates.latest(rule.templateKey, tx);
      if (!template) {
        this.logger.warn({ rule: rule.id, template: rule.templateKey }, 'notification rule names a template that does not exist');
        continue;
      }
      for (const recipient of await this.recipients(tx, rule, event, names, accused)) {
        planned += await this.record(tx, rule, template, event, recipient, names);
      }
    }
    return planned;
  }

  private async record(tx: EntityManager, rule: NotificationRule, template: TemplateVersion, event: EventEnvelope<Record<string, unknown>>, recipient: PlannedRecipient, names: Names): Promise<number> {
    const p = event.payload;
    const id = randomUUID();
    const inbox = rule.channel === 'inbox';
    const inserted: unknown[] = await tx.query(
      `INSERT INTO notification.delivery (id, event_id, event_subject, rule_id, template_key, template_version, channel, recipient_key, recipient_masked, township_code, case_id, petition_id, status, sent_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
       ON CONFLICT (event_id, recipient_key, template_key) DO NOTHING RETURNING id`,
      [id, event.id, `${event.type}.v${event.version}`, rule.id, template.key, template.version, rule.channel, recipient.key, recipient.masked, event.townshipCode, p.caseId ?? null, p.petitionId ?? null, inbox ? 'sent' : 'pending', inbox ? new Date() : null],
    );
    if (inserted.length === 0) return 0;
    if (inbox && recipient.inbox) {
      const text = render(template, messageValues(event, names, this.config.STAFF_APP_URL, { recipientName: recipient.name ?? '' }));
      await tx.query(
        `INSERT INTO notification.inbox_message (id, recipient_id, audience_role, audience_township, audience_unit, title, body, link, delivery_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [randomUUID(), recipient.inbox.recipientId ?? null, recipient.inbox.role ?? null, recipient.inbox.township ?? null, recipient.inbox.unit ?? null, text.subject ?? '通知', text.body, p.caseId ? `/cases/${p.caseId}` : p.petitionId ? `/petitions/${p.petitionId}` : null, id],
      );
    }
    return 1;
  }

  /** `accused`: the unit the petition accuses, if it is an accusation — nobody there is told (Art. 30). */
  private async recipients(tx: EntityManager, rule: NotificationRule, event: EventEnvelope<Record<string, unknown>>, names: Names, accused: string | null): Promise<PlannedRecipient[]> {
    const p = event.payload;
    const email = rule.channel === 'email';
    const staffEmails = (people: { accountId: string; name: string; email: string | null }[]) =>
      people.filter((s) => s.email).map((s) => ({ key: `account:${s.accountId}`, masked: `${maskName(s.name)} ${maskEmail(s.email!)}`, name: s.name }));

    switch (rule.recipients) {
      case 'petitioner':
        // a petition registered long after it was received (an import of earlier records) is not texted about
        if (typeof p.receivedAt === 'string' && Date.parse(event.occurredAt) - Date.parse(p.receivedAt) > this.config.PETITIONER_NOTICE_MAX_AGE_DAYS * 86_400_000) return [];
        // nor about anything that happened that long ago (a backlog read late, the demo county's past year)
        if (Date.now() - Date.parse(event.occurredAt) > this.config.PETITIONER_NOTICE_MAX_AGE_DAYS * 86_400_000) return [];
        return p.petitionId ? [{ key: `petitioners-of:${p.petitionId}`, masked: null }] : [];
      case 'handling-unit': {
        const code = (p.unitCode ?? p.handlingUnitCode ?? (await this.ownedCase(tx, p.caseId))?.handling_unit_code) as string | undefined;
        const unit = names.unit(code);
        if (!code || !unit || code === accused) return [];
        if (email) return staffEmails(await this.staff.ofUnit(tx, { code, ...unit }));
        return [{ key: `unit:${code}`, masked: unit.name, inbox: { unit: code } }];
      }
      case 'owner': {
        const owner = (p.ownerId ?? p.leaderId ?? (await this.ownedCase(tx, p.caseId))?.owner_id) as string | undefined;
        if (!owner) return [];
        if (email) return staffEmails(await this.staff.ofAccount(tx, owner));
        return [{ key: `account:${owner}`, masked: `包案领导（${owner}）`, inbox: { recipientId: owner } }];
      }
      case 'township-officers':
        if (!event.townshipCode || accusesTownship(accused, event.townshipCode, names)) return [];
        if (email) return staffEmails(await this.staff.ofRole(tx, 'township-officer', event.townshipCode));
        return [{ key: `role:township-officer:${event.townshipCode}`, masked: `${names.township(event.townshipCode) ?? ''}${ROLE_NAMES['township-officer']}`, inbox: { role: 'township-officer', township: event.townshipCode } }];
      case 'county-admins':
        if (email) return staffEmails(await this.staff.ofRole(tx, 'county-admin', null));
        return [{ key: 'role:county-admin', masked: ROLE_NAMES['county-admin']!, inbox: { role: 'county-admin', township: null } }];
    }
  }

  private async ownedCase(tx: EntityManager, caseId: unknown): Promise<{ owner_id: string | null; handling_unit_code: string | null } | undefined> {
    if (typeof caseId !== 'string') return undefined;
    const [row] = await tx.query(`SELECT owner_id, handling_unit_code FROM notification.case_view WHERE case_id = $1`, [caseId]);
    return row;
  }
}
