import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CaseCommands } from '../case-commands.service.js';
import { caseIdPipe } from '../case-id.pipe.js';
import { CaseDetailResponse } from '../query-cases/query-cases.responses.js';

export class NoteBody {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) text!: string;
  @ApiProperty({ description: 'true：信访人凭查询码可见的办理进展；false：内部记录' }) @IsBoolean() public!: boolean;
}

/** Notes on a case: public steps the petitioner sees, or internal notes they never do. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id')
export class AddNoteController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('note')
  @HttpCode(200)
  @ApiOperation({ summary: '记录办理进展（公开）或内部意见' })
  @ApiOkResponse({ type: CaseDetailResponse, description: '执行后的案件' })
  @ApiErrors(400, 403, 404, 409, 422)
  note(@Param('id', caseIdPipe()) id: string, @Body() body: NoteBody, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(id, { type: 'note', ...body }, principal);
  }
}
