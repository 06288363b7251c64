import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { ZeroReports } from '../zero-reports.service.js';
import { ReportDayResponse } from './query-reports.responses.js';

export class ReportDayQuery {
  @ApiPropertyOptional({ description: '敏感时期；省略时取包含 date 的敏感时期' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ example: '2026-02-16', description: '省略时为今天（限于敏感时期内）' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '必须是日期，例如 2026-02-16' }) date?: string;
}

/** Who has reported for a day and who has not. */
@ApiTags('zero reports')
@ApiBearerAuth()
@Controller('api/zero-reports')
export class QueryReportsController {
  constructor(private readonly reports: ZeroReports) {}

  @Get()
  @Roles('county-admin', 'township-officer', 'leader', 'analyst')
  @ApiOperation({
    summary: '某日各乡镇报送情况',
    description: 'status：filed 已报（late 表示补报）/ missing 截止时间已过未报 / pending 未到截止时间 / not-required 当天无需报送。乡镇用户只看本乡镇；统计分析人员不看摘要。',
  })
  @ApiOkResponse({ type: ReportDayResponse })
  @ApiErrors(400, 403, 404)
  day(@Query() query: ReportDayQuery, @CurrentPrincipal() principal: Principal) {
    return this.reports.day(query, principal);
  }
}
