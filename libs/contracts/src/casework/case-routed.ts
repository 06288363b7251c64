import { IsIn, IsInt, IsISO8601, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { UNIT_KINDS, type UnitKind } from './vocabulary.js';

/** What a transfer (转送) and an assignment (交办) share: the receiving unit and the clocks its receipt starts. */
export abstract class CaseRouted {
  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(40) readonly unitCode!: string;
  @IsIn(UNIT_KINDS) readonly unitKind!: UnitKind;
  @IsString() @MaxLength(100) readonly unitName!: string;
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly routedAt!: string;
  /** Written acceptance notice due 15 days after the unit's receipt (Art. 23). */
  @IsISO8601({ strict: true }) readonly acceptanceNoticeBy!: string;
  /** The unit may object within 5 working days of receipt (Art. 23). */
  @IsISO8601({ strict: true }) readonly objectionBy!: string;
  /** Units the case has been routed to so far, this one included; 3 or more escalates. */
  @IsInt() @Min(1) readonly unitsSoFar!: number;
}
