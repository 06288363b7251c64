import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, townshipScope, type Principal } from '#platform';

class CaseListQuery {
  @IsOptional() @IsUUID() petitionId?: string;
  @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @IsOptional() @IsIn(['registered']) status?: string;
}

interface CaseRecord {
  id: string;
  petition_id: string;
  township_code: string;
  village_code: string | null;
  channel: string;
  category_code: string;
  status: string;
  received_at: Date;
  route_by: Date;
  opened_at: Date;
}

const toJson = (c: CaseRecord) => ({
  id: c.id,
  petitionId: c.petition_id,
  townshipCode: c.township_code,
  villageCode: c.village_code,
  channel: c.channel,
  categoryCode: c.category_code,
  status: c.status,
  receivedAt: c.received_at.toISOString(),
  openedAt: c.opened_at.toISOString(),
  deadlines: { routeBy: c.route_by.toISOString() },
});

/**
 * Scope on every query: a township's staff see only its cases; nobody in the accused unit ever
 * sees an accusation against it.
 */
function scopeClause(principal: Principal, params: unknown[]): string {
  const clauses: string[] = [];
  const township = townshipScope(principal);
  if (township) {
    params.push(township);
    clauses.push(`township_code = $${params.length}`);
  }
  if (principal.unitCode) {
    params.push(principal.unitCode);
    clauses.push(`NOT (is_accusation AND accused_unit_code IS NOT DISTINCT FROM $${params.length})`);
  }
  return clauses.length ? clauses.join(' AND ') : 'TRUE';
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class QueryCasesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: '案件列表（按权限范围）' })
  async list(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal) {
    const params: unknown[] = [];
    const where = [scopeClause(principal, params)];
    for (const [column, value] of [['petition_id', query.petitionId], ['township_code', query.townshipCode], ['status', query.status]] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const rows: CaseRecord[] = await this.dataSource.query(`SELECT * FROM casework."case" WHERE ${where.join(' AND ')} ORDER BY received_at DESC LIMIT 500`, params);
    return { items: rows.map(toJson) };
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情' })
  async detail(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这个案件') })) id: string, @CurrentPrincipal() principal: Principal) {
    const params: unknown[] = [id];
    const [row]: CaseRecord[] = await this.dataSource.query(`SELECT * FROM casework."case" WHERE id = $1 AND ${scopeClause(principal, params)}`, params);
    if (!row) throw new NotFoundException('没有这个案件');
    return toJson(row);
  }
}
