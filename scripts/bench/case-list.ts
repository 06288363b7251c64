/**
 * Benchmark 7: the console's case list at a county's scale. A million petitions — the demo
 * year's titles and contents, varied, over ten years, most old ones closed — in intake's real
 * schema with its migrations; the list's query (scope, filters, bigram search, order, a page and
 * its capped total: petition-list.ts itself) against a plain `ILIKE '%…%'` scan of the same rows
 * with the same filters and a full count, as a list without the index would run.
 */
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, migrateSchema, type Principal } from '#platform';
import { INTAKE_MIGRATIONS } from '../../apps/intake/src/persistence/migrations/index.js';
import { listPetitions } from '../../apps/intake/src/petitions/search-petitions/petition-list.js';
import type { SearchPetitionsQuery } from '../../apps/intake/src/petitions/search-petitions/search-petitions.query.js';
import { demoYear } from '../../apps/intake/src/seed/demo-year.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { BenchInfra, percentile, progress } from './common.js';

export interface CaseListOptions {
  petitions: number;
  runs: number;
}

export interface CaseListQueryResult {
  label: string;
  matches: number;
  list: { p50: number; p95: number };
  plain: { p50: number; p95: number };
  ratio: number;
}

export interface CaseListResult {
  options: CaseListOptions;
  rows: number;
  loadSeconds: number;
  queries: CaseListQueryResult[];
  /** p95 of every run of every query, the list's and the plain scan's: what a clerk waits for at worst, most days. */
  listP95: number;
  plainP95: number;
  /** plainP95 / listP95. */
  ratio: number;
}

const COUNTY_ADMIN: Principal = { id: 'bench-admin', role: 'county-admin' };
const QINGSHUI_OFFICER: Principal = { id: 'bench-officer', role: 'township-officer', townshipCode: '430599101000' };
const yearAgo = () => new Date(Date.now() - 365 * 86_400_000).toISOString();

/** What clerks type and tick: common and rare words, with and without filters. */
export const QUERIES: Array<{ label: string; principal: Principal; query: SearchPetitionsQuery }> = [
  { label: '工资 (a common two-character word)', principal: COUNTY_ADMIN, query: { q: '工资' } },
  { label: '低保 (two characters, rarer)', principal: COUNTY_ADMIN, query: { q: '低保' } },
  { label: '水渠, a township officer', principal: QINGSHUI_OFFICER, query: { q: '水渠' } },
  { label: '拖欠 工资, open, 清水镇', principal: COUNTY_ADMIN, query: { q: '拖欠 工资', open: 'true', townshipCode: '430599101000' } },
  { label: '征地 补偿款, accepted, by deadline', principal: COUNTY_ADMIN, query: { q: '征地 补偿款', status: ['accepted'], sort: 'dueAt' } },
  { label: '采石场, the last year', principal: COUNTY_ADMIN, query: { q: '采石场', from: yearAgo() } },
  { label: 'a word nobody wrote', principal: COUNTY_ADMIN, query: { q: '不存在的词语' } },
];

