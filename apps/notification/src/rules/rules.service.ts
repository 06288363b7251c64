import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationRule } from './domain/rules.js';
import { insertRule } from './rule-rows.js';

const CACHE_MS = 10_000;

/** The county's notification rules, cached briefly: a change reaches every replica within seconds. */
@Injectable()
export class RulesService {
  private cached?: { at: number; rules: NotificationRule[] };

  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<NotificationRule[]> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.rules;
    const rules: NotificationRule[] = await this.dataSource.query(
      `SELECT id, event_subject AS "eventSubject", recipients, channel, template_key AS "templateKey", condition, enabled, description FROM notification.rule ORDER BY event_subject, id`,
    );
    this.cached = { at: Date.now(), rules };
    return rules;
  }

  async replaceAll(rules: NotificationRule[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM notification.rule`);
      for (const r of rules) await insertRule(tx, r);
    });
    this.cached = undefined;
  }
}
