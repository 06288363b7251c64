/**
 * SQL of the projection generations. Every projection table exists once per generation
 * (`reporting.petition_fact__g3`); a view of the base name (`reporting.petition_fact`) shows the
 * current generation, and every query reads the views. A rebuild fills generation N+1 while the
 * live consumer writes to both, then redefines the views in one transaction.
 */
import { PROJECTION_TABLES, tableColumns, stampColumn, type PgType, type TableSpec } from './domain/tables.js';
import { FIGURE_NAMES, petitionFiguresSql, ROLLUP_DETAIL_DIMENSIONS, ROLLUP_TOWNSHIP_DIMENSIONS, type TableNames } from './domain/figures.js';

export const SCHEMA = 'reporting';

export const ROLLUP_TOWNSHIP = 'rollup_township_month';
export const ROLLUP_DETAIL = 'rollup_detail_month';
export const ROLLUP_DIRTY = 'rollup_dirty';

/** Every per-generation table, projections first. */
export const GENERATION_TABLES: readonly string[] = [...PROJECTION_TABLES.map((t) => t.name), ROLLUP_TOWNSHIP, ROLLUP_DETAIL, ROLLUP_DIRTY];

export const genTable = (base: string, gen: number) => `${SCHEMA}.${base}__g${gen}`;
export const generationNames = (gen: number): TableNames => (base) => genTable(base, gen);
/** The views: always the current generation. */
export const currentNames: TableNames = (base) => `${SCHEMA}.${base}`;

const PG: Record<PgType, string> = { uuid: 'uuid', text: 'text', char12: 'char(12)', timestamptz: 'timestamptz', date: 'date', int: 'int', boolean: 'boolean', jsonb: 'jsonb' };

const DIMENSION_TYPES: Record<string, string> = {
  township_code: 'char(12) NOT NULL',
  month: 'date NOT NULL',
  village_code: 'char(12)',
  channel: 'text',
  category_code: 'text',
  unit_code: 'text',
  accused_unit_code: 'text',
};

const indexSql = (table: TableSpec, gen: number, i: number) => `CREATE INDEX ${table.name}__g${gen}_i${i} ON ${genTable(table.name, gen)} (${table.indexes[i]!.join(', ')})`;

/**
 * CREATE statements of one generation's tables and indexes. With `deferIndexes` (a rebuild),
 * only the indexes live writers need are made now: bulk loading is faster without the others,
 * which `deferredIndexSql` builds after the replay.
 */
export function createGenerationSql(gen: number, options: { deferIndexes?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const table of PROJECTION_TABLES) {
    const name = genTable(table.name, gen);
    const cols = tableColumns(table).map((c) => `${c.name} ${PG[c.type]}`);
    out.push(`CREATE TABLE ${name} (${cols.join(', ')}, PRIMARY KEY (${table.key.map((k) => k.name).join(', ')}))`);
    table.indexes.forEach((_, i) => {
      if (!options.deferIndexes || table.liveIndexes?.includes(i)) out.push(indexSql(table, gen, i));
    });
  }
  const figures = FIGURE_NAMES.map((f) => `${f} int NOT NULL`).join(', ');
  out.push(`CREATE TABLE ${genTable(ROLLUP_TOWNSHIP, gen)} (${ROLLUP_TOWNSHIP_DIMENSIONS.map((d) => `${d} ${DIMENSION_TYPES[d]}`).join(', ')}, ${figures})`);
  out.push(`CREATE INDEX ${ROLLUP_TOWNSHIP}__g${gen}_i0 ON ${genTable(ROLLUP_TOWNSHIP, gen)} (township_code, month)`);
  out.push(`CREATE TABLE ${genTable(ROLLUP_DETAIL, gen)} (${ROLLUP_DETAIL_DIMENSIONS.map((d) => `${d} ${DIMENSION_TYPES[d]}`).join(', ')}, ${figures})`);
  out.push(`CREATE INDEX ${ROLLUP_DETAIL}__g${gen}_i0 ON ${genTable(ROLLUP_DETAIL, gen)} (township_code, month)`);
  out.push(`CREATE INDEX ${ROLLUP_DETAIL}__g${gen}_i1 ON ${genTable(ROLLUP_DETAIL, gen)} (village_code, month)`);
  // buckets (township, month) whose rollup rows are stale: appended by writers, removed by the refresher
  out.push(`CREATE TABLE ${genTable(ROLLUP_DIRTY, gen)} (seq bigserial PRIMARY KEY, township_code char(12) NOT NULL, month date NOT NULL)`);
  out.push(`CREATE INDEX ${ROLLUP_DIRTY}__g${gen}_i0 ON ${genTable(ROLLUP_DIRTY, gen)} (township_code, month)`);
  return out;
}

