import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The county formally chased the case (督办) with a due date. */
export class CaseSupervisedV1 {
  static readonly subject = 'casework.case.supervised.v1';
  static readonly description = '县信访局对案件督办，限期办结。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly supervisedAt!: string;
  @IsISO8601({ strict: true }) readonly dueAt!: string;
  /** The unit handling it, once routed. */
  @IsOptional() @IsString() @MaxLength(40) readonly handlingUnitCode?: string | null;

  static readonly sample: CaseSupervisedV1 = {
    ...CASE_SAMPLE_IDS,
    reason: '超期未答复，督促限期办结。',
    supervisedAt: '2026-05-12T02:00:00.000Z',
    dueAt: '2026-05-22T09:00:00.000Z',
    handlingUnitCode: 'dept-natural-resources',
  };
}
