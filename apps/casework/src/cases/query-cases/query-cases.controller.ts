import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { caseIdPipe } from '../case-id.pipe.js';
import { caseScope } from '../case-scope.js';
import { CaseViews } from '../case-views.js';
import type { CaseState } from '../domain/case-state.js';
import { CasePageResponse, CaseDetailResponse } from './query-cases.responses.js';

const STATUSES = ['registered', 'transferred', 'assigned', 'accepted', 'rejected', 'refused', 'replied', 'review', 'reviewed', 're-review', 'closed'] as const;

export class CaseListQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() petitionId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '有已届满而未完成的期限' }) @IsOptional() @IsIn(['true', 'false']) overdue?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) handlingUnitCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

/** Case list and detail within the caller's scope, with deadlines; the detail adds the timeline and routing proposal. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class QueryCasesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: CaseViews,
  ) {}

  @Get()
  @ApiOperation({ summary: '案件列表（按权限范围）' })
  @ApiOkResponse({ type: CasePageResponse })
  @ApiErrors(400)
  async list(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal) {
    const params: unknown[] = [];
    const where = [caseScope(principal, params)];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.petitionId) add((n) => `(c.petition_id = ${n} OR c.state -> 'linkedPetitionIds' ? ${n}::text)`, query.petitionId);
    if (query.townshipCode) add((n) => `c.township_code = ${n}`, query.townshipCode);
    if (query.status) add((n) => `c.status = ${n}`, query.status);
    if (query.handlingUnitCode) add((n) => `c.handling_unit_code = ${n}`, query.handlingUnitCode);
    if (query.ownerId) add((n) => `c.owner_id = ${n}`, query.ownerId);
    if (query.overdue) {
      where.push(`${query.overdue === 'true' ? '' : 'NOT '}EXISTS (SELECT 1 FROM casework.deadline d WHERE d.case_id = c.id AND d.active AND d.obligation AND d.due_at < now())`);
    }
    const pageSize = query.pageSize ?? 50;
    const page = query.page ?? 1;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM casework."case" c WHERE ${where.join(' AND ')}`, params);
    const rows: { state: CaseState }[] = await this.dataSource.query(
      `SELECT c.state FROM casework."case" c WHERE ${where.join(' AND ')} ORDER BY c.received_at DESC, c.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { total, page, pageSize, items: await Promise.all(rows.map((r) => this.views.summary(r.state))) };
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情：状态、期限、流程记录' })
  @ApiOkResponse({ type: CaseDetailResponse })
  @ApiErrors(404)
  async detail(@Param('id', caseIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    const view = await this.views.one(id, principal);
    if (!view) throw new NotFoundException('没有这个案件');
    return view;
  }
}
