import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { REPLY_OUTCOMES, type ReplyOutcome } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class ReplyBody {
  @ApiProperty({ enum: REPLY_OUTCOMES, description: 'support 支持 / explain 解释说明 / not-support 不予支持' }) @IsIn(REPLY_OUTCOMES) outcome!: ReplyOutcome;
  @ApiProperty({ description: '信访处理意见书正文' }) @IsString() @IsNotEmpty() @MaxLength(20000) text!: string;
}

/** 答复: the written reply (信访处理意见书, Art. 32) by the handling unit. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class ReplyToCaseController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('reply')
  @HttpCode(200)
  @ApiOperation({ summary: '书面答复（承办单位）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  reply(@Param('id', caseIdPipe()) id: string, @Body() body: ReplyBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'reply', ...body }, principal);
  }
}
