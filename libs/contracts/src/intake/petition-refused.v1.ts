import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';

export const INTAKE_REFUSAL_RULES = ['final-after-re-review'] as const;
export type IntakeRefusalRule = (typeof INTAKE_REFUSAL_RULES)[number];

/**
 * A registered petition was refused at intake (不再受理): the same petitioner raised a matter
 * that is final after re-review (Art. 36). Emitted right after its `registered` event.
 */
export class PetitionRefusedV1 {
  static readonly subject = 'intake.petition.refused.v1';
  static readonly description = '信访件登记后即不再受理：同一事项已复核终结（第三十六条）。紧随其 registered 事件发布。';

  @IsUUID() readonly petitionId!: string;
  @IsUUID() readonly linkedPetitionId!: string;
  @IsIn(INTAKE_REFUSAL_RULES) readonly rule!: IntakeRefusalRule;
  @IsString() @MaxLength(1000) readonly reason!: string;

  static readonly sample: PetitionRefusedV1 = {
    petitionId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10',
    linkedPetitionId: '9d2e4f6a-8b1c-4d3e-a5f7-0c2b4d6e8f01',
    rule: 'final-after-re-review',
    reason: '该信访事项已经复核终结。依据《信访工作条例》第三十六条，信访人对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理。',
  };
}
