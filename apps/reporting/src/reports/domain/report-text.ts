/**
 * The words of the annual self-inspection report (年度信访工作自查报告, Art. 41), from the figures.
 * Pure: the same figures always give the same text.
 */

export interface ReportFigures {
  received: number;
  byChannel: { visit: number; letter: number; online: number; phone: number };
  closed: number;
  closureRate: number | null;
  timelyAcceptanceRate: number | null;
  onTimeClosureRate: number | null;
  evaluationRate: number | null;
  satisfactionRate: number | null;
  strictSatisfactionRate: number | null;
  repeat: number;
  skipLevel: number;
  collective: number;
  satisfaction: { evaluated: number; satisfied: number; basicallySatisfied: number; unsatisfied: number };
  leaderOwned: { cases: number; resolved: number; resolutionRate: number | null };
  routing: { transfers: number; assignments: number; supervisions: number };
  mediation: { casesMediated: number; casesResolvedByMediation: number; disputes?: { screened: number; resolved: number; easilyEscalating: number } };
}

/** How a place calls itself in its own report: 我镇, 我乡, 我县, 我街道 … from the end of its name. */
export function selfReference(name: string, level: 'county' | 'township'): string {
  if (level === 'county') return name.endsWith('市') ? '我市' : name.endsWith('区') ? '我区' : '我县';
  for (const suffix of ['街道', '镇', '乡', '苏木']) if (name.endsWith(suffix)) return `我${suffix}`;
  return '我乡镇';
}

/** 100%, 95.7%, 0% — one decimal at most; "—" when there is nothing to count. */
export function percent(rate: number | null): string {
  if (rate === null) return '—';
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** 今年 for the current year, else 2025年. */
export function yearWords(year: number, currentYear: number): string {
  return year === currentYear ? '今年' : `${year}年`;
}

export function reportTitle(placeName: string, year: number): string {
  return `${placeName}${year}年信访工作自查报告`;
}

/** The statistics paragraph of 一、基本情况, in the official style. */
export function statisticsParagraph(f: ReportFigures, placeName: string, level: 'county' | 'township', year: number, currentYear: number): string {
  const we = selfReference(placeName, level);
  const when = yearWords(year, currentYear);
  if (f.received === 0) return `${when}${we}未收到信访案件(访、信、网、电)。`;
  const c = f.byChannel;
  const sentences = [
    `${when}${we}共收到信访案件(访、信、网、电)${f.received}件，办结${f.closed}件，办结率为${percent(f.closureRate)}。`,
    `其中来访${c.visit}件、来信${c.letter}件、网上信访${c.online}件、来电${c.phone}件。`,
    `及时受理率为${percent(f.timelyAcceptanceRate)}，按期办结率为${percent(f.onTimeClosureRate)}。`,
  ];
  if (f.satisfaction.evaluated > 0) {
    sentences.push(
      `参评${f.satisfaction.evaluated}件，参评率为${percent(f.evaluationRate)}；其中满意${f.satisfaction.satisfied}件、基本满意${f.satisfaction.basicallySatisfied}件、不满意${f.satisfaction.unsatisfied}件，群众满意率（满意和基本满意）为${percent(f.satisfactionRate)}，其中满意率为${percent(f.strictSatisfactionRate)}。`,
    );
  } else {
    sentences.push('暂无信访人参加满意度评价。');
  }
  sentences.push(`重复访${f.repeat}件，越级访${f.skipLevel}件，集体访${f.collective}件。`);
  if (f.leaderOwned.cases > 0) sentences.push(`领导包案${f.leaderOwned.cases}件，化解${f.leaderOwned.resolved}件，包案化解率为${percent(f.leaderOwned.resolutionRate)}。`);
  sentences.push(`转送${f.routing.transfers}件次，交办${f.routing.assignments}件次，督办${f.routing.supervisions}件次。`);
  const d = f.mediation.disputes;
  if (d && d.screened > 0) sentences.push(`开展矛盾纠纷排查，排查出矛盾纠纷${d.screened}件，化解${d.resolved}件，其中易激化矛盾纠纷${d.easilyEscalating}件。`);
  if (f.mediation.casesMediated > 0) sentences.push(`组织调解${f.mediation.casesMediated}件，调解成功${f.mediation.casesResolvedByMediation}件。`);
  return sentences.join('');
}

/** The narrative sections the officer writes; only the first is filled from the data. */
export const REPORT_SECTIONS = ['一、基本情况', '二、主要做法', '三、存在问题', '四、下一步工作'] as const;
export const BLANK_SECTION_HINT = '（请填写）';
