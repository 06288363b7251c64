import { IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** A handler wrote a step the petitioner may see on the public status page. Internal notes never become events. */
export class PublicNoteAddedV1 {
  static readonly subject = 'casework.case.public-note-added.v1';
  static readonly description = '承办人员记录了信访人可见的办理进展（内部意见不发布事件）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(2000) readonly text!: string;
  @IsISO8601({ strict: true }) readonly notedAt!: string;

  static readonly sample: PublicNoteAddedV1 = { ...CASE_SAMPLE_IDS, text: '已组织现场核查，约谈项目业主，要求月底前补发剩余补偿款。', notedAt: '2026-04-02T06:00:00.000Z' };
}
