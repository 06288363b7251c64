import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

/** 领导包案: the calling leader becomes the case's owner to its end. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class TakeOwnershipController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('take-ownership')
  @HttpCode(200)
  @ApiOperation({ summary: '领导包案（调用者本人）' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(403, 404, 409, 422)
  takeOwnership(@Param('id', caseIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'take-ownership' }, principal);
  }
}
