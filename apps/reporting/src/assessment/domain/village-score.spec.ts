import { DEFAULT_RULE, describeRule, ruleProblems, scoreVillage } from './village-score.js';

const none = { collective: 0, skipLevel: 0, repeat: 0, overdue: 0, unsatisfied: 0, unresolvedEasilyEscalating: 0 };

describe('village assessment score', () => {
  it('is the full points with nothing against the village', () => {
    expect(scoreVillage(none, DEFAULT_RULE)).toEqual({ points: 5, score: 5, deducted: 0, deductions: [] });
  });

  it('deducts per occurrence, item by item, and never goes below 0', () => {
    const s = scoreVillage({ ...none, collective: 1, repeat: 3 }, DEFAULT_RULE);
    expect(s).toMatchObject({ score: 2.5, deducted: 2.5 });
    expect(s.deductions.map((d) => [d.name, d.count, d.points])).toEqual([
      ['集体访', 1, 1],
      ['重复访', 3, 1.5],
    ]);
    expect(scoreVillage({ ...none, collective: 9 }, DEFAULT_RULE)).toMatchObject({ score: 0, deducted: 9 });
  });

  it('says its rule in words, and refuses an unsound one', () => {
    expect(describeRule(DEFAULT_RULE)).toBe('信访工作满分5分；每起集体访扣1分，每起越级访扣1分，每起重复访扣0.5分，每件超期案件扣0.5分，每件不满意评价扣0.5分，每起未化解的易激化矛盾纠纷扣0.5分；扣完为止，最低0分。');
    expect(ruleProblems(DEFAULT_RULE)).toEqual([]);
    expect(ruleProblems({ points: 5, deductions: { ...DEFAULT_RULE.deductions, repeat: -1 } }).map((p) => p.field)).toEqual(['deductions.repeat']);
  });
});
