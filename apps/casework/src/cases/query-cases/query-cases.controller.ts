import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors, now } from '#platform';
import { caseIdPipe } from '../case-id.pipe.js';
import { caseScope } from '../case-scope.js';
import { CaseViews } from '../case-views.js';
import type { CaseState } from '../domain/case-state.js';
import { CasePageResponse, CaseDetailResponse } from './query-cases.responses.js';
import { SUPERVISION_STATES } from '../supervise-case/supervision.js';
import { SUPERVISION_JOIN, supervisionStateSql, supervisionsOf } from '../supervise-case/supervision-sql.js';
import { AWAITING_OWNER, OPEN } from '../work-queue/work-queue.js';

const SUPERVISION_LIST = new RegExp(`^(${SUPERVISION_STATES.join('|')})(,(${SUPERVISION_STATES.join('|')}))*$`);

const STATUSES = ['registered', 'transferred', 'assigned', 'accepted', 'rejected', 'refused', 'replied', 'review', 'reviewed', 're-review', 'closed'] as const;

export class CaseListQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() petitionId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '有已届满而未完成的期限' }) @IsOptional() @IsIn(['true', 'false']) overdue?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) handlingUnitCode?: string;
  @ApiPropertyOptional({ description: '包案领导；me 表示调用者本人' }) @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '待领导包案：集体访、重复访、越级访、信访老户的案件，尚未受理且无领导包案' }) @IsOptional() @IsIn(['true', 'false']) awaitingOwner?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '仍在办理（登记、转送、交办、受理、复查、复核中）' }) @IsOptional() @IsIn(['true', 'false']) open?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '曾被督办；为 true 时按督办办理情况排序：未办结的期限近的在前' }) @IsOptional() @IsIn(['true', 'false']) supervised?: string;
  @ApiPropertyOptional({
    description: '最近一次督办的办理情况，可多选（逗号分隔）：open 督办中未到期，overdue 超期未办结，fulfilled 按期办结，late 逾期办结',
    example: 'open,overdue',
  })
  @IsOptional()
  @Matches(SUPERVISION_LIST, { message: `必须是 ${SUPERVISION_STATES.join('、')} 中的一项或多项，逗号分隔` })
  supervision?: string;
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
    if (query.ownerId) add((n) => `c.owner_id = ${n}`, query.ownerId === 'me' ? principal.id : query.ownerId);
    if (query.awaitingOwner) where.push(query.awaitingOwner === 'true' ? `(${AWAITING_OWNER})` : `NOT (${AWAITING_OWNER})`);
    if (query.open) where.push(`${query.open === 'true' ? '' : 'NOT '}(c.status = ANY(${OPEN}))`);
    if (query.overdue) {
      where.push(`${query.overdue === 'true' ? '' : 'NOT '}EXISTS (SELECT 1 FROM casework.deadline d WHERE d.case_id = c.id AND d.active AND d.obligation AND d.due_at < now())`);
    }
    // the supervision, from the case history, only when asked about: the plain list needs no join
    const bySupervision = query.supervised !== undefined || query.supervision !== undefined;
    const at = now();
    if (bySupervision) {
      if (query.supervised) where.push(`s.version IS ${query.supervised === 'true' ? 'NOT ' : ''}NULL`);
      if (query.supervision) {
        params.push(at.toISOString());
        const state = supervisionStateSql(`$${params.length}`);
        add((n) => `(${state}) = ANY(${n}::text[])`, query.supervision.split(','));
      }
    }
    const from = `casework."case" c ${bySupervision ? SUPERVISION_JOIN : ''}`;
    const order = bySupervision && query.supervised !== 'false' ? `(s.completed_at IS NOT NULL), s.due_at, c.id` : `c.received_at DESC, c.id`;
    const pageSize = query.pageSize ?? 50;
    const page = query.page ?? 1;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}`, params);
    const rows: { state: CaseState }[] = await this.dataSource.query(
      `SELECT c.state FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const supervisions = await supervisionsOf(this.dataSource, rows.map((r) => r.state.id), at);
    const items = await Promise.all(rows.map(async (r) => ({ ...(await this.views.summary(r.state)), supervision: supervisions.get(r.state.id) ?? null })));
    return { total, page, pageSize, items };
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情：状态、期限、流程记录' })
  @ApiOkResponse({ type: CaseDetailResponse })
  @ApiErrors(404)
  async detail(@Param('id', caseIdPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    const view = await this.views.one(id, principal);
    if (!view) throw new NotFoundException('没有这个案件');
    const supervisions = await supervisionsOf(this.dataSource, [id], now());
    return { ...view, supervision: supervisions.get(id) ?? null };
  }
}
