import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

export const MEDIATION_OUTCOMES = ['resolved', 'partially-resolved', 'unresolved'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

/** A mediation on the case was recorded (调解). Mediator and parties stay in casework. */
export class CaseMediatedV1 {
  static readonly subject = 'casework.case.mediated.v1';
  static readonly description = '记录了一次调解及其结果（调解员、当事人信息只保存在办理服务）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(MEDIATION_OUTCOMES) readonly outcome!: MediationOutcome;
  @IsISO8601({ strict: true }) readonly mediatedAt!: string;

  static readonly sample: CaseMediatedV1 = { ...CASE_SAMPLE_IDS, outcome: 'resolved', mediatedAt: '2026-04-10T06:00:00.000Z' };
}
