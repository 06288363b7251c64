import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

/** 办结: close a replied, reviewed, rejected or refused case. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class CloseCaseController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('close')
  @HttpCode(200)
  @ApiOperation({ summary: '办结（承办单位或县信访局）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(403, 404, 409, 422)
  close(@Param('id', caseIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'close' }, principal);
  }
}
