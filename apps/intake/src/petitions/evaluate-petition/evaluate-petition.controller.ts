import { Body, Controller, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { PetitionEvaluatedV1, RATINGS, type Rating } from '#contracts';
import { Outbox } from '#messaging';
import { now, Public, RateLimit, RateLimitGuard, ApiErrors } from '#platform';
import { normalizeTrackingCode } from '../domain/tracking-code.js';
import { recordPublicStep } from '../public-timeline/public-steps.js';
import { EvaluationRecordedResponse } from './evaluate-petition.responses.js';

export class EvaluationBody {
  @ApiProperty({ enum: RATINGS, description: 'satisfied 满意 / basically-satisfied 基本满意 / unsatisfied 不满意' })
  @IsIn(RATINGS)
  rating!: Rating;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

const RATING_NAMES: Record<Rating, string> = { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' };

/** The petitioner evaluates the reply, once, only after it has been given. */
@ApiTags('public')
@Controller('api/public/petitions')
export class EvaluatePetitionController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  @Public()
  @Post(':trackingCode/evaluation')
  @HttpCode(201)
  @UseGuards(RateLimitGuard)
  @RateLimit({ bucket: 'public-evaluate', limit: 20, windowSeconds: 3600, message: '操作过于频繁' })
  @ApiOperation({ summary: '对答复进行满意度评价（仅一次，答复后可评）' })
  @ApiCreatedResponse({ type: EvaluationRecordedResponse })
  @ApiErrors(400, 404, 409, 429)
  async evaluate(@Param('trackingCode') trackingCode: string, @Body() body: EvaluationBody) {
    const code = normalizeTrackingCode(trackingCode);
    return this.dataSource.transaction(async (tx) => {
      const [p] = code ? await tx.query(`SELECT id, township_code, replied_at, evaluation FROM intake.petition WHERE tracking_code = $1 FOR UPDATE`, [code]) : [];
      if (!p) throw new NotFoundException('查询码不存在，请核对后重新输入');
      if (!p.replied_at) throw new EvaluationRefused('evaluation-before-reply', '尚未答复，答复后才能评价');
      if (p.evaluation) throw new EvaluationRefused('evaluation-once', '已经评价过，每件信访事项只能评价一次');
      const evaluatedAt = now();
      await tx.query(`UPDATE intake.petition SET evaluation = $2, evaluation_comment = $3, evaluated_at = $4 WHERE id = $1`, [p.id, body.rating, body.comment?.trim() || null, evaluatedAt]);
      await recordPublicStep(tx, p.id, evaluatedAt, 'evaluated', `信访人评价：${RATING_NAMES[body.rating]}`);
      await this.outbox.emit(tx, PetitionEvaluatedV1, { petitionId: p.id, rating: body.rating, evaluatedAt: evaluatedAt.toISOString() }, { townshipCode: p.township_code });
      return { rating: body.rating, evaluatedAt };
    });
  }
}

/** 409: the petition's state does not allow an evaluation now. */
class EvaluationRefused extends Error {
  readonly status = 409 as const;
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}
