import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class RequestReviewBody {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class HearingBody {
  @ApiProperty({ minimum: 1, maximum: 60, description: '听证所用天数，不计入复核期限' }) @IsInt() days!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class DecideReviewBody {
  @ApiProperty({ enum: REVIEW_OUTCOMES, description: 'upheld 维持 / changed 变更 / revoked 撤销' }) @IsIn(REVIEW_OUTCOMES) outcome!: ReviewOutcome;
  @ApiProperty({ description: '复查（复核）意见书正文' }) @IsString() @IsNotEmpty() @MaxLength(20000) text!: string;
}

/**
 * 复查 / 复核 as stages of the same case: requested within 30 days of the reply (or review
 * decision), decided within 30 days, hearing time not counted; after re-review the matter is final.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class ReviewCaseController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('request-review')
  @HttpCode(200)
  @ApiOperation({ summary: '代信访人登记复查（复核）申请（县信访局）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  requestReview(@Param('id', caseIdPipe()) id: string, @Body() body: RequestReviewBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'request-review', ...body }, principal);
  }

  @Post('record-hearing')
  @HttpCode(200)
  @ApiOperation({ summary: '记录复核听证（听证时间不计入期限）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  recordHearing(@Param('id', caseIdPipe()) id: string, @Body() body: HearingBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'record-hearing', days: body.days, note: body.note ?? '' }, principal);
  }

  @Post('decide-review')
  @HttpCode(200)
  @ApiOperation({ summary: '作出复查（复核）意见（上一级）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  decideReview(@Param('id', caseIdPipe()) id: string, @Body() body: DecideReviewBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'decide-review', ...body }, principal);
  }
}
