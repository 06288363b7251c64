import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, townshipScope, type Principal } from '#platform';

class SummaryQuery {
  @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/stats')
export class SummaryController {
  constructor(private readonly dataSource: DataSource) {}

  /** Figures of the petitions received in the period, for the county or one township. */
  @Get('summary')
  @ApiOperation({ summary: '信访统计概要（县或乡镇，任意时段）' })
  async summary(@Query() query: SummaryQuery, @CurrentPrincipal() principal: Principal) {
    const scope = townshipScope(principal);
    if (scope && query.townshipCode && query.townshipCode !== scope) throw new ForbiddenException('只能查看本乡镇的统计');
    const township = query.townshipCode ?? scope;
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS received,
              count(*) FILTER (WHERE channel = 'visit')::int AS visit,
              count(*) FILTER (WHERE channel = 'letter')::int AS letter,
              count(*) FILTER (WHERE channel = 'online')::int AS online,
              count(*) FILTER (WHERE channel = 'phone')::int AS phone,
              count(*) FILTER (WHERE repeat)::int AS repeat,
              count(*) FILTER (WHERE skip_level)::int AS skip_level,
              count(*) FILTER (WHERE collective)::int AS collective
       FROM reporting.petition_fact
       WHERE ($1::char(12) IS NULL OR township_code = $1)
         AND ($2::timestamptz IS NULL OR received_at >= $2)
         AND ($3::timestamptz IS NULL OR received_at < $3)`,
      [township, query.from ?? null, query.to ?? null],
    );
    return {
      townshipCode: township,
      from: query.from ?? null,
      to: query.to ?? null,
      received: row.received,
      byChannel: { visit: row.visit, letter: row.letter, online: row.online, phone: row.phone },
      repeat: row.repeat,
      skipLevel: row.skip_level,
      collective: row.collective,
    };
  }
}
