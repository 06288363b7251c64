import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** How the case ended: replied (and not appealed in time), decided on review or re-review, rejected, or refused. */
export const CLOSURE_KINDS = ['replied', 'review-decided', 're-review-decided', 'rejected', 'refused-as-repeat', 'withdrawn'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** The case was closed (办结). */
export class CaseClosedV1 {
  static readonly subject = 'casework.case.closed.v1';
  static readonly description = '案件已办结。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(CLOSURE_KINDS) readonly closure!: ClosureKind;
  @IsISO8601({ strict: true }) readonly closedAt!: string;

  static readonly sample: CaseClosedV1 = { ...CASE_SAMPLE_IDS, closure: 'replied', closedAt: '2026-05-25T02:00:00.000Z' };
}
