import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_RULES } from '../../rules/default-rules.js';
import { insertRule } from '../../rules/rule-rows.js';
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
    for (const r of DEFAULT_RULES.filter((r) => RULES.includes(r.id))) await insertRule(q, r, true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification.rule WHERE id = ANY($1)`, [RULES]);
    await q.query(`DELETE FROM notification.template WHERE key = ANY($1)`, [TEMPLATES]);
  }
}
