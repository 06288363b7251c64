import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DISPUTE_CATEGORIES, DISPUTE_OUTCOMES, DIVISION_CODE, YEAR_MONTH, type DisputeCategory, type DisputeOutcome } from '#contracts';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { DisputeScreenings, type ScreeningFilter } from '../dispute-screenings.service.js';
import { CATEGORY_DESCRIPTION, OUTCOME_DESCRIPTION } from '../record-screening/record-screening.controller.js';
import { disputeIdPipe } from '../update-screening/update-screening.controller.js';
import { ScreeningDetailResponse, ScreeningPageResponse, ScreeningSummaryResponse } from './query-screenings.responses.js';

const MONTH_MESSAGE = '必须是月份，例如 2026-03';
const CODE_MESSAGE = '必须是 12 位统计用区划代码';

export class ScreeningSummaryQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: CODE_MESSAGE }) townshipCode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: CODE_MESSAGE }) villageCode?: string;
  @ApiPropertyOptional({ example: '2026-03' }) @IsOptional() @Matches(YEAR_MONTH, { message: MONTH_MESSAGE }) month?: string;
  @ApiPropertyOptional({ example: '2026-01', description: '起始月份（含）' }) @IsOptional() @Matches(YEAR_MONTH, { message: MONTH_MESSAGE }) from?: string;
  @ApiPropertyOptional({ example: '2026-12', description: '截止月份（含）' }) @IsOptional() @Matches(YEAR_MONTH, { message: MONTH_MESSAGE }) to?: string;
  @ApiPropertyOptional({ enum: DISPUTE_CATEGORIES, description: CATEGORY_DESCRIPTION }) @IsOptional() @IsIn(DISPUTE_CATEGORIES) category?: DisputeCategory;
}

export class ScreeningListQuery extends ScreeningSummaryQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '易激化' }) @IsOptional() @IsIn(['true', 'false']) easilyEscalating?: 'true' | 'false';
  @ApiPropertyOptional({ enum: DISPUTE_OUTCOMES, description: OUTCOME_DESCRIPTION }) @IsOptional() @IsIn(DISPUTE_OUTCOMES) outcome?: DisputeOutcome;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'false：未化解（化解中、已上报、已移交）；true：已化解' }) @IsOptional() @IsIn(['true', 'false']) resolved?: 'true' | 'false';
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

function filterOf(q: ScreeningSummaryQuery & Partial<ScreeningListQuery>): ScreeningFilter {
  return {
    townshipCode: q.townshipCode,
    villageCode: q.villageCode,
    month: q.month,
    from: q.from,
    to: q.to,
    category: q.category,
    outcome: q.outcome,
    easilyEscalating: q.easilyEscalating === undefined ? undefined : q.easilyEscalating === 'true',
    resolved: q.resolved === undefined ? undefined : q.resolved === 'true',
  };
}

/** Screening entries within the caller's township, and the figures for the county. */
@ApiTags('dispute screening')
@ApiBearerAuth()
@Controller('api/dispute-screenings')
export class QueryScreeningsController {
  constructor(private readonly screenings: DisputeScreenings) {}

  @Get()
  @Roles('county-admin', 'township-officer', 'leader', 'liaison')
  @ApiOperation({ summary: '排查登记列表（乡镇、村用户只看本乡镇）', description: '按乡镇、村、月份、易激化、化解情况（或是否已化解）、类型筛选。含当事人信息，统计分析人员请用 /summary。' })
  @ApiOkResponse({ type: ScreeningPageResponse })
  @ApiErrors(400, 403)
  list(@Query() query: ScreeningListQuery, @CurrentPrincipal() principal: Principal) {
    return this.screenings.list(filterOf(query), query.page ?? 1, query.pageSize ?? 50, principal);
  }

  @Get('summary')
  @Roles('county-admin', 'township-officer', 'leader', 'liaison', 'analyst')
  @ApiOperation({ summary: '排查统计：排查数、已化解、易激化（不含个人信息）' })
  @ApiOkResponse({ type: ScreeningSummaryResponse })
  summary(@Query() query: ScreeningSummaryQuery, @CurrentPrincipal() principal: Principal) {
    return this.screenings.summary(filterOf(query), principal);
  }

  @Get(':id')
  @Roles('county-admin', 'township-officer', 'leader', 'liaison')
  @ApiOperation({ summary: '排查登记详情与跟进记录' })
  @ApiOkResponse({ type: ScreeningDetailResponse })
  @ApiErrors(403, 404)
  detail(@Param('id', disputeIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.screenings.detail(id, principal);
  }
}
