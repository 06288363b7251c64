import { decideRegistration, FINAL_REFUSAL_SIMILARITY, type EarlierPetition } from './registration-decision.js';

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
