import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FIGURE_NAMES } from '../projections/domain/figures.js';
import { currentNames } from '../projections/generation-sql.js';
import type { Names } from './directory.js';
import { localDay, screeningMonths, type Period } from './domain/period.js';
import { summarise, type DisputeFigures, type FigureSums } from './domain/summary.js';
import { figuresQuery, type Dimension, type FigureFilter } from './figures-query.js';

export const BREAKDOWNS = { channel: 'channel', category: 'category_code', unit: 'unit_code', month: 'month', village: 'village_code', township: 'township_code' } as const satisfies Record<string, Dimension>;
export type BreakdownBy = keyof typeof BREAKDOWNS;

export const CHANNEL_NAMES: Record<string, string> = { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' };

const toSums = (row: Record<string, unknown>): FigureSums => Object.fromEntries(FIGURE_NAMES.map((f) => [f, Number(row[f] ?? 0)]));

@Injectable()
export class StatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(filter: FigureFilter, period: Period, dims: Dimension[] = []): Promise<Array<{ key: Record<string, string | null>; sums: FigureSums }>> {
    const { sql, params } = figuresQuery(filter, period, dims);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(sql, params);
    return rows.map((row) => ({
      key: Object.fromEntries(dims.map((d) => [d, row[d] === null || row[d] === undefined ? null : d === 'month' ? String(row[d]).slice(0, 7) : String(row[d]).trim()])),
      sums: toSums(row),
    }));
  }

  async totals(filter: FigureFilter, period: Period): Promise<FigureSums> {
    const [row] = await this.figures(filter, period);
    return row?.sums ?? toSums({});
  }

  async summary(filter: FigureFilter, period: Period) {
    const [sums, disputes] = await Promise.all([this.totals(filter, period), this.disputes(filter, period)]);
    return summarise(sums, disputes);
  }

  /** Monthly dispute screening (矛盾纠纷排查) in the screening months the period touches: each entry as it stands now. */
  async disputes(filter: FigureFilter, period: Period): Promise<DisputeFigures> {
    const months = screeningMonths(period);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS screened,
              count(*) FILTER (WHERE outcome = 'resolved')::int AS resolved,
              count(*) FILTER (WHERE outcome = 'in-progress')::int AS in_progress,
              count(*) FILTER (WHERE outcome = 'escalated')::int AS escalated,
              count(*) FILTER (WHERE outcome = 'referred')::int AS referred,
              count(*) FILTER (WHERE coalesce(screened_easily_escalating, easily_escalating))::int AS easily_escalating,
              count(*) FILTER (WHERE easily_escalating AND outcome <> 'resolved')::int AS unresolved_easily_escalating,
              coalesce(sum(people_involved), 0)::int AS people
       FROM ${currentNames('dispute_fact')}
       WHERE state_stamp IS NOT NULL AND month >= $1 AND month <= $2
         AND ($3::char(12) IS NULL OR township_code = $3) AND ($4::char(12) IS NULL OR village_code = $4)`,
      [months.from, months.to, filter.townshipCode, filter.villageCode],
    );
    return {
      screened: row.screened,
      resolved: row.resolved,
      inProgress: row.in_progress,
      escalated: row.escalated,
      referred: row.referred,
      easilyEscalating: row.easily_escalating,
      unresolvedEasilyEscalating: row.unresolved_easily_escalating,
      peopleInvolved: row.people,
    };
  }

  /** Days of sensitive periods in the period whose daily report (零报告) was missed, or filed late. */
  async zeroReports(filter: FigureFilter, period: Period): Promise<{ missing: number; late: number; filed: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE missing_stamp IS NOT NULL)::int AS missing,
              count(*) FILTER (WHERE filed_stamp IS NOT NULL AND late)::int AS late,
              count(*) FILTER (WHERE filed_stamp IS NOT NULL)::int AS filed
       FROM ${currentNames('zero_report_fact')}
       WHERE ($1::char(12) IS NULL OR township_code = $1) AND date >= $2::date AND date < $3::date`,
      [filter.townshipCode, period.from ? localDay(period.from) : '1900-01-01', period.to ? localDay(period.to) : '9999-12-31'],
    );
    return row;
  }

  /** Figures by one dimension, each with its name, largest first for units, in natural order otherwise. */
  async breakdown(filter: FigureFilter, period: Period, by: BreakdownBy, names: Names) {
    const dim = BREAKDOWNS[by];
    const rows = await this.figures(filter, period, [dim]);
    const items = rows.map(({ key, sums }) => {
      const code = key[dim] ?? null;
      const name =
        by === 'channel' ? (CHANNEL_NAMES[code ?? ''] ?? code) : by === 'category' ? names.category(code) : by === 'unit' ? names.unit(code) : by === 'village' ? names.village(code) : by === 'township' ? names.township(code) : code;
      return { key: code, name, ...summarise(sums) };
    });
    if (by === 'unit') items.sort((a, b) => b.received - a.received);
    if (by === 'channel') {
      const order = Object.keys(CHANNEL_NAMES);
      items.sort((a, b) => order.indexOf(a.key ?? '') - order.indexOf(b.key ?? ''));
    }
    return items;
  }

  /**
   * The most complained-about units: the units petitions were routed to or handled by (the
   * matter is theirs: 属地管理、谁主管谁负责), and the units named in accusations.
   */
  async complainedUnits(filter: FigureFilter, period: Period, names: Names, limit: number) {
    const [handled, accused] = await Promise.all([this.figures(filter, period, ['unit_code']), this.figures(filter, period, ['accused_unit_code'])]);
    const units = new Map<string, { unitCode: string; unitName: string; petitions: number; closed: number; overdueCases: number; supervisedCases: number; accusations: number }>();
    const entry = (code: string) => {
      if (!units.has(code)) units.set(code, { unitCode: code, unitName: names.unit(code), petitions: 0, closed: 0, overdueCases: 0, supervisedCases: 0, accusations: 0 });
      return units.get(code)!;
    };
    for (const { key, sums } of handled) {
      if (!key.unit_code) continue;
      const u = entry(key.unit_code);
      u.petitions += sums.received ?? 0;
      u.closed += sums.closed ?? 0;
      u.overdueCases += sums.overdue ?? 0;
      u.supervisedCases += sums.supervised ?? 0;
    }
    for (const { key, sums } of accused) if (key.accused_unit_code) entry(key.accused_unit_code).accusations += sums.accusation ?? 0;
    return [...units.values()].sort((a, b) => b.petitions + b.accusations - (a.petitions + a.accusations) || a.unitCode.localeCompare(b.unitCode)).slice(0, limit);
  }
}
