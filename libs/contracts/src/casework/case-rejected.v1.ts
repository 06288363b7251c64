import { IsBoolean, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/**
 * Legal grounds for not accepting (不予受理): belongs to courts, arbitration or another legal
 * procedure (Art. 31 诉访分离), outside the unit's competence, or not a petition matter.
 */
export const REJECTION_GROUNDS = ['legal-procedure', 'not-competent', 'not-a-petition-matter', 'other'] as const;
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];

/** The handling unit decided not to accept the case (不予受理), with the legal reason. */
export class CaseRejectedV1 {
  static readonly subject = 'casework.case.rejected.v1';
  static readonly description = '承办单位决定不予受理，并书面告知理由。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(40) readonly unitCode!: string;
  @IsIn(REJECTION_GROUNDS) readonly ground!: RejectionGround;
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly decidedAt!: string;
  @IsBoolean() readonly timely!: boolean;

  static readonly sample: CaseRejectedV1 = {
    ...CASE_SAMPLE_IDS,
    unitCode: 'political-legal',
    ground: 'legal-procedure',
    reason: '该事项已由县人民法院作出生效判决，应通过申请再审等法律程序解决。',
    decidedAt: '2026-03-10T02:00:00.000Z',
    timely: true,
  };
}
