import { FIGURE_NAMES, petitionFiguresSql, ROLLUP_TOWNSHIP_DIMENSIONS } from '../projections/domain/figures.js';
import { currentNames, ROLLUP_DETAIL, ROLLUP_DIRTY, ROLLUP_TOWNSHIP } from '../projections/generation-sql.js';
import { planPeriod, type Period } from './domain/period.js';

export type Dimension = 'township_code' | 'month' | 'village_code' | 'channel' | 'category_code' | 'unit_code' | 'accused_unit_code';

export interface FigureFilter {
  townshipCode: string | null;
  villageCode: string | null;
  /** Accusations against these units are left out (a township never sees accusations against its own government). */
  hiddenAccusedUnits: string[];
}

/**
 * The summed figures of the petitions received in a period, grouped by some dimensions, as
 * one SQL statement (one snapshot): whole months come from the monthly rollups, except buckets
 * marked dirty, which — with the partial months at the edges — are summed live from the facts
 * by the same per-petition definitions. The township rollup (a few rows per township and month)
 * serves the county and township summaries; the detailed one, breakdowns and villages.
 */
export function figuresQuery(filter: FigureFilter, period: Period, dims: Dimension[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => (params.push(value), `$${params.length}`);
  const plan = planPeriod(period);
  const coarse = !filter.villageCode && dims.every((d) => (ROLLUP_TOWNSHIP_DIMENSIONS as readonly string[]).includes(d));
  const rollup = currentNames(coarse ? ROLLUP_TOWNSHIP : ROLLUP_DETAIL);

  const filters = (alias: string, accused: string) => {
    const out: string[] = [];
    if (filter.townshipCode) out.push(`${alias}.township_code = ${p(filter.townshipCode)}`);
    if (filter.villageCode) out.push(`${alias}.village_code = ${p(filter.villageCode)}`);
    if (filter.hiddenAccusedUnits.length) out.push(`(${accused} IS NULL OR NOT ${accused} = ANY(${p(filter.hiddenAccusedUnits)}::text[]))`);
    return out.length ? out.join(' AND ') : 'true';
  };
  const accusedOfP = `CASE WHEN p.is_accusation THEN p.accused_unit_code END`;
  const dimList = dims.map((d) => `${d}`).join(', ');
  const select = (alias: string) => [...dims.map((d) => `${alias}.${d}`), ...FIGURE_NAMES.map((f) => `${alias}.${f}`)].join(', ');

  const parts: string[] = [];
  if (plan.fullFrom < plan.fullTo) {
    const fullFrom = p(plan.fullFrom);
    const fullTo = p(plan.fullTo);
    parts.push(`SELECT ${select('r')} FROM ${rollup} r
      WHERE r.month >= ${fullFrom}::date AND r.month < ${fullTo}::date AND ${filters('r', 'r.accused_unit_code')}
        AND NOT EXISTS (SELECT 1 FROM dirty d WHERE d.township_code = r.township_code AND d.month = r.month)`);
    // dirty buckets, driven from the (few) marks: one index range per bucket, nothing when there is none
    const live = petitionFiguresSql(currentNames, `p.township_code = d.township_code AND p.received_month = d.month AND ${filters('p', accusedOfP)}`);
    parts.push(`SELECT ${select('f')} FROM dirty d CROSS JOIN LATERAL (${live}) f WHERE d.month >= ${fullFrom}::date AND d.month < ${fullTo}::date`);
  }
  for (const edge of plan.edges) {
    const range = [edge.from ? `p.received_at >= ${p(edge.from.toISOString())}::timestamptz` : 'true', edge.to ? `p.received_at < ${p(edge.to.toISOString())}::timestamptz` : 'true'].join(' AND ');
    parts.push(`SELECT ${select('f')} FROM (${petitionFiguresSql(currentNames, `${range} AND ${filters('p', accusedOfP)}`)}) f`);
  }
  const sums = FIGURE_NAMES.map((f) => `coalesce(sum(${f}), 0)::bigint AS ${f}`).join(', ');
  const sql = `
    WITH dirty AS MATERIALIZED (SELECT DISTINCT township_code, month FROM ${currentNames(ROLLUP_DIRTY)})
    SELECT ${dims.length ? `${dimList}, ` : ''}${sums}
    FROM (${parts.join('\n      UNION ALL\n      ')}) x
    ${dims.length ? `GROUP BY ${dimList} ORDER BY ${dimList}` : ''}`;
  return { sql, params };
}
