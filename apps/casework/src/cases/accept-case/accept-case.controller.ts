import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { REJECTION_GROUNDS, type RejectionGround } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class RejectBody {
  @ApiPropertyOptional({ enum: REJECTION_GROUNDS, default: 'other', description: 'legal-procedure 应通过诉讼、仲裁等法定途径解决；not-competent 不属本单位职权；not-a-petition-matter 不属信访事项' })
  @IsOptional()
  @IsIn(REJECTION_GROUNDS)
  ground?: RejectionGround;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class RefuseBody {
  @ApiProperty({ example: '该事项已于 2025 年办结并经复查维持，信访人未提出新的事实和理由。' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ description: '此前已办理的同一事项信访件' }) @IsOptional() @IsUUID() earlierPetitionId?: string;
}

/** The handling unit's decision on acceptance (受理 / 不予受理 / 不再受理), due within 15 days of receipt. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class AcceptCaseController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: '受理（承办单位）', description: '集体访、越级访、重复访、信访老户的案件须先由领导包案。' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(403, 404, 409, 422)
  accept(@Param('id', caseIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'accept' }, principal);
  }

  @Post('reject')
  @HttpCode(200)
  @ApiOperation({ summary: '不予受理，写明法定理由（承办单位）' })
  @ApiErrors(400, 403, 404, 409, 422)
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  reject(@Param('id', caseIdPipe()) id: string, @Body() body: RejectBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'reject', ground: body.ground ?? 'other', reason: body.reason }, principal);
  }

  @Post('refuse')
  @HttpCode(200)
  @ApiOperation({ summary: '作为重复件不再受理（承办单位）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  refuse(@Param('id', caseIdPipe()) id: string, @Body() body: RefuseBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'refuse', ...body }, principal);
  }
}
