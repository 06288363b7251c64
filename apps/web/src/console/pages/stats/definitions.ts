import type { Figures } from './stats-api';

/**
 * The rates of the dashboard with what reporting counts for each (apps/reporting/README.md
 * "What is counted", projections/domain/figures.ts), worded for the bureau. The value is the
 * API's own rate; the parts shown beside it are the API's own counts. Where a rate leaves
 * something out — undecided or unreplied cases past their limits are not in the denominators
 * of 及时受理率 and 按期办结率 today — the definition says so, and the overdue cases are shown.
 */

export interface RateView {
  key: string;
  label: string;
  /** The API's rate, 0..1, or null when nothing is counted. */
  value: number | null;
  /** What the rate is, in one sentence. */
  definition: string;
  /** The API's counts behind it: "12 ÷ 13". */
  parts: string;
  /** What the rate leaves out, when it leaves out something a reader would assume counts. */
  caveat?: string;
}

/** 93.4% — one decimal, the same rounding everywhere; 无 when the API has nothing to count. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '无';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export const count = (n: number | null | undefined): string => (n === null || n === undefined ? '0' : n.toLocaleString('zh-CN'));

export function rateViews(f: Figures): RateView[] {
  const overdue = f.overdueCases > 0 ? `本期有 ${count(f.overdueCases)} 件超期，见「超期件」。` : '';
  return [
    {
      key: 'closureRate',
      label: '办结率',
      value: f.closureRate,
      definition: '本期收到的信访件中，截至目前已办结的件数 ÷ 本期收到的件数。在办、未到期的件和不予受理的件都在分母中；因请求复查而重新办理的件不算办结。',
      parts: `已办结 ${count(f.closed)} 件 ÷ 收到 ${count(f.received)} 件`,
    },
    {
      key: 'timelyAcceptanceRate',
      label: '及时受理率',
      value: f.timelyAcceptanceRate,
      definition: '在收到之日起 15 日内作出受理或不予受理决定的件数 ÷ 已作出决定的件数（第二十三条）。',
      parts: `15 日内决定 ${count(f.acceptance.timely)} 件 ÷ 已决定 ${count(f.acceptance.decided)} 件`,
      caveat: `未作出受理决定的件（含超过 15 日仍未决定的）不计入分母。${overdue}`,
    },
    {
      key: 'onTimeClosureRate',
      label: '按期办结率',
      value: f.onTimeClosureRate,
      definition: '在办理期限（受理之日起 60 日，经批准延期的含延长期）内书面答复的件数 ÷ 已答复的件数（第三十二条、第三十四条）。',
      parts: `按期答复 ${count(f.replies.onTime)} 件 ÷ 已答复 ${count(f.replies.replied)} 件（其中延期 ${count(f.replies.extended)} 件）`,
      caveat: `未答复的件（含超过期限仍未答复的）不计入分母。${overdue}`,
    },
    {
      key: 'evaluationRate',
      label: '参评率',
      value: f.evaluationRate,
      definition: '信访人作出满意度评价的件数 ÷ 应参评的件数（其案件已书面答复，或已作出评价）。',
      parts: `已评价 ${count(f.satisfaction.evaluated)} 件 ÷ 应参评 ${count(f.satisfaction.eligible)} 件`,
    },
    {
      key: 'satisfactionRate',
      label: '满意率',
      value: f.satisfactionRate,
      definition: '评价为「满意」或「基本满意」的件数 ÷ 已评价的件数（与全国信访信息系统的群众满意率口径相同）。只计「满意」的比率另列。',
      parts: `满意 ${count(f.satisfaction.satisfied)} 件、基本满意 ${count(f.satisfaction.basicallySatisfied)} 件 ÷ 已评价 ${count(f.satisfaction.evaluated)} 件（不满意 ${count(f.satisfaction.unsatisfied)} 件）`,
    },
  ];
}

/** Rates beside the five: the strict satisfaction and the leaders' resolution of owned cases. */
export function secondaryRateViews(f: Figures): RateView[] {
  return [
    {
      key: 'strictSatisfactionRate',
      label: '满意率（仅计满意）',
      value: f.strictSatisfactionRate,
      definition: '评价为「满意」的件数 ÷ 已评价的件数，不含「基本满意」。',
      parts: `满意 ${count(f.satisfaction.satisfied)} 件 ÷ 已评价 ${count(f.satisfaction.evaluated)} 件`,
    },
    {
      key: 'leaderOwnedResolutionRate',
      label: '包案化解率',
      value: f.leaderOwned.resolutionRate,
      definition: '领导包案的案件中已办结的件数 ÷ 领导包案的件数。',
      parts: `已化解 ${count(f.leaderOwned.resolved)} 件 ÷ 包案 ${count(f.leaderOwned.cases)} 件`,
    },
  ];
}

export interface CountView {
  key: string;
  label: string;
  value: number;
  definition: string;
}

/** The counts of the summary, each as reporting defines it. */
export function countViews(f: Figures): CountView[] {
  return [
    { key: 'received', label: '收到', value: f.received, definition: '本期登记的信访件，不论渠道和结果（含不予受理的）。' },
    { key: 'closed', label: '已办结', value: f.closed, definition: '本期收到的信访件中截至目前已办结的件数。' },
    { key: 'overdueCases', label: '超期件', value: f.overdueCases, definition: '本期收到的信访件中，转送、受理、答复等任一期限曾经超时的件数（超期后办结的仍计入）。' },
    { key: 'repeat', label: '重复访', value: f.repeat, definition: '登记时识别为重复信访，或被并入同一事项在办案件的件数。' },
    { key: 'skipLevel', label: '越级访', value: f.skipLevel, definition: '越过有权处理的本级机关向上级机关提出，或被作为越级访并入在办案件的件数。' },
    { key: 'collective', label: '集体访', value: f.collective, definition: '5 人以上共同提出的信访件数（第二十条）。' },
    { key: 'accusations', label: '检举控告', value: f.accusations, definition: '检举、控告类信访件数（被检举控告的本乡镇机关的件不向本乡镇显示）。' },
    { key: 'longStanding', label: '信访老户', value: f.longStanding, definition: '信访人为信访老户的件数。' },
  ];
}

/** Routing and supervision counts (件次 count events, 件 count cases). */
export function workViews(f: Figures): CountView[] {
  return [
    { key: 'transfers', label: '转送（件次）', value: f.routing.transfers, definition: '转送承办单位的次数。' },
    { key: 'assignments', label: '交办（件次）', value: f.routing.assignments, definition: '交办承办单位的次数。' },
    { key: 'supervisions', label: '督办（件次）', value: f.routing.supervisions, definition: '督查督办的次数。' },
    { key: 'objections', label: '异议（件次）', value: f.routing.objections, definition: '承办单位对转送、交办提出异议的次数。' },
    { key: 'reviewedCases', label: '请求复查', value: f.reviewedCases, definition: '信访人对答复不服、请求复查或复核的件数。' },
    { key: 'leaderOwned', label: '领导包案', value: f.leaderOwned.cases, definition: '由领导包案的件数。' },
    { key: 'casesMediated', label: '调解', value: f.mediation.casesMediated, definition: '办理中记录了调解的件数。' },
    { key: 'countyLevel', label: '县级登记', value: f.countyLevel, definition: '在县信访局登记的件数（其余在乡镇登记）。' },
  ];
}

export const CHANNELS: Array<{ key: keyof Figures['byChannel']; label: string }> = [
  { key: 'visit', label: '来访' },
  { key: 'letter', label: '来信' },
  { key: 'phone', label: '来电' },
  { key: 'online', label: '网上信访' },
];
