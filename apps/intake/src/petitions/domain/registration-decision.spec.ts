import {
  assessRegistration,
  decideRegistration,
  describeConflict,
  describeSharedFact,
  FINAL_REFUSAL_SIMILARITY,
  POSSIBLE_REPEAT_SCORE,
  type EarlierPetition,
  type EarlierRecord,
} from './registration-decision.js';
import { SAME_MATTER_THRESHOLD } from './same-matter.js';

const earlier = (over: Partial<EarlierPetition> = {}): EarlierPetition => ({
  id: 'p1',
  linkedPetitionId: null,
  receivedAt: new Date('2026-03-01T00:00:00Z'),
  caseState: 'open',
  handledByTownship: true,
  withinTimeLimit: true,
  similarity: 0.8,
  ...over,
});

describe('what the law makes of the same matter raised again (Arts. 19, 36)', () => {
  it('is a new petition when nothing earlier is the same matter', () => {
    expect(decideRegistration('township', [])).toEqual({ kind: 'new' });
  });

  it('is a repeat of the earliest open petition of the matter, linked to its original', () => {
    const decision = decideRegistration('township', [earlier({ id: 'p2', linkedPetitionId: 'p0', receivedAt: new Date('2026-04-01T00:00:00Z') }), earlier({ id: 'p3', receivedAt: new Date('2026-05-01T00:00:00Z') })]);
    expect(decision).toEqual({ kind: 'repeat', linkedPetitionId: 'p0' });
  });

  it('is skip-level when raised at county level while the township handles it in time', () => {
    expect(decideRegistration('county', [earlier()])).toEqual({ kind: 'skip-level', linkedPetitionId: 'p1' });
  });

  it('is a repeat, not skip-level, once the township is out of time or the matter is handled above it', () => {
    expect(decideRegistration('county', [earlier({ withinTimeLimit: false })])).toEqual({ kind: 'repeat', linkedPetitionId: 'p1' });
    expect(decideRegistration('county', [earlier({ handledByTownship: false })])).toEqual({ kind: 'repeat', linkedPetitionId: 'p1' });
  });

  it('is new when the earlier case closed without review: the petitioner raises it anew', () => {
    expect(decideRegistration('township', [earlier({ caseState: 'closed' })])).toEqual({ kind: 'new' });
  });

  it('is refused (不再受理) when it clearly repeats a matter final after re-review', () => {
    const decision = decideRegistration('township', [earlier({ caseState: 'final', similarity: FINAL_REFUSAL_SIMILARITY })]);
    expect(decision).toMatchObject({ kind: 'refused-final', linkedPetitionId: 'p1', reason: expect.stringContaining('第三十六条') });
  });

  it('is linked as a repeat for staff to decide when the match with a final matter is not strong enough to refuse', () => {
    expect(decideRegistration('township', [earlier({ caseState: 'final', similarity: FINAL_REFUSAL_SIMILARITY - 0.01 })])).toEqual({ kind: 'repeat', linkedPetitionId: 'p1' });
  });
});

const LAND = {
  title: '反映公路改扩建征地补偿款未足额发放',
  content: '2023年县城至清水镇公路改扩建工程征收石桥村三组水田1.8亩（土名“大塘坵”），按标准应补偿约8.6万元，目前只领到4万元，余款至今未发放。要求尽快兑现剩余征地补偿款。',
  categoryCode: 'land-acquisition',
  villageCode: '430599101201',
};

const record = (over: Partial<EarlierRecord> = {}): EarlierRecord => ({
  id: 'e1',
  linkedPetitionId: null,
  receivedAt: new Date('2026-03-01T00:00:00Z'),
  title: LAND.title,
  content: LAND.content,
  categoryCode: LAND.categoryCode,
  villageCode: LAND.villageCode,
  status: 'registered',
  caseStatus: 'accepted',
  registeredAtLevel: 'township',
  handlingUnitKind: 'department',
  caseDeadline: new Date('2026-05-01T00:00:00Z'),
  caseOverdue: false,
  visible: true,
  ...over,
});

const NOW = new Date('2026-04-01T00:00:00Z');

