import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** A scanned letter or photo was stored with a petition. The content stays in intake. */
export class AttachmentAddedV1 {
  static readonly subject = 'intake.petition.attachment-added.v1';
  static readonly description = '信访件新增附件（扫描件、照片）；附件内容只保存在登记服务。';

  @IsUUID() readonly petitionId!: string;
  @IsUUID() readonly attachmentId!: string;
  @IsIn(ATTACHMENT_TYPES) readonly contentType!: AttachmentType;
  @IsInt() @Min(1) @Max(10 * 1024 * 1024) readonly sizeBytes!: number;

  static readonly sample: AttachmentAddedV1 = {
    petitionId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10',
    attachmentId: '3e5f7a9b-1c2d-4e6f-8a0b-2c4d6e8f0a1b',
    contentType: 'application/pdf',
    sizeBytes: 482133,
  };
}
