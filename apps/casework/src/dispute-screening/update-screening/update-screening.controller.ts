import { Body, Controller, NotFoundException, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DISPUTE_OUTCOMES, type DisputeOutcome } from '#contracts';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { DisputeScreenings } from '../dispute-screenings.service.js';
import { OUTCOME_DESCRIPTION } from '../record-screening/record-screening.controller.js';
import { ScreeningView } from '../query-screenings/query-screenings.responses.js';

export class UpdateScreeningBody {
  @ApiPropertyOptional({ enum: DISPUTE_OUTCOMES, description: OUTCOME_DESCRIPTION }) @IsOptional() @IsIn(DISPUTE_OUTCOMES) outcome?: DisputeOutcome;
  @ApiPropertyOptional({ description: '易激化' }) @IsOptional() @IsBoolean() easilyEscalating?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) measures?: string;
}

export const disputeIdPipe = () => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这条排查登记') });

/** Follow-up on a screened dispute: its outcome (e.g. resolved), its easily-escalating flag, the measures taken. */
@ApiTags('dispute screening')
@ApiBearerAuth()
@Controller('api/dispute-screenings')
export class UpdateScreeningController {
  constructor(private readonly screenings: DisputeScreenings) {}

  @Patch(':id')
  @Roles('county-admin', 'township-officer', 'liaison')
  @ApiOperation({ summary: '更新化解情况（县信访局、本乡镇信访专干，或登记该纠纷的村信访联络员）' })
  @ApiOkResponse({ type: ScreeningView })
  @ApiErrors(400, 403, 404, 409, 422)
  update(@Param('id', disputeIdPipe()) id: string, @Body() body: UpdateScreeningBody, @CurrentPrincipal() principal: Principal) {
    return this.screenings.update(id, body, principal);
  }
}
