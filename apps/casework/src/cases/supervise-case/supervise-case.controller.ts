import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class SuperviseBody {
  @ApiProperty({ description: '督办期限' }) @IsISO8601({ strict: true }) dueAt!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

/** 督办: the county's formal chase of an open case, with a due date. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class SuperviseCaseController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('supervise')
  @HttpCode(200)
  @ApiOperation({ summary: '督办（县信访局）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  supervise(@Param('id', caseIdPipe()) id: string, @Body() body: SuperviseBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'supervise', ...body }, principal);
  }
}
