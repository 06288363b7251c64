import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { AttachmentAddedV1, type AttachmentType } from '#contracts';
import type { Outbox } from '#messaging';
import { InputValidationException } from '#platform';
import type { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { detectAttachmentType, MAX_ATTACHMENT_BYTES } from '../domain/attachment-type.js';

export interface Upload {
  fileName: string;
  contentType: AttachmentType;
  content: Buffer;
}

/**
 * The one uploaded file of a multipart request, typed from its content (JPEG, PNG or PDF, at
 * most 10 MB). A body cut short or malformed is the client's 400, not a 500. Shared by the
 * staff upload and the citizen's upload after an online submission.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new InputValidationException([{ field: 'file', rule: 'multipart', message: '请以 multipart/form-data 上传，文件字段名为 file' }]);
  let file;
  let content: Buffer;
  try {
    file = await request.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
    if (!file) throw new InputValidationException([{ field: 'file', rule: 'isDefined', message: '必须上传一个文件' }]);
    content = await file.toBuffer();
  } catch (err) {
    // the plugin's own limits (FST_…) keep their status and message
    if (err instanceof InputValidationException || String((err as { code?: unknown }).code ?? '').startsWith('FST_')) throw err;
    throw new InputValidationException([{ field: 'file', rule: 'multipart', message: '上传内容不是完整的 multipart/form-data，请重新上传' }]);
  }
  const contentType = detectAttachmentType(content.subarray(0, 16));
  if (!contentType) throw new InputValidationException([{ field: 'file', rule: 'fileType', message: '只接受 JPEG、PNG 或 PDF 文件（按文件内容识别，不看文件名）' }]);
  return { fileName: (file.filename || `附件.${contentType.split('/')[1]}`).slice(0, 200), contentType, content };
}

/** Stores an attachment encrypted with its petition and announces it (without its content), in the caller's transaction. */
export async function storeAttachment(
  tx: EntityManager,
  deps: { cipher: PersonalDataCipher; outbox: Outbox },
  petition: { id: string; townshipCode: string },
  upload: Upload,
  uploadedBy: string,
): Promise<{ id: string; fileName: string; contentType: string; sizeBytes: number }> {
  const id = randomUUID();
  const { content, contentType, fileName } = upload;
  await tx.query(
    `INSERT INTO intake.attachment (id, petition_id, file_name_enc, content_type, size_bytes, sha256, content_enc, uploaded_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [id, petition.id, deps.cipher.encrypt(fileName), contentType, content.length, createHash('sha256').update(content).digest('hex'), deps.cipher.encryptBytes(content), uploadedBy],
  );
  await deps.outbox.emit(tx, AttachmentAddedV1, { petitionId: petition.id, attachmentId: id, contentType, sizeBytes: content.length }, { townshipCode: petition.townshipCode });
  return { id, fileName, contentType, sizeBytes: content.length };
}
