import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { DIVISION_CODE } from '#contracts';
import { canSeeTownship, CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { ZeroReports } from '../zero-reports.service.js';
import { FiledReportsResponse, ReportDayResponse } from './query-reports.responses.js';

export class ReportDayQuery {
  @ApiPropertyOptional({ description: '敏感时期；省略时取包含 date 的敏感时期' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ example: '2026-02-16', description: '省略时为今天（限于敏感时期内）' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '必须是日期，例如 2026-02-16' }) date?: string;
}

export class FiledReportsQuery {
  @ApiPropertyOptional({ description: '敏感时期；省略时为所有敏感时期' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ example: '430599101000', description: '乡镇；乡镇用户只能是本乡镇' }) @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
}

/** Who has reported for a day and who has not; and the reports a township has filed. */
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

  @Get('filed')
  @Roles('county-admin', 'township-officer', 'leader', 'analyst')
  @ApiOperation({
    summary: '已报送的每日报告（最近的在前，至多 400 份）',
    description: '乡镇用户只看本乡镇；revision 大于 1 表示报送后又更正过；统计分析人员不看摘要。',
  })
  @ApiOkResponse({ type: FiledReportsResponse })
  @ApiErrors(400, 403)
  filed(@Query() query: FiledReportsQuery, @CurrentPrincipal() principal: Principal) {
    if (query.townshipCode && !canSeeTownship(principal, query.townshipCode)) throw new ForbiddenException('只能查看本乡镇的每日报告');
    return this.reports.filed(query, principal);
  }
}