describe('assessing a registration: the decision and the candidates an officer sees', () => {
  const reworded = { ...LAND, title: '公路征地补偿余款', content: '石桥村三组，公路扩建征了我家1.8亩田（大塘坵），补偿款8.6万元只给了4万元，还差4.6万元未付，请尽快解决。' };
  // the same person's other land matter: same category, another 组 and project, scores between the two thresholds
  const nearby = { title: '反映征地补偿问题', content: '石桥村五组修建工业园征收我家旱地2亩，补偿款标准太低，要求提高补偿。', categoryCode: 'land-acquisition' };
  const wages = { title: '反映砖厂拖欠工资', content: '在清水镇红星砖厂做工八个月，老板以砖卖不出去为由拖欠工资2.3万元，多次讨要未果，要求督促砖厂结清欠薪。', categoryCode: 'labour-wages' };

  it('links a strong match as a repeat and shows it with the facts both state', () => {
    const { decision, candidates } = assessRegistration('township', reworded, [record()], NOW);
    expect(decision).toEqual({ kind: 'repeat', linkedPetitionId: 'e1' });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ petitionId: 'e1', strength: 'strong', caseStatus: 'accepted', title: LAND.title, receivedAt: '2026-03-01T00:00:00.000Z', conflictingFacts: [] });
    expect(candidates[0]!.score).toBeGreaterThanOrEqual(SAME_MATTER_THRESHOLD);
    expect(candidates[0]!.sharedFacts).toEqual(expect.arrayContaining(['相同数字：1.8', '相同数字：86000', '相同地块：大塘']));
  });

  it('shows a possible match without linking it, with what differs', () => {
    // the same person's land compensation at another 组 and project: worth a look, not the same matter
    const otherPlot = { title: '反映征地补偿问题', content: '石桥村五组修建工业园征收我家水田，补偿款至今未发放。' };
    const { decision, candidates } = assessRegistration('township', LAND, [record(otherPlot)], NOW);
    expect(decision).toEqual({ kind: 'new' });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ strength: 'possible', conflictingFacts: ['所在村民小组不同'] });
    expect(candidates[0]!.score).toBeGreaterThanOrEqual(POSSIBLE_REPEAT_SCORE);
    expect(candidates[0]!.score).toBeLessThan(SAME_MATTER_THRESHOLD);
    // an unrelated grievance of the same category stays below what is worth showing
    expect(assessRegistration('township', LAND, [record(nearby)], NOW).candidates).toEqual([]);
  });

  it('names a different category and village among the conflicting facts, and never shows another matter', () => {
    const { decision, candidates } = assessRegistration('township', LAND, [record({ id: 'w', ...wages })], NOW);
    expect(decision).toEqual({ kind: 'new' });
    expect(candidates).toEqual([]);
    const elsewhere = assessRegistration('township', LAND, [record({ categoryCode: 'rural-affairs', villageCode: '430599101202' })], NOW);
    expect(elsewhere.candidates[0]!.conflictingFacts).toEqual(['事项类别不同', '所在村（社区）不同']);
  });

  it('orders candidates best first, hides the title of one the officer may not see, and skips refused petitions', () => {
    const { candidates } = assessRegistration('township', LAND, [record({ id: 'weak', ...reworded, title: '征地', content: '补偿款8.6万元只给了4万元' }), record({ id: 'same', visible: false }), record({ id: 'refused', status: 'refused' })], NOW);
    expect(candidates.map((c) => c.petitionId)).toEqual(['same', 'weak']);
    expect(candidates[0]!.title).toBeNull();
    expect(candidates[1]!.title).toBe('征地');
  });

  it('decides from the strong matches as decideRegistration does: skip-level at county level while the township handles it in time, refused when final', () => {
    const handledBelow = record({ handlingUnitKind: 'township' });
    expect(assessRegistration('county', LAND, [handledBelow], NOW).decision).toEqual({ kind: 'skip-level', linkedPetitionId: 'e1' });
    expect(assessRegistration('county', LAND, [record({ handlingUnitKind: 'township', caseOverdue: true })], NOW).decision).toEqual({ kind: 'repeat', linkedPetitionId: 'e1' });
    expect(assessRegistration('county', LAND, [record({ handlingUnitKind: 'township', caseDeadline: new Date('2026-03-15T00:00:00Z') })], NOW).decision).toEqual({ kind: 'repeat', linkedPetitionId: 'e1' });
    expect(assessRegistration('township', LAND, [record({ caseStatus: 'closed' })], NOW).decision).toEqual({ kind: 'new' });
    expect(assessRegistration('township', LAND, [record({ caseStatus: 'final', linkedPetitionId: 'root' })], NOW).decision).toMatchObject({ kind: 'refused-final', linkedPetitionId: 'root' });
  });

  it('says the measure\'s anchors and conflicts in words', () => {
    expect(describeSharedFact('#38600')).toBe('相同数字：38600');
    expect(describeSharedFact('company:鑫达/达公')).toBe('相同单位：鑫达、达公');
    expect(describeSharedFact('大塘坵')).toBe('相同名称：“大塘坵”');
    expect(describeConflict('组')).toBe('所在村民小组不同');
    expect(describeConflict('party')).toBe('对方当事人不同');
    expect(describeConflict('company')).toBe('所涉企业（单位）不同');
  });
});
