import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS, CLOCKS, type Clock } from './vocabulary.js';

/** A clock of the case ran out without the step it measures. Fired once per clock and due date. */
export class CaseOverdueV1 {
  static readonly subject = 'casework.case.overdue.v1';
  static readonly description = '案件期限已届满而未完成相应环节（超期），每个期限只触发一次。';
  static readonly sampleActor = { kind: 'system' } as const;

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(CLOCKS) readonly clock!: Clock;
  @IsISO8601({ strict: true }) readonly dueAt!: string;
  @IsOptional() @IsString() @MaxLength(40) readonly handlingUnitCode?: string | null;
  @IsOptional() @IsString() @MaxLength(100) readonly ownerId?: string | null;

  static readonly sample: CaseOverdueV1 = { ...CASE_SAMPLE_IDS, clock: 'reply', dueAt: '2026-05-09T02:00:00.000Z', handlingUnitCode: 'dept-natural-resources', ownerId: 'leader-qingshui-01' };
}
