import type { FieldError } from '#contracts';

/** Five or more people on one matter make a collective petition (集体访). */
export const COLLECTIVE_THRESHOLD = 5;
/** A collective petition names at most five representatives (Art. 20). */
export const MAX_REPRESENTATIVES = 5;

export interface PetitionShape {
  petitionerCount: number;
  /** People present at a visit; for other channels, the petitioners named. */
  headcount?: number;
  representatives?: number[];
  isAccusation: boolean;
  accusedUnitCode?: string | null;
}

export function effectiveHeadcount(shape: PetitionShape): number {
  return Math.max(shape.headcount ?? 0, shape.petitionerCount);
}

export function isCollective(shape: PetitionShape): boolean {
  return effectiveHeadcount(shape) >= COLLECTIVE_THRESHOLD;
}

/** Rules on the petition's shape that field validation alone cannot express. */
export function shapeProblems(shape: PetitionShape): FieldError[] {
  const problems: FieldError[] = [];
  const reps = shape.representatives ?? [];
  if (reps.length > MAX_REPRESENTATIVES) {
    problems.push({ field: 'representatives', rule: 'maxRepresentatives', message: `集体访最多推选 ${MAX_REPRESENTATIVES} 名代表（《信访工作条例》第二十条）` });
  }
  reps.forEach((index, i) => {
    if (index >= shape.petitionerCount) problems.push({ field: `representatives[${i}]`, rule: 'petitionerIndex', message: `没有第 ${index} 号信访人（从 0 开始编号）` });
  });
  if (new Set(reps).size !== reps.length) problems.push({ field: 'representatives', rule: 'arrayUnique', message: '代表不能重复' });
  if (shape.isAccusation && !shape.accusedUnitCode) {
    problems.push({ field: 'accusedUnit', rule: 'requiredForAccusation', message: '检举控告须写明被检举单位' });
  }
  return problems;
}
