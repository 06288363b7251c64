import { IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** A named leader took ownership of the case to its end (领导包案). */
export class LeaderTookOwnershipV1 {
  static readonly subject = 'casework.case.leader-took-ownership.v1';
  static readonly description = '领导包案：指定领导对案件负责到底。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  /** The leader's staff account id. */
  @IsString() @MaxLength(100) readonly leaderId!: string;
  @IsISO8601({ strict: true }) readonly takenAt!: string;

  static readonly sample: LeaderTookOwnershipV1 = { ...CASE_SAMPLE_IDS, leaderId: 'leader-qingshui-01', takenAt: '2026-03-06T01:00:00.000Z' };
}
