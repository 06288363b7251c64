import { IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The receiving unit objected to the routing (退回) within 5 working days; the case goes back to be re-routed. */
export class RoutingObjectedV1 {
  static readonly subject = 'casework.case.routing-objected.v1';
  static readonly description = '承办单位对转送/交办提出异议并退回，案件待重新转送。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(40) readonly unitCode!: string;
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly objectedAt!: string;

  static readonly sample: RoutingObjectedV1 = { ...CASE_SAMPLE_IDS, unitCode: 'dept-natural-resources', reason: '该地块属县交通运输局项目用地，补偿由项目业主负责。', objectedAt: '2026-03-09T03:00:00.000Z' };
}
