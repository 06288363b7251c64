import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { MEDIATION_OUTCOMES, type MediationOutcome } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class MediationBody {
  @ApiProperty({ example: '刘明（镇人民调解委员会）' }) @IsString() @IsNotEmpty() @MaxLength(200) mediator!: string;
  @ApiProperty({ example: '信访人王某某；村委会代表' }) @IsString() @IsNotEmpty() @MaxLength(500) parties!: string;
  @ApiProperty({ enum: MEDIATION_OUTCOMES }) @IsIn(MEDIATION_OUTCOMES) outcome!: MediationOutcome;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

/** 调解: a mediation session on the case, with its mediator, parties and outcome. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class RecordMediationController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('mediations')
  @HttpCode(200)
  @ApiOperation({ summary: '记录调解（调解员、当事人、结果）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  mediate(@Param('id', caseIdPipe()) id: string, @Body() body: MediationBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'mediate', mediator: body.mediator, parties: body.parties, outcome: body.outcome, note: body.note ?? '' }, principal);
  }
}
