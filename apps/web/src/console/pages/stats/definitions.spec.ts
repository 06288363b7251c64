import { countViews, percent, rateViews } from './definitions';
import type { Figures } from './stats-api';

const FIGURES = {
  received: 40,
  byChannel: { visit: 10, letter: 10, online: 10, phone: 10 },
  closed: 30,
  closureRate: 0.75,
  timelyAcceptanceRate: 35 / 36,
  onTimeClosureRate: 1,
  evaluationRate: null,
  satisfactionRate: 0.8333333,
  repeat: 2,
  skipLevel: 1,
  collective: 3,
  strictSatisfactionRate: 0.5,
  satisfaction: { eligible: 0, evaluated: 6, satisfied: 3, basicallySatisfied: 2, unsatisfied: 1 },
  acceptance: { decided: 36, timely: 35, accepted: 34, rejected: 2, refused: 0 },
  replies: { replied: 30, onTime: 30, extended: 2 },
  leaderOwned: { cases: 0, resolved: 0, resolutionRate: null },
  routing: { transfers: 20, transferredCases: 20, assignments: 3, assignedCases: 3, supervisions: 1, supervisedCases: 1, objections: 0 },
  overdueCases: 4,
  escalatedCases: 0,
  reviewedCases: 1,
  longStanding: 0,
  countyLevel: 5,
  accusations: 1,
  mediation: { casesMediated: 0, casesResolvedByMediation: 0 },
} as unknown as Figures;

describe('the rates as the dashboard shows them', () => {
  it('rounds one way to one decimal, and says 无 where the API counts nothing', () => {
    expect(percent(0.75)).toBe('75.0%');
    expect(percent(35 / 36)).toBe('97.2%');
    expect(percent(0.99951)).toBe('100.0%');
    expect(percent(0.00049)).toBe('0.0%');
    expect(percent(null)).toBe('无');
    expect(percent(undefined)).toBe('无');
  });

  it('shows the API\'s own rate with the API\'s own counts beside it, never a rate of its own', () => {
    const rates = Object.fromEntries(rateViews(FIGURES).map((r) => [r.key, r]));
    expect(Object.keys(rates)).toEqual(['closureRate', 'timelyAcceptanceRate', 'onTimeClosureRate', 'evaluationRate', 'satisfactionRate']);
    expect(rates.closureRate!.value).toBe(0.75);
    expect(rates.closureRate!.parts).toBe('已办结 30 件 ÷ 收到 40 件');
    expect(rates.timelyAcceptanceRate!.parts).toBe('15 日内决定 35 件 ÷ 已决定 36 件');
    // a rate of 0.8333333 the API gave, shown as it gave it, though 5 ÷ 6 would agree
    expect(rates.satisfactionRate!.value).toBe(0.8333333);
    expect(rates.evaluationRate!.value).toBeNull();
  });

  it('says what the timeliness rates leave out, and how many cases ran over', () => {
    const rates = Object.fromEntries(rateViews(FIGURES).map((r) => [r.key, r]));
    expect(rates.timelyAcceptanceRate!.caveat).toContain('不计入分母');
    expect(rates.onTimeClosureRate!.caveat).toContain('本期有 4 件超期');
    expect(rateViews({ ...FIGURES, overdueCases: 0 })[2]!.caveat).not.toContain('超期，见');
    expect(countViews(FIGURES).find((c) => c.key === 'overdueCases')!.value).toBe(4);
  });
});
