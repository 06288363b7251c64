import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The matter was refused as a repeat (不再受理): already handled, or final after re-review (Art. 36). */
export class CaseRefusedAsRepeatV1 {
  static readonly subject = 'casework.case.refused-as-repeat.v1';
  static readonly description = '同一事项已办理完毕或复核终结，不再受理。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsOptional() @IsUUID() readonly earlierPetitionId?: string | null;
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly decidedAt!: string;

  static readonly sample: CaseRefusedAsRepeatV1 = {
    ...CASE_SAMPLE_IDS,
    earlierPetitionId: '9d2e4f6a-8b1c-4d3e-a5f7-0c2b4d6e8f01',
    reason: '该事项已经复核终结，信访人仍以同一事实和理由提出，不再受理（第三十六条）。',
    decidedAt: '2026-03-04T02:00:00.000Z',
  };
}
