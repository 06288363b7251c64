import { Injectable } from '@nestjs/common';
import { localStart, yearPeriod } from '../statistics/domain/period.js';
import { summarise } from '../statistics/domain/summary.js';
import type { Names } from '../statistics/directory.js';
import type { FigureFilter } from '../statistics/figures-query.js';
import { CHANNEL_NAMES, StatisticsService } from '../statistics/statistics.service.js';
import { REPORT_SECTIONS, reportTitle, statisticsParagraph } from './domain/report-text.js';

export type AnnualReport = Awaited<ReturnType<AnnualReportService['build']>>;

/** The figures of a township's or the county's annual self-inspection report (Art. 41), and its text. */
@Injectable()
export class AnnualReportService {
  constructor(private readonly stats: StatisticsService) {}

  async build(filter: FigureFilter, year: number, names: Names, now: Date) {
    const period = yearPeriod(year);
    const level = filter.townshipCode ? ('township' as const) : ('county' as const);
    const placeName = filter.townshipCode ? names.township(filter.townshipCode) : names.countyName;
    const [figures, channels, categories, months, units, complained, zeroReports] = await Promise.all([
      this.stats.summary(filter, period),
      this.stats.figures(filter, period, ['channel']),
      this.stats.figures(filter, period, ['category_code']),
      this.stats.figures(filter, period, ['month']),
      this.stats.figures(filter, period, ['unit_code']),
      this.stats.complainedUnits(filter, period, names, 10),
      this.stats.zeroReports(filter, period),
    ]);
    const row = (name: string, sums: Record<string, number>) => {
      const s = summarise(sums);
      return { name, received: s.received, closed: s.closed, closureRate: s.closureRate };
    };
    const byChannel = Object.entries(CHANNEL_NAMES).map(([code, name]) => ({ code, ...row(name, channels.find((c) => c.key.channel === code)?.sums ?? {}) }));
    const byCategory = categories.map((c) => ({ code: c.key.category_code, ...row(names.category(c.key.category_code), c.sums) })).sort((a, b) => b.received - a.received);
    const byMonth = Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      return { month, ...row(`${i + 1}月`, months.find((m) => m.key.month === month)?.sums ?? {}) };
    });
    const byUnit = units
      .filter((u) => u.key.unit_code)
      .map((u) => ({ code: u.key.unit_code, ...row(names.unit(u.key.unit_code), u.sums) }))
      .sort((a, b) => b.received - a.received);
    const currentYear = new Date(now.getTime() + 8 * 3600 * 1000).getUTCFullYear();
    return {
      title: reportTitle(placeName, year),
      year,
      level,
      townshipCode: filter.townshipCode,
      placeName,
      countyName: names.countyName,
      period: { from: period.from!.toISOString(), to: period.to!.toISOString() },
      figures,
      byChannel,
      byCategory,
      byMonth,
      byUnit,
      complainedUnits: complained,
      zeroReports,
      sections: REPORT_SECTIONS.map((heading, i) => ({ heading, text: i === 0 ? statisticsParagraph(figures, placeName, level, year, currentYear) : null })),
      generatedAt: now.toISOString(),
    };
  }
}

export const reportYearBounds = { min: 2000, max: 2100, start: (year: number) => localStart(year, 1) };
