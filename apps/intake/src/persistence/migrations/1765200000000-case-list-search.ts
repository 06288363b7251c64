import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff case list at a county's scale: full-text search over title and content by character
 * bigrams (Chinese has no spaces, and a two-character word such as 工资 or 低保 must be found —
 * PostgreSQL's trigram index needs three), kept in a generated column with a GIN index; and
 * indexes for the list's default order and its status and deadline filters.
 */
export class CaseListSearch1765200000000 implements MigrationInterface {
  name = 'CaseListSearch1765200000000';

  async up(q: QueryRunner): Promise<void> {
    // lower-cased, spaces and punctuation dropped, every pair of neighbouring characters: a loop
    // (about 0.3 ms for a petition's text; substr over generate_series in SQL took ten times that,
    // and a regexp look-ahead cannot capture)
    await q.query(`
      CREATE FUNCTION intake.search_grams(source text) RETURNS text[]
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        s text := regexp_replace(lower(source), '[[:space:][:punct:]，。、；：？！“”‘’（）《》〈〉【】…—·～]+', '', 'g');
        grams text[] := '{}';
      BEGIN
        FOR i IN 1 .. length(s) - 1 LOOP
          grams := grams || substr(s, i, 2);
        END LOOP;
        RETURN grams;
      END
      $$`);
    await q.query(`ALTER TABLE intake.petition ADD COLUMN search_grams text[] GENERATED ALWAYS AS (intake.search_grams(title || ' ' || content)) STORED`);
    await q.query(`CREATE INDEX petition_search_grams ON intake.petition USING gin (search_grams)`);
    // common bigrams (工资, 补偿) are in many rows: a larger sample keeps the planner's estimates honest
    await q.query(`ALTER TABLE intake.petition ALTER COLUMN search_grams SET STATISTICS 1000`);
    await q.query(`CREATE INDEX petition_received ON intake.petition (received_at DESC, id)`);
    await q.query(`CREATE INDEX petition_case_status ON intake.petition (case_status, received_at DESC)`);
    await q.query(`CREATE INDEX petition_case_deadline ON intake.petition (case_deadline) WHERE case_deadline IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX intake.petition_case_deadline`);
    await q.query(`DROP INDEX intake.petition_case_status`);
    await q.query(`DROP INDEX intake.petition_received`);
    await q.query(`ALTER TABLE intake.petition DROP COLUMN search_grams`);
    await q.query(`DROP FUNCTION intake.search_grams(text)`);
  }
}
