import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { REPORT_DAY_RULES, type ReportDayRule } from '#contracts';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import type { PeriodStatus } from '../domain/zero-report-rules.js';
import { SensitivePeriods } from '../sensitive-periods.service.js';
import { ZeroReports } from '../zero-reports.service.js';
import { SensitivePeriodListResponse, SensitivePeriodProgressResponse, SensitivePeriodView } from './manage-periods.responses.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '必须是日期，例如 2026-02-14';
const STATUSES: PeriodStatus[] = ['upcoming', 'open', 'ended', 'closed'];

export class OpenPeriodBody {
  @ApiProperty({ example: '2026年春节期间' }) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiProperty({ example: '2026-02-14', description: '第一天（含）' }) @Matches(DATE, { message: DATE_MESSAGE }) from!: string;
  @ApiProperty({ example: '2026-02-24', description: '最后一天（含）' }) @Matches(DATE, { message: DATE_MESSAGE }) to!: string;
  @ApiPropertyOptional({
    enum: REPORT_DAY_RULES,
    default: 'every-day',
    description: 'every-day 每天都报（含周末、节假日，敏感时期的通常做法）；working-days 只在工作日报（按县里的节假日与调休日历）',
  })
  @IsOptional()
  @IsIn(REPORT_DAY_RULES)
  reportDays?: ReportDayRule;
}

export class PeriodListQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: 'upcoming 未开始 / open 进行中 / ended 已到期 / closed 已提前关闭' }) @IsOptional() @IsIn(STATUSES) status?: PeriodStatus;
}

const periodIdPipe = () => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这个敏感时期') });

/** 敏感时期: the county opens one (every township then reports daily), lists them, and closes one early. */
@ApiTags('zero reports')
@ApiBearerAuth()
@Controller('api/sensitive-periods')
export class ManagePeriodsController {
  constructor(
    private readonly periods: SensitivePeriods,
    private readonly reports: ZeroReports,
  ) {}

  @Post()
  @Roles('county-admin')
  @ApiOperation({
    summary: '开启敏感时期（县信访局）',
    description: '期间各乡镇每天在截止时间（默认北京时间 17:00，配置项 ZERO_REPORT_DEADLINE）前报送当日情况，无事也要报（零报告）。同一天只能属于一个敏感时期。',
  })
  @ApiCreatedResponse({ type: SensitivePeriodView })
  @ApiErrors(400, 403, 409, 422)
  open(@Body() body: OpenPeriodBody, @CurrentPrincipal() principal: Principal) {
    return this.periods.open({ name: body.name.trim(), from: body.from, to: body.to, reportDays: body.reportDays ?? 'every-day' }, principal);
  }

  @Get()
  @ApiOperation({ summary: '敏感时期列表' })
  @ApiOkResponse({ type: SensitivePeriodListResponse })
  @ApiErrors(400)
  async list(@Query() query: PeriodListQuery) {
    return { items: await this.periods.list(query.status) };
  }

  @Get(':id')
  @ApiOperation({ summary: '敏感时期详情：截至目前各乡镇应报、已报、补报、漏报的天数（乡镇用户只看本乡镇）' })
  @ApiOkResponse({ type: SensitivePeriodProgressResponse })
  @ApiErrors(404)
  detail(@Param('id', periodIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.reports.progress(id, principal);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '提前结束（或取消）敏感时期', description: '此后到期的日报不再要求；已过截止时间而未报的仍计为漏报。' })
  @ApiOkResponse({ type: SensitivePeriodView })
  @ApiErrors(403, 404, 409)
  close(@Param('id', periodIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.periods.close(id, principal);
  }
}
