import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class ExtendBody {
  /** The 1..30 rule is the domain's (422 extension-too-long), so the body only checks the type. */
  @ApiProperty({ minimum: 1, maximum: 30 }) @IsInt() days!: number;
  @ApiProperty({ description: '延期理由，将告知信访人' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

/** 延期: one extension of the reply deadline, at most 30 days, approved by a leader (Art. 34). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class ExtendDeadlineController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('extend')
  @HttpCode(200)
  @ApiOperation({ summary: '延长办理期限（领导批准，仅一次，至多 30 日）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  extend(@Param('id', caseIdPipe()) id: string, @Body() body: ExtendBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'extend', ...body }, principal);
  }
}
