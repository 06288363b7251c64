import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_RULES } from '../../rules/default-rules.js';
import { DEFAULT_TEMPLATES } from '../../templates/default-templates.js';

const RULES = ['petitioner-review-decided', 'petitioner-re-review-decided'];
const TEMPLATES = ['petitioner.review-decided', 'petitioner.re-review-decided'];

/** Tell the petitioner the review and re-review decisions: two rules and their templates, for counties already running. */
export class ReviewDecisionTexts1764547200000 implements MigrationInterface {
  name = 'ReviewDecisionTexts1764547200000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of DEFAULT_TEMPLATES.filter((t) => TEMPLATES.includes(t.key))) {
      await q.query(`INSERT INTO notification.template (key, version, channel, subject, body, created_by) VALUES ($1, 1, $2, $3, $4, 'system') ON CONFLICT DO NOTHING`, [t.key, t.channel, t.subject, t.body]);
    }
    for (const r of DEFAULT_RULES.filter((r) => RULES.includes(r.id))) {
      await q.query(
        `INSERT INTO notification.rule (id, event_subject, recipients, channel, template_key, condition, enabled, description) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (id) DO NOTHING`,
        [r.id, r.eventSubject, r.recipients, r.channel, r.templateKey, r.condition && JSON.stringify(r.condition), r.enabled, r.description],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification.rule WHERE id = ANY($1)`, [RULES]);
    await q.query(`DELETE FROM notification.template WHERE key = ANY($1)`, [TEMPLATES]);
  }
}