export function deferredIndexSql(gen: number): string[] {
  return PROJECTION_TABLES.flatMap((table) => table.indexes.map((_, i) => i).filter((i) => !table.liveIndexes?.includes(i)).map((i) => indexSql(table, gen, i)));
}

export function dropGenerationSql(gen: number): string[] {
  return GENERATION_TABLES.map((base) => `DROP TABLE IF EXISTS ${genTable(base, gen)}`);
}

/** Points every view at a generation. Run inside the switching transaction. */
export function viewsSql(gen: number): string[] {
  return GENERATION_TABLES.flatMap((base) => [`DROP VIEW IF EXISTS ${SCHEMA}.${base}`, `CREATE VIEW ${SCHEMA}.${base} AS SELECT * FROM ${genTable(base, gen)}`]);
}

/**
 * A batch travels column by column: one typed array parameter per column, unnested into rows
 * (fewer bytes and far less parsing than JSON; no limit on the number of rows).
 */
export function columnArrays(table: TableSpec, rows: unknown[][]): unknown[][] {
  return tableColumns(table).map((c, i) => rows.map((r) => (c.type === 'jsonb' && r[i] !== null && r[i] !== undefined ? JSON.stringify(r[i]) : (r[i] ?? null))));
}

/**
 * A multi-row upsert of one table from its column arrays (`$1` … `$n`, see `columnArrays`).
 * Entity tables: each column group is replaced only when the incoming stamp is greater;
 * fact tables: insert once.
 */
export function upsertSql(table: TableSpec, gen: number): string {
  const cols = tableColumns(table).map((c) => c.name);
  const keys = table.key.map((k) => k.name).join(', ');
  const arrays = tableColumns(table).map((c, i) => `$${i + 1}::${PG[c.type]}[]`);
  const head = `INSERT INTO ${genTable(table.name, gen)} AS t (${cols.join(', ')})
    SELECT * FROM unnest(${arrays.join(', ')})`;
  if (table.kind === 'fact') return `${head} ON CONFLICT (${keys}) DO NOTHING`;
  const sets = table.groups.flatMap((g) => {
    const stamp = stampColumn(g);
    const newer = `EXCLUDED.${stamp} > coalesce(t.${stamp}, '')`;
    return [stamp, ...g.columns.map((c) => c.name)].map((col) => `${col} = CASE WHEN ${newer} THEN EXCLUDED.${col} ELSE t.${col} END`);
  });
  return `${head} ON CONFLICT (${keys}) DO UPDATE SET ${sets.join(', ')}`;
}

/**
 * Recomputes the rollup rows of some (township, month) buckets — `$1` township codes and `$2`
 * months, pairwise — of a generation: delete theirs, insert the sums of their petitions.
 */
export function refreshBucketsSql(gen: number): string[] {
  const t = generationNames(gen);
  const buckets = `SELECT * FROM unnest($1::char(12)[], $2::date[]) AS b(township_code, month)`;
  const where = `(p.township_code, p.received_month) IN (${buckets})`;
  return [
    `DELETE FROM ${t(ROLLUP_TOWNSHIP)} r USING (${buckets}) b WHERE r.township_code = b.township_code AND r.month = b.month`,
    `DELETE FROM ${t(ROLLUP_DETAIL)} r USING (${buckets}) b WHERE r.township_code = b.township_code AND r.month = b.month`,
    ...rollupInsertSql(t, where, `(d.township_code, d.month) IN (${buckets})`),
  ];
}

/**
 * Inserts the rollups of the petitions matching `where` (SQL over `p`), from one pass over their
 * figures; `bucketWhere` (SQL over the detailed rollup `d`) selects the same buckets.
 */
export function rollupInsertSql(t: TableNames, where: string, bucketWhere: string): string[] {
  const f = petitionFiguresSql(t, where);
  const sums = FIGURE_NAMES.map((name) => `sum(${name})`).join(', ');
  return [
    `INSERT INTO ${t(ROLLUP_DETAIL)} (${ROLLUP_DETAIL_DIMENSIONS.join(', ')}, ${FIGURE_NAMES.join(', ')})
       SELECT ${ROLLUP_DETAIL_DIMENSIONS.join(', ')}, ${sums} FROM (${f}) f GROUP BY ${ROLLUP_DETAIL_DIMENSIONS.join(', ')}`,
    // the township rollup from the detailed one just written (same transaction): no second pass over the petitions
    `INSERT INTO ${t(ROLLUP_TOWNSHIP)} (${ROLLUP_TOWNSHIP_DIMENSIONS.join(', ')}, ${FIGURE_NAMES.join(', ')})
       SELECT ${ROLLUP_TOWNSHIP_DIMENSIONS.join(', ')}, ${sums} FROM ${t(ROLLUP_DETAIL)} d
       WHERE ${bucketWhere}
       GROUP BY ${ROLLUP_TOWNSHIP_DIMENSIONS.join(', ')}`,
  ];
}
