import { IsIn, IsInt, IsISO8601, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

export const ESCALATION_REASONS = ['passed-among-units', 'overdue'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const ESCALATION_STEPS = ['reminder', 'supervision', 'report-up'] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/** The case was escalated: passed among 3 or more units, or overdue by one of the county's escalation steps. */
export class CaseEscalatedV1 {
  static readonly subject = 'casework.case.escalated.v1';
  static readonly description = '案件升级：在 3 个及以上单位间流转，或超期按县里配置的步骤（提醒、督办、上报）升级。';
  static readonly sampleActor = { kind: 'system' } as const;

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(ESCALATION_REASONS) readonly reason!: EscalationReason;
  @IsIn(ESCALATION_STEPS) readonly step!: EscalationStep;
  @IsInt() @Min(0) readonly daysOverdue!: number;
  @IsString() @MaxLength(500) readonly detail!: string;
  @IsISO8601({ strict: true }) readonly escalatedAt!: string;

  static readonly sample: CaseEscalatedV1 = { ...CASE_SAMPLE_IDS, reason: 'overdue', step: 'supervision', daysOverdue: 3, detail: '答复期限已过 3 日，转入督办。', escalatedAt: '2026-05-12T01:00:00.000Z' };
}