/** The same rows as a list without the index finds them: ILIKE on every row, a full count. */
async function plainScan(db: pg.Client, principal: Principal, query: SearchPetitionsQuery): Promise<number> {
  const params: unknown[] = [];
  const where: string[] = ['true'];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (principal.townshipCode) add('township_code = ?', principal.townshipCode);
  if (query.townshipCode) add('township_code = ?', query.townshipCode);
  if (query.status) add('case_status = ANY(?)', query.status);
  if (query.open === 'true') add('case_status = ANY(?)', ['registered', 'transferred', 'assigned', 'accepted', 'replied', 'review', 're-review']);
  if (query.from) add('received_at >= ?', query.from);
  for (const term of (query.q ?? '').split(/\s+/).filter(Boolean)) add('(title ILIKE ? OR content ILIKE ?)', `%${term}%`);
  const order = query.sort === 'dueAt' ? 'case_deadline ASC NULLS LAST' : 'received_at DESC';
  const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM intake.petition WHERE ${where.join(' AND ')}`, params)).rows;
  await db.query(`SELECT * FROM intake.petition WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT 50`, params);
  return count;
}

/** A million rows from the demo year's texts: each text many times, numbers varied, spread over ten years. */
async function load(db: pg.Client, petitions: number): Promise<void> {
  const texts = demoYear({ scale: 1 }).map((p) => ({ title: p.request.title, content: p.request.content, category: p.request.category, township: p.request.townshipCode, channel: p.request.channel }));
  await db.query(`CREATE TEMP TABLE pool (n int, title text, content text, category text, township text, channel text)`);
  for (let i = 0; i < texts.length; i += 200) {
    const chunk = texts.slice(i, i + 200);
    const values = chunk.map((_, k) => `($${k * 6 + 1}, $${k * 6 + 2}, $${k * 6 + 3}, $${k * 6 + 4}, $${k * 6 + 5}, $${k * 6 + 6})`).join(',');
    await db.query(`INSERT INTO pool VALUES ${values}`, chunk.flatMap((t, k) => [i + k, t.title, t.content, t.category, t.township, t.channel]));
  }
  const batch = 50_000;
  const started = Date.now();
  for (let from = 0; from < petitions; from += batch) {
    const to = Math.min(petitions, from + batch);
    // newest rows last in the heap, as a county's table grows; ten years back, the last months still open
    await db.query(
      `INSERT INTO intake.petition (id, tracking_code, channel, received_at, township_code, category_code, title, content, registered_at_level, headcount, collective, is_accusation, status, case_status, case_deadline, case_overdue)
       SELECT gen_random_uuid(), 'B' || g, p.channel, t.at, p.township, p.category,
              p.title, replace(p.content, '。', '（' || (g % 97) || '）。'), 'township', 1, false, false, 'registered',
              CASE WHEN t.at < now() - interval '90 days' THEN 'closed' WHEN g % 3 = 0 THEN 'accepted' WHEN g % 3 = 1 THEN 'replied' ELSE 'registered' END,
              CASE WHEN t.at >= now() - interval '90 days' THEN t.at + interval '60 days' END,
              (t.at < now() - interval '61 days' AND t.at >= now() - interval '90 days' AND g % 11 = 0)
         FROM generate_series($1::int, $2::int - 1) g
         JOIN pool p ON p.n = g % $3
         CROSS JOIN LATERAL (SELECT now() - make_interval(secs => (($4::int - g)::float8 / $4::int) * 10 * 365 * 86400) AS at) t`,
      [from, to, texts.length, petitions],
    );
    progress(`  loaded ${to.toLocaleString('en-US')}/${petitions.toLocaleString('en-US')} petitions (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await db.query(`VACUUM ANALYZE intake.petition`);
}

/** Intake's schema, the demo county's townships and categories, and the rows. */
export async function prepare(dataSource: DataSource, db: pg.Client, petitions: number): Promise<void> {
  await migrateSchema(dataSource, 'intake');
  for (const t of DEMO_COUNTY.townships) await db.query(`INSERT INTO intake.township (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [t.code, t.name]);
  for (const [i, c] of DEMO_COUNTY.categories.entries()) await db.query(`INSERT INTO intake.category (code, name, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [c.code, c.name, i]);
  await load(db, petitions);
}

export async function benchCaseList(infra: BenchInfra, options: CaseListOptions): Promise<CaseListResult> {
  progress(`case list: intake's schema in a database of its own, ${options.petitions.toLocaleString('en-US')} petitions`);
  const url = await infra.createDatabase('bench_case_list');
  const dataSource: DataSource = createDataSource({ url, schema: 'intake', migrations: INTAKE_MIGRATIONS, applicationName: 'bench-case-list', poolSize: 2 });
  await dataSource.initialize();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const t0 = Date.now();
    await prepare(dataSource, db, options.petitions);
    const loadSeconds = (Date.now() - t0) / 1000;
    const queries: CaseListQueryResult[] = [];
    const allList: number[] = [];
    const allPlain: number[] = [];
    for (const { label, principal, query } of QUERIES) {
      const list: number[] = [];
      const plain: number[] = [];
      let matches = 0;
      for (let run = 0; run < options.runs + 1; run++) {
        let t = performance.now();
        const page = await listPetitions(dataSource, principal, { ...query, pageSize: 50 }, null, (r) => r);
        if (run > 0) list.push(performance.now() - t);
        t = performance.now();
        matches = await plainScan(db, principal, query);
        if (run > 0) plain.push(performance.now() - t);
        if (page.totalExact && page.total !== matches) throw new Error(`${label}: the list found ${page.total}, the plain scan ${matches}`);
      }
      allList.push(...list);
      allPlain.push(...plain);
      const r = { label, matches, list: { p50: percentile(list, 50), p95: percentile(list, 95) }, plain: { p50: percentile(plain, 50), p95: percentile(plain, 95) }, ratio: percentile(plain, 95) / percentile(list, 95) };
      progress(`  ${label}: ${matches} matches; list p95 ${r.list.p95.toFixed(1)} ms vs plain ILIKE p95 ${r.plain.p95.toFixed(1)} ms = ${r.ratio.toFixed(1)}×`);
      queries.push(r);
    }
    const listP95 = percentile(allList, 95);
    const plainP95 = percentile(allPlain, 95);
    progress(`case list, all queries: p95 ${listP95.toFixed(1)} ms vs plain ILIKE p95 ${plainP95.toFixed(1)} ms = ${(plainP95 / listP95).toFixed(1)}×`);
    return { options, rows: options.petitions, loadSeconds, queries, listP95, plainP95, ratio: plainP95 / listP95 };
  } finally {
    await db.end();
    await dataSource.destroy();
    await infra.dropDatabase('bench_case_list');
  }
}
