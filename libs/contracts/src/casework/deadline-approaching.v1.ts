import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS, CLOCKS, type Clock } from './vocabulary.js';

/** A clock of the case runs out soon (by default 3 days before). Fired once per clock and due date. */
export class DeadlineApproachingV1 {
  static readonly subject = 'casework.case.deadline-approaching.v1';
  static readonly description = '案件期限即将届满（默认提前 3 日提醒），每个期限只提醒一次。';
  static readonly sampleActor = { kind: 'system' } as const;

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(CLOCKS) readonly clock!: Clock;
  @IsISO8601({ strict: true }) readonly dueAt!: string;
  @IsOptional() @IsString() @MaxLength(40) readonly handlingUnitCode?: string | null;
  @IsOptional() @IsString() @MaxLength(100) readonly ownerId?: string | null;

  static readonly sample: DeadlineApproachingV1 = { ...CASE_SAMPLE_IDS, clock: 'reply', dueAt: '2026-05-09T02:00:00.000Z', handlingUnitCode: 'dept-natural-resources', ownerId: 'leader-qingshui-01' };
}
