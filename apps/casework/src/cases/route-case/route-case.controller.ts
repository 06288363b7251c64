import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class TransferBody {
  @ApiProperty({ example: 'dept-natural-resources' }) @IsString() @IsNotEmpty() @MaxLength(40) unitCode!: string;
  @ApiProperty({ example: '属征地补偿事项，转县自然资源局依法处理。' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class AssignBody extends TransferBody {
  @ApiProperty({ description: '交办期限（报送办理结果）' }) @IsISO8601({ strict: true }) dueAt!: string;
}

export class ObjectBody {
  @ApiProperty({ example: '该地块属县交通运输局项目用地，补偿由项目业主负责。' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

/** 转送 / 交办 by the county, and the receiving unit's objection (退回) within 5 working days. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class RouteCaseController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('transfer')
  @HttpCode(200)
  @ApiOperation({ summary: '转送（县信访局）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  transfer(@Param('id', caseIdPipe()) id: string, @Body() body: TransferBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'transfer', ...body }, principal);
  }

  @Post('assign')
  @HttpCode(200)
  @ApiOperation({ summary: '交办，限期报结（县信访局）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  assign(@Param('id', caseIdPipe()) id: string, @Body() body: AssignBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'assign', ...body }, principal);
  }

  @Post('object')
  @HttpCode(200)
  @ApiOperation({ summary: '承办单位提出异议并退回（收到后 5 个工作日内）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  object(@Param('id', caseIdPipe()) id: string, @Body() body: ObjectBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'object', ...body }, principal);
  }
}
