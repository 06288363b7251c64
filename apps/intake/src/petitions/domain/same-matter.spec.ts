import {
  createSameMatterModel,
  explainSameMatter,
  isSameMatter,
  petitionerNames,
  SAME_MATTER_THRESHOLD,
  sameMatterScore,
  type SameMatterText,
} from './same-matter.js';
import { SAME_MATTER_PAIRS, type LabelledPair } from './same-matter.pairs.js';

function measured(pairs: LabelledPair[]) {
  let tp = 0, fp = 0, fn = 0;
  for (const pair of pairs) {
    const predicted = isSameMatter(pair.a, pair.b);
    if (predicted && pair.same) tp++;
    else if (predicted) fp++;
    else if (pair.same) fn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

const FENGHUANG = '430599201202'; // 龙潭乡凤凰村

const wages: SameMatterText = {
  title: '反映永盛建筑公司拖欠修路工资',
  content: '来访人王福生（凤凰村二组）反映：2024年5月至8月他在凤凰村通组公路硬化工地做工，施工方永盛建筑公司拖欠其工资18400元，多次讨要未果，要求督促支付。',
  categoryCode: 'labour-wages',
  villageCode: FENGHUANG,
};

describe('same matter (同一事项)', () => {
  describe('on the labelled pairs (scripts/evaluate-same-matter.ts prints the full report)', () => {
    it('has at least 200 pairs, about half of them the same matter, with unique ids', () => {
      expect(SAME_MATTER_PAIRS.length).toBeGreaterThanOrEqual(200);
      const same = SAME_MATTER_PAIRS.filter((p) => p.same).length / SAME_MATTER_PAIRS.length;
      expect(same).toBeGreaterThan(0.4);
      expect(same).toBeLessThan(0.6);
      expect(new Set(SAME_MATTER_PAIRS.map((p) => p.id)).size).toBe(SAME_MATTER_PAIRS.length);
    });

    // Measured at threshold 0.55: holdout 74.0% / 81.8%, fresh 82.9% / 80.6%, tune 98.4% / 89.9%.
    // The floors are those less a small margin (about two pairs), so a regression fails here.
    it.each([
      ['holdout', 0.7, 0.77],
      ['fresh', 0.78, 0.75],
      ['tune', 0.95, 0.86],
    ] as const)('keeps precision and recall on the %s pairs', (split, minPrecision, minRecall) => {
      const { precision, recall } = measured(SAME_MATTER_PAIRS.filter((p) => p.split === split));
      expect(precision).toBeGreaterThanOrEqual(minPrecision);
      expect(recall).toBeGreaterThanOrEqual(minRecall);
    });
  });

  describe('examples', () => {
    it('matches the same wage debt written again by the worker, amount in words', () => {
      const letter: SameMatterText = {
        title: '修路的工钱还没给',
        content: '我是凤凰村王福生，去年夏天在村里修水泥路，永盛公司欠我一万八千四百块工钱，说等验收完再给，到现在都过年了还没给。',
        categoryCode: 'labour-wages',
        villageCode: FENGHUANG,
      };
      const why = explainSameMatter(wages, letter);
      expect(why.sharedAnchors).toContain('#18400');
      expect(why.score).toBeGreaterThanOrEqual(SAME_MATTER_THRESHOLD);
      expect(isSameMatter(wages, letter)).toBe(true);
    });

    // Known miss, kept so that it shows: the same worker's two wage debts, written by the same
    // officer in the same form, share the whole grievance vocabulary; 永盛建筑公司 vs 鸿达劳务公司 is
    // not seen as a conflict because a common word (建筑, 劳务) stands before 公司. If this starts
    // passing, make it an ordinary test.
    it.failing('does not match the same worker’s wage debt with another company on another site (known miss)', () => {
      const other: SameMatterText = {
        title: '反映鸿达劳务公司拖欠工资',
        content: '来访人王福生（凤凰村二组）反映：2023年他在县城锦华小区工地为鸿达劳务公司做泥工，被拖欠工资9600元，要求帮助追讨。',
        categoryCode: 'labour-wages',
        villageCode: FENGHUANG,
      };
      expect(isSameMatter(wages, other)).toBe(false);
    });

    it('counts two differently named companies against the same matter', () => {
      const a: SameMatterText = { title: '拖欠工资', content: '在鑫达公司工地做钢筋工，被拖欠工资。', categoryCode: 'labour-wages' };
      const b: SameMatterText = { title: '拖欠工资', content: '在宏远公司工地做钢筋工，被拖欠工资。', categoryCode: 'labour-wages' };
      expect(explainSameMatter(a, b).conflicts).toContain('company');
      expect(sameMatterScore(a, b)).toBeLessThan(sameMatterScore(a, { ...a }));
    });

    it('does not match a road and a bridge of the same 组', () => {
      const road: SameMatterText = {
        title: '二组通组公路水毁未修复',
        content: '凤凰村二组村民反映：二组的通组公路去年被洪水冲毁约200米，至今未修复，车辆无法通行，要求修复。',
        categoryCode: 'rural-affairs',
        villageCode: FENGHUANG,
      };
      const bridge: SameMatterText = {
        title: '二组木桥要求改建',
        content: '凤凰村二组村民反映：二组过河的木桥年久腐朽，桥面有几处破洞，学生每天过桥上学很危险，要求改建成水泥桥。',
        categoryCode: 'rural-affairs',
        villageCode: FENGHUANG,
      };
      expect(isSameMatter(road, bridge)).toBe(false);
    });

    it('counts against a different village', () => {
      const elsewhere = { ...wages, villageCode: '430599100201' };
      expect(sameMatterScore(wages, elsewhere)).toBeLessThan(sameMatterScore(wages, { ...wages }));
    });

    it('is symmetric', () => {
      const shortNote: SameMatterText = { title: '讨薪', content: '王福生来电，永盛公司欠修路工资18400元。', categoryCode: 'labour-wages' };
      expect(sameMatterScore(wages, shortNote)).toBeCloseTo(sameMatterScore(shortNote, wages), 10);
    });

    it('does not count the petitioner’s own name as evidence', () => {
      expect(petitionerNames(wages.content)).toContain('王福生');
      expect(petitionerNames('我叫李满仓，荷塘村的，低保被停了')).toContain('李满仓');
      expect(petitionerNames('本组村民陈某经营的养猪场')).toEqual([]); // the other party stays
    });
  });

  describe('odd input', () => {
    it('scores empty and blank petitions 0 without throwing', () => {
      const empty: SameMatterText = { title: '', content: '' };
      expect(sameMatterScore(empty, wages)).toBe(0);
      expect(sameMatterScore(wages, { title: '  ', content: '\n' })).toBe(0);
      expect(isSameMatter(empty, empty)).toBe(false);
    });

    it('does not call two one-word petitions the same matter', () => {
      const a: SameMatterText = { title: '低保', content: '低保' };
      const score = sameMatterScore(a, { ...a });
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThan(SAME_MATTER_THRESHOLD);
    });

    it('copes with punctuation only, latin text, full-width digits, emoji and missing fields', () => {
      const odd = [
        { title: '。。。', content: '！！？' },
        { title: 'ABC', content: 'test 123 ４５６ 😀' },
        { title: '欠薪', content: undefined as unknown as string },
        { title: null as unknown as string, content: '拖欠工资３８６００元' },
      ];
      for (const a of odd) for (const b of [...odd, wages]) {
        const score = sameMatterScore(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    });

    it('handles a long letter quickly', () => {
      const long: SameMatterText = { title: wages.title, content: wages.content.repeat(60) };
      const started = performance.now();
      expect(isSameMatter(long, wages)).toBe(true);
      expect(performance.now() - started).toBeLessThan(500);
    });

    it('takes weights from a corpus of the county’s petitions', () => {
      const model = createSameMatterModel(SAME_MATTER_PAIRS.slice(0, 20).flatMap((p) => [p.a, p.b]));
      expect(model.documents).toBeGreaterThan(40);
      const score = sameMatterScore(wages, wages, model);
      expect(score).toBeGreaterThan(0.9);
    });
  });
});
