import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { DirectoryNames } from './directory.js';
import { parsePeriod } from './domain/period.js';
import { resolveScope } from './scope.js';
import { BREAKDOWNS, StatisticsService, type BreakdownBy } from './statistics.service.js';
import { BreakdownResponse, ComplainedUnitsResponse, StatisticsSummaryResponse } from './statistics.responses.js';

export class StatsQuery {
  @ApiPropertyOptional({ description: '乡镇 12 位区划代码；不填为全县（乡镇账号只能是本乡镇）' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' })
  townshipCode?: string;

  @ApiPropertyOptional({ description: '村（社区）12 位区划代码' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' })
  villageCode?: string;

  @ApiPropertyOptional({ description: '起（含）。ISO 时间；只写日期时为北京时间当日零时', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: '止（不含）。ISO 时间；只写日期时含当日全天', example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class BreakdownQuery extends StatsQuery {
  @ApiProperty({ enum: Object.keys(BREAKDOWNS), description: '按渠道、事项类别、承办单位、月份、村（社区）或乡镇分列' })
  @IsIn(Object.keys(BREAKDOWNS))
  by!: BreakdownBy;
}

export class UnitsQuery extends StatsQuery {
  @ApiPropertyOptional({ default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

const period = (q: StatsQuery) => ({ from: q.from ?? null, to: q.to ?? null });

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/stats')
export class StatisticsController {
  constructor(
    private readonly stats: StatisticsService,
    private readonly directory: DirectoryNames,
  ) {}

  /** Figures of the petitions received in the period (closed: those of them closed by now). */
  @Get('summary')
  @ApiOperation({
    summary: '信访统计概要（全县、乡镇或村，任意时段）',
    description:
      '所述时段内收到的信访件的数字；closed 为其中截至目前已办结的。比率为 0..1 的小数，无可计数时为 null。satisfactionRate（满意率）按满意＋基本满意计，strictSatisfactionRate 只计满意。',
  })
  @ApiOkResponse({ type: StatisticsSummaryResponse })
  @ApiErrors(400, 403)
  async summary(@Query() query: StatsQuery, @CurrentPrincipal() principal: Principal) {
    const names = await this.directory.load();
    const filter = resolveScope(principal, query, names);
    const summary = await this.stats.summary(filter, parsePeriod(query.from, query.to));
    return { townshipCode: filter.townshipCode, villageCode: filter.villageCode, ...period(query), ...summary };
  }

  @Get('breakdown')
  @ApiOperation({ summary: '分列统计：按渠道、事项类别、承办单位、月份、村（社区）或乡镇' })
  @ApiOkResponse({ type: BreakdownResponse })
  @ApiErrors(400, 403)
  async breakdown(@Query() query: BreakdownQuery, @CurrentPrincipal() principal: Principal) {
    const names = await this.directory.load();
    const filter = resolveScope(principal, query, names);
    const items = await this.stats.breakdown(filter, parsePeriod(query.from, query.to), query.by, names);
    return { townshipCode: filter.townshipCode, villageCode: filter.villageCode, ...period(query), by: query.by, items };
  }

  @Get('complained-units')
  @ApiOperation({ summary: '被反映较多的单位：转送、交办或承办的信访件数，及被检举控告件数' })
  @ApiOkResponse({ type: ComplainedUnitsResponse })
  @ApiErrors(400, 403)
  async complainedUnits(@Query() query: UnitsQuery, @CurrentPrincipal() principal: Principal) {
    const names = await this.directory.load();
    const filter = resolveScope(principal, query, names);
    const items = await this.stats.complainedUnits(filter, parsePeriod(query.from, query.to), names, query.limit ?? 10);
    return { townshipCode: filter.townshipCode, villageCode: filter.villageCode, ...period(query), items };
  }
}
