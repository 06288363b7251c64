/**
 * Petition work's share of each village's annual assessment (村级年度考核，信访工作占 5 分，满分
 * 100 分): the county's configured points, less deductions for what the statistics show went
 * wrong in the village that year, never below 0.
 *
 * The default rule (每项按件扣分，扣完为止):
 *   集体访 每起扣 1 分；越级访 每起扣 1 分；重复访 每起扣 0.5 分；超期案件 每件扣 0.5 分；
 *   不满意评价 每件扣 0.5 分；未化解的易激化矛盾纠纷 每起扣 0.5 分。
 * Collective and skip-level petitions weigh most: they are what village-level work exists to
 * prevent (Arts. 19, 20); repeats, overdue cases and dissatisfaction show matters not settled;
 * an easily escalating dispute left unresolved is the early warning the monthly screening gives.
 */

export const DEDUCTION_ITEMS = {
  collective: '集体访',
  skipLevel: '越级访',
  repeat: '重复访',
  overdue: '超期案件',
  unsatisfied: '不满意评价',
  unresolvedEasilyEscalating: '未化解的易激化矛盾纠纷',
} as const;
export type DeductionItem = keyof typeof DEDUCTION_ITEMS;

export interface AssessmentRule {
  /** The points petition work carries in the village assessment (of 100). */
  points: number;
  /** Points taken off per occurrence. */
  deductions: Record<DeductionItem, number>;
}

export const DEFAULT_RULE: AssessmentRule = {
  points: 5,
  deductions: { collective: 1, skipLevel: 1, repeat: 0.5, overdue: 0.5, unsatisfied: 0.5, unresolvedEasilyEscalating: 0.5 },
};

export type VillageCounts = Record<DeductionItem, number>;

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => String(round2(n));

/** The rule in words, as the assessment sheet prints it. */
export function describeRule(rule: AssessmentRule): string {
  const items = (Object.keys(DEDUCTION_ITEMS) as DeductionItem[]).filter((k) => rule.deductions[k] > 0).map((k) => `每${k === 'overdue' || k === 'unsatisfied' ? '件' : '起'}${DEDUCTION_ITEMS[k]}扣${fmt(rule.deductions[k])}分`);
  return `信访工作满分${fmt(rule.points)}分；${items.join('，')}；扣完为止，最低0分。`;
}

export function scoreVillage(counts: VillageCounts, rule: AssessmentRule) {
  const deductions = (Object.keys(DEDUCTION_ITEMS) as DeductionItem[])
    .filter((item) => counts[item] > 0 && rule.deductions[item] > 0)
    .map((item) => ({ item, name: DEDUCTION_ITEMS[item], count: counts[item], perOccurrence: rule.deductions[item], points: round2(counts[item] * rule.deductions[item]) }));
  const deducted = round2(deductions.reduce((s, d) => s + d.points, 0));
  return { points: rule.points, score: Math.max(0, round2(rule.points - deducted)), deducted, deductions };
}

/** Problems with a rule a county submits (field by field), none when it is sound. */
export function ruleProblems(rule: AssessmentRule): Array<{ field: string; rule: string; message: string }> {
  const problems: Array<{ field: string; rule: string; message: string }> = [];
  if (!(rule.points > 0 && rule.points <= 100)) problems.push({ field: 'points', rule: 'range', message: '分值须大于0且不超过100' });
  for (const item of Object.keys(DEDUCTION_ITEMS) as DeductionItem[]) {
    const v = rule.deductions?.[item];
    if (typeof v !== 'number' || !(v >= 0 && v <= rule.points)) problems.push({ field: `deductions.${item}`, rule: 'range', message: `扣分须在0到${rule.points}之间` });
  }
  return problems;
}
