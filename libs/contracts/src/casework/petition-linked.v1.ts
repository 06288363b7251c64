import { IsIn, IsUUID } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

export const LINK_KINDS = ['repeat', 'skip-level', 'refused-final'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A repeat or skip-level petition was attached to the open case of its matter instead of opening a new one. */
export class PetitionLinkedV1 {
  static readonly subject = 'casework.case.petition-linked.v1';
  static readonly description = '重复件或越级件已并入同一事项的在办案件，不另立案。';

  @IsUUID() readonly caseId!: string;
  /** The open case's own petition. */
  @IsUUID() readonly petitionId!: string;
  /** The petition attached to it. */
  @IsUUID() readonly linkedPetitionId!: string;
  @IsIn(LINK_KINDS) readonly linkedAs!: LinkKind;

  static readonly sample: PetitionLinkedV1 = { ...CASE_SAMPLE_IDS, linkedPetitionId: '9d2e4f6a-8b1c-4d3e-a5f7-0c2b4d6e8f01', linkedAs: 'repeat' };
}
