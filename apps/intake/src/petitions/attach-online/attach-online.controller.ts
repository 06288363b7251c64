import { ConflictException, Controller, HttpCode, NotFoundException, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox } from '#messaging';
import { Public, RateLimit, RateLimitGuard, ApiErrors } from '#platform';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { readUpload, storeAttachment } from '../attachments/attachment-store.js';
import { normalizeTrackingCode } from '../domain/tracking-code.js';
import { StoredAttachmentResponse } from '../attachments/attachments.responses.js';

/** How long after an online submission the citizen may add files with the tracking code. */
export const ONLINE_ATTACHMENT_WINDOW_MINUTES = 60;
/** At most this many files come in with the tracking code; more material goes through the handling unit. */
export const ONLINE_ATTACHMENT_LIMIT = 5;

const notFound = () => new NotFoundException('查询码不存在，请核对后重新输入');

interface Target {
  id: string;
  township_code: string;
  submitted_online_by_citizen: boolean;
  within_window: boolean;
  attachments: number;
}

/**
 * The citizen's attachments to an online petition (photos, scanned documents), sent with the
 * tracking code the submission answered with: only for a petition the citizen submitted online,
 * only within 60 minutes of the submission, at most 5 files; typed from the content and
 * encrypted like a staff upload.
 */
@ApiTags('public')
@Controller('api/public/petitions')
export class AttachOnlineController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly outbox: Outbox,
  ) {}

  @Public()
  @Post(':trackingCode/attachments')
  @HttpCode(201)
  @UseGuards(RateLimitGuard)
  @RateLimit({ bucket: 'public-attach', limit: 30, windowSeconds: 3600, message: '上传过于频繁' })
  @ApiOperation({
    summary: '网上信访补充附件（群众免登录，凭查询码）',
    description: `JPEG、PNG、PDF，每个不超过 10 MB，按文件内容识别类型；仅限网上提交的信访件，提交后 ${ONLINE_ATTACHMENT_WINDOW_MINUTES} 分钟内，每件最多 ${ONLINE_ATTACHMENT_LIMIT} 个。`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: StoredAttachmentResponse })
  @ApiErrors(400, 404, 409, 413, 429)
  async attach(@Param('trackingCode') trackingCode: string, @Req() request: FastifyRequest) {
    const code = normalizeTrackingCode(trackingCode);
    if (!code) throw notFound();
    // refuse before reading up to 10 MB, then again under the petition's lock (two uploads at once)
    allowed(await this.target(this.dataSource.manager, code));
    const upload = await readUpload(request);
    return this.dataSource.transaction(async (tx) => {
      const petition = allowed(await this.target(tx, code, true));
      return storeAttachment(tx, { cipher: this.cipher, outbox: this.outbox }, { id: petition.id, townshipCode: petition.township_code }, upload, 'citizen');
    });
  }

  /** The petition and its attachments so far; with `lock`, counted after the row lock, so a concurrent upload is seen. */
  private async target(tx: EntityManager, code: string, lock = false): Promise<Target | undefined> {
    const [p] = await tx.query(
      `SELECT id, township_code, submitted_online_by_citizen, created_at > now() - make_interval(mins => $2) AS within_window
       FROM intake.petition WHERE tracking_code = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [code, ONLINE_ATTACHMENT_WINDOW_MINUTES],
    );
    if (!p) return undefined;
    // a statement of its own: under READ COMMITTED it sees what a concurrent upload committed before the lock was ours
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM intake.attachment WHERE petition_id = $1`, [p.id]);
    return { ...p, attachments: n };
  }
}

function allowed(p: Target | undefined): Target {
  if (!p) throw notFound();
  if (!p.submitted_online_by_citizen) {
    throw new ConflictException({ message: '只有网上提交的信访件可以凭查询码上传附件；其他材料请交承办单位', rule: 'attachment-online-only' });
  }
  if (!p.within_window) {
    throw new ConflictException({ message: `提交已超过 ${ONLINE_ATTACHMENT_WINDOW_MINUTES} 分钟，不能再上传附件；如需补充材料，请联系承办单位`, rule: 'attachment-window-closed' });
  }
  if (p.attachments >= ONLINE_ATTACHMENT_LIMIT) {
    throw new ConflictException({ message: `每件网上信访最多上传 ${ONLINE_ATTACHMENT_LIMIT} 个附件`, rule: 'attachment-limit' });
  }
  return p;
}
