import { PETITION, PROJECTION_TABLES } from './domain/tables.js';
import type { ProjectionBatch } from './domain/fold.js';
import { columnArrays, genTable, ROLLUP_DIRTY, SCHEMA, upsertSql } from './generation-sql.js';

/** Runs one SQL statement and returns its rows: a TypeORM EntityManager's or a pg client's query, adapted. */
export type Sql = (text: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** The generations events are written to: the current one, and the one a rebuild is filling, if any. */
export interface ActiveGenerations {
  current: number;
  building: number | null;
}

/**
 * Reads the active generations, holding a share lock on their row until the transaction ends,
 * so that a rebuild's start and its switch-over (which take it exclusively) wait for writes in
 * flight, and every write after them sees the new state.
 */
export async function activeGenerations(sql: Sql): Promise<ActiveGenerations> {
  const [row] = await sql(`SELECT current, building FROM ${SCHEMA}.projection_generation WHERE id = 1 FOR SHARE`);
  if (!row) throw new Error('reporting.projection_generation has no row: migrations have not run');
  return { current: Number(row.current), building: row.building === null ? null : Number(row.building) };
}

export const generationsOf = (active: ActiveGenerations) => (active.building === null ? [active.current] : [active.current, active.building]);

/**
 * Writes a folded batch into one generation: one multi-row upsert per table. With `markDirty`,
 * also records the rollup buckets the batch may have changed. Finding them takes the locks that
 * make this safe with concurrent writers: the petition rows are upserted (waiting for a
 * concurrent registration of the same petition to commit), and cases are locked by their upsert
 * before their attached petitions are looked up — so whichever of two related events commits
 * second sees the other's rows and marks the bucket.
 */
export async function writeBatch(sql: Sql, batch: ProjectionBatch, gen: number, options: { markDirty: boolean }): Promise<void> {
  for (const table of PROJECTION_TABLES) {
    const rows = batch.rowsOf(table);
    if (rows.length) await sql(upsertSql(table, gen), columnArrays(table, rows));
  }
  if (!options.markDirty) return;

  const buckets = new Map<string, [string, string]>();
  const collect = (rows: Array<Record<string, unknown>>) => {
    for (const r of rows) if (r.township_code && r.month) buckets.set(`${r.township_code}|${r.month}`, [String(r.township_code), String(r.month)]);
  };
  const petitions = [...batch.petitions].sort();
  if (petitions.length) {
    collect(
      await sql(
        `INSERT INTO ${genTable(PETITION.name, gen)} AS t (petition_id) SELECT id FROM unnest($1::uuid[]) AS id ORDER BY id
         ON CONFLICT (petition_id) DO UPDATE SET petition_id = EXCLUDED.petition_id
         RETURNING t.township_code, t.received_month::text AS month`,
        [petitions],
      ),
    );
  }
  const cases = [...batch.cases].sort();
  if (cases.length) {
    collect(await sql(`SELECT township_code, received_month::text AS month FROM ${genTable(PETITION.name, gen)} WHERE linked_case_id = ANY($1::uuid[]) AND reg_stamp IS NOT NULL`, [cases]));
  }
  if (buckets.size) {
    const sorted = [...buckets.values()].sort(([a, m], [b, n]) => (a + m < b + n ? -1 : 1));
    await sql(`INSERT INTO ${genTable(ROLLUP_DIRTY, gen)} (township_code, month) SELECT * FROM unnest($1::char(12)[], $2::date[])`, [sorted.map((b) => b[0]), sorted.map((b) => b[1])]);
  }
}
