import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public, RateLimit, RateLimitGuard, ApiErrors } from '#platform';
import { normalizeTrackingCode } from '../domain/tracking-code.js';
import { CaseAnswers } from './case-answers.client.js';
import { answerLabels, canEvaluate, publicStatus } from './public-status.js';
import { TrackedPetitionResponse } from './track-petition.responses.js';

const CHANNEL_NAMES: Record<string, string> = { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' };

/** The citizen's view by tracking code: status and dated public steps. No personal data, no internal notes. */
@ApiTags('public')
@Controller('api/public/petitions')
export class TrackPetitionController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly answers: CaseAnswers,
  ) {}

  @Public()
  @Get(':trackingCode')
  @UseGuards(RateLimitGuard)
  @RateLimit({ bucket: 'public-track', limit: 60, windowSeconds: 600, message: '查询过于频繁' })
  @ApiOperation({
    summary: '凭查询码查询办理进度',
    description: '每个网络地址每 10 分钟最多查询 60 次；未知查询码返回 404。answers：书面答复与复查、复核意见的全文（答复后才有；办理服务暂时无法应答时为 null）。',
  })
  @ApiOkResponse({ type: TrackedPetitionResponse })
  @ApiErrors(404, 429)
  async track(@Param('trackingCode') trackingCode: string) {
    const code = normalizeTrackingCode(trackingCode);
    // one snapshot: the status and the steps of the same moment, not a step newer than the status beside it
    const found = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const [p] = code
        ? await tx.query(
            `SELECT p.id, p.tracking_code, p.channel, p.received_at, p.status, p.case_status, p.case_deadline, p.replied_at, p.evaluation, p.evaluated_at,
                    c.name AS category_name, t.name AS township_name
             FROM intake.petition p JOIN intake.category c ON c.code = p.category_code JOIN intake.township t ON t.code = p.township_code
             WHERE p.tracking_code = $1`,
            [code],
          )
        : [];
      if (!p) throw new NotFoundException('查询码不存在，请核对后重新输入');
      const steps = await tx.query(`SELECT occurred_at AS "at", kind, description FROM intake.public_step WHERE petition_id = $1 ORDER BY occurred_at, id`, [p.id]);
      return {
        trackingCode: p.tracking_code,
        status: publicStatus(p.status, p.case_status),
        channel: CHANNEL_NAMES[p.channel],
        category: p.category_name,
        township: p.township_name,
        receivedAt: p.received_at,
        dueAt: p.case_deadline,
        timeline: steps,
        evaluation: p.evaluation ? { rating: p.evaluation, evaluatedAt: p.evaluated_at } : null,
        canEvaluate: canEvaluate({ repliedAt: p.replied_at, evaluation: p.evaluation }),
        petitionId: p.id as string,
        replied: p.replied_at !== null,
      };
    });
    const { petitionId, replied, ...view } = found;
    // the texts of the answers are casework's, asked for only once there is one (outside the snapshot: a network call)
    const answers = replied ? await this.answers.of(petitionId) : [];
    return { ...view, answers: answers && answers.map((a) => ({ ...a, ...answerLabels(a) })) };
  }
}
