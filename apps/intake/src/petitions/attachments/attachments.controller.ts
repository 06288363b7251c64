import { Controller, ForbiddenException, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { Outbox } from '#messaging';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { PersonalDataAccessLog } from '../../personal-data/access-log.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { confidentiality, petitionScope } from '../petition-scope.js';
import { readUpload, storeAttachment } from './attachment-store.js';
import { ATTACHMENT_CONTENT, StoredAttachmentResponse } from './attachments.responses.js';

const notFound = () => new NotFoundException('没有这件信访件或附件');

/** Scanned letters and photos, stored encrypted with the petition; their type is read from the content. */
@ApiTags('petitions')
@ApiBearerAuth()
@Controller('api/petitions/:id/attachments')
export class AttachmentsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly outbox: Outbox,
    private readonly accessLog: PersonalDataAccessLog,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('county-admin', 'township-officer', 'leader', 'department-officer')
  @ApiOperation({ summary: '上传附件（JPEG、PNG、PDF，每个不超过 10 MB，按文件内容识别类型）' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: StoredAttachmentResponse })
  @ApiErrors(400, 403, 404, 413)
  async upload(@Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string, @Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal) {
    const petition = await this.visiblePetition(id, principal, 'act');
    const upload = await readUpload(request);
    return this.dataSource.transaction((tx) => storeAttachment(tx, { cipher: this.cipher, outbox: this.outbox }, { id, townshipCode: petition.township_code }, upload, principal.id));
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: '下载附件（记入访问日志）' })
  @ApiOkResponse({ description: '附件文件（按上传时识别的类型）', content: ATTACHMENT_CONTENT })
  @ApiErrors(404)
  async download(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string,
    @Param('attachmentId', new ParseUUIDPipe({ exceptionFactory: notFound })) attachmentId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    await this.visiblePetition(id, principal);
    const [a] = await this.dataSource.query(`SELECT file_name_enc, content_type, content_enc FROM intake.attachment WHERE id = $1 AND petition_id = $2`, [attachmentId, id]);
    if (!a) throw notFound();
    await this.accessLog.record({ kind: 'staff', principal }, id, `attachment:${attachmentId}`);
    const fileName = this.cipher.decrypt(a.file_name_enc);
    await reply
      .header('content-type', a.content_type)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .header('cache-control', 'no-store')
      .send(this.cipher.decryptBytes(a.content_enc));
  }

  /** A petition in the caller's scope; to read, any other is 404; to act on another township's, 403 (api.md) — a hidden accusation stays 404. */
  private async visiblePetition(id: string, principal: Principal, purpose: 'read' | 'act' = 'read'): Promise<{ township_code: string }> {
    const params: unknown[] = [id];
    const [p] = await this.dataSource.query(`SELECT p.township_code FROM intake.petition p WHERE p.id = $1 AND ${petitionScope(principal, params)}`, params);
    if (p) return p;
    if (purpose === 'act') {
      const known: unknown[] = [id];
      const [exists] = await this.dataSource.query(`SELECT 1 FROM intake.petition p WHERE p.id = $1 AND ${confidentiality(principal, known)}`, known);
      if (exists) throw new ForbiddenException({ message: '只能处理本乡镇（本单位）的信访件', rule: 'out-of-scope' });
    }
    throw notFound();
  }
}
