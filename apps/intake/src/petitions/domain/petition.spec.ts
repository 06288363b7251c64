import { isCollective, shapeProblems } from './petition.js';

describe('petition shape', () => {
  it('is collective from five people, counted present or named', () => {
    expect(isCollective({ petitionerCount: 1, headcount: 5, isAccusation: false })).toBe(true);
    expect(isCollective({ petitionerCount: 5, isAccusation: false })).toBe(true);
    expect(isCollective({ petitionerCount: 1, headcount: 4, isAccusation: false })).toBe(false);
  });

  it('allows at most five representatives, each a named petitioner, once', () => {
    expect(shapeProblems({ petitionerCount: 6, representatives: [0, 1, 2, 3, 4, 5], isAccusation: false }).map((p) => p.rule)).toEqual(['maxRepresentatives']);
    expect(shapeProblems({ petitionerCount: 2, representatives: [2], isAccusation: false })).toEqual([expect.objectContaining({ field: 'representatives[0]', rule: 'petitionerIndex' })]);
    expect(shapeProblems({ petitionerCount: 2, representatives: [1, 1], isAccusation: false }).map((p) => p.rule)).toEqual(['arrayUnique']);
  });

  it('needs the accused unit for an accusation', () => {
    expect(shapeProblems({ petitionerCount: 1, isAccusation: true }).map((p) => p.field)).toEqual(['accusedUnit']);
    expect(shapeProblems({ petitionerCount: 1, isAccusation: true, accusedUnitCode: 'dept-hrss' })).toEqual([]);
  });
});
