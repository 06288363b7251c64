import { ApiProperty } from '@nestjs/swagger';
import { ATTACHMENT_TYPES } from '#contracts';

/** An uploaded file as stored (staff upload and the citizen's online upload). */
export class StoredAttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '工资欠条.jpg' }) fileName!: string;
  @ApiProperty({ enum: ATTACHMENT_TYPES, description: '按文件内容识别的类型' }) contentType!: string;
  @ApiProperty({ example: 183_204 }) sizeBytes!: number;
}

/** The file itself, as uploaded (GET …/attachments/:attachmentId). */
export const ATTACHMENT_CONTENT = Object.fromEntries(ATTACHMENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
