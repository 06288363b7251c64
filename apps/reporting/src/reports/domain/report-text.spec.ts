import { percent, reportTitle, selfReference, statisticsParagraph, yearWords, type ReportFigures } from './report-text.js';

const figures = (over: Partial<ReportFigures> = {}): ReportFigures => ({
  received: 23,
  byChannel: { visit: 10, letter: 5, online: 6, phone: 2 },
  closed: 23,
  closureRate: 1,
  timelyAcceptanceRate: 1,
  onTimeClosureRate: 21 / 22,
  evaluationRate: 0.5,
  satisfactionRate: 1,
  strictSatisfactionRate: 0.75,
  repeat: 0,
  skipLevel: 0,
  collective: 1,
  satisfaction: { evaluated: 4, satisfied: 3, basicallySatisfied: 1, unsatisfied: 0 },
  leaderOwned: { cases: 0, resolved: 0, resolutionRate: null },
  routing: { transfers: 3, assignments: 1, supervisions: 0 },
  mediation: { casesMediated: 0, casesResolvedByMediation: 0 },
  ...over,
});

describe('annual report text', () => {
  it('calls the place by its own kind: 我镇, 我乡, 我街道, 我县', () => {
    expect(selfReference('清水镇', 'township')).toBe('我镇');
    expect(selfReference('桃林乡', 'township')).toBe('我乡');
    expect(selfReference('城南街道', 'township')).toBe('我街道');
    expect(selfReference('清溪县', 'county')).toBe('我县');
  });

  it('writes rates as the report does', () => {
    expect([percent(1), percent(21 / 22), percent(0), percent(2 / 3), percent(null)]).toEqual(['100%', '95.5%', '0%', '66.7%', '—']);
    expect(yearWords(2026, 2026)).toBe('今年');
    expect(yearWords(2025, 2026)).toBe('2025年');
    expect(reportTitle('桃林乡', 2026)).toBe('桃林乡2026年信访工作自查报告');
  });

  it('fills the statistics paragraph in the official style', () => {
    expect(statisticsParagraph(figures(), '桃林乡', 'township', 2026, 2026)).toBe(
      '今年我乡共收到信访案件(访、信、网、电)23件，办结23件，办结率为100%。其中来访10件、来信5件、网上信访6件、来电2件。及时受理率为100%，按期办结率为95.5%。' +
        '参评4件，参评率为50%；其中满意3件、基本满意1件、不满意0件，群众满意率（满意和基本满意）为100%，其中满意率为75%。重复访0件，越级访0件，集体访1件。转送3件次，交办1件次，督办0件次。',
    );
    expect(statisticsParagraph(figures({ received: 0 }), '清溪县', 'county', 2025, 2026)).toBe('2025年我县未收到信访案件(访、信、网、电)。');
  });
});
