import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { CLOSED } from '../projections/domain/figures.js';
import { currentNames } from '../projections/generation-sql.js';
import { sendFile, XLSX } from '../reports/annual-report.controller.js';
import { DirectoryNames } from '../statistics/directory.js';
import { parsePeriod } from '../statistics/domain/period.js';
import { resolveScope } from '../statistics/scope.js';
import { EXPORT_HEADER, exportCells, toCsv, type ExportRow } from './case-export.js';
import { ExportByIdsBody, exportConditionsSql, ExportQuery, MAX_EXPORT_IDS, type ExportConditions } from './export-filter.js';

const MAX_ROWS = 200_000;

@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryNames,
  ) {}

  @Get('cases')
  @ApiOperation({ summary: '案件清单导出（CSV 或 XLSX），不含任何个人信息', description: `按收到时间排序，至多 ${MAX_ROWS} 行。` })
  @ApiProduces('text/csv', XLSX)
  @ApiOkResponse({ description: '案件清单文件（CSV 为 UTF-8）', content: { 'text/csv': { schema: { type: 'string' } }, [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrors(400, 403)
  async cases(@Query() query: ExportQuery, @CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    const { format, townshipCode, villageCode, from, to, ...conditions } = query;
    return this.send(reply, principal, { townshipCode, villageCode, from, to }, conditions, format);
  }

  @Post('cases')
  @HttpCode(200)
  @ApiOperation({
    summary: '按信访件编号导出案件清单（CSV 或 XLSX），不含任何个人信息',
    description: `控制台的信访件列表含全文检索、期限等报表服务无法筛选的条件时，按列表中的信访件编号导出（至多 ${MAX_EXPORT_IDS} 件；权限范围外的不导出）。`,
  })
  @ApiProduces('text/csv', XLSX)
  @ApiOkResponse({ description: '案件清单文件（CSV 为 UTF-8）', content: { 'text/csv': { schema: { type: 'string' } }, [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrors(400, 403)
  async casesByIds(@Body() body: ExportByIdsBody, @CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    return this.send(reply, principal, {}, { petitionIds: body.petitionIds }, body.format);
  }

  /** The rows in the caller's scope, the place and period, and the list's other conditions; as CSV or XLSX. */
  private async send(
    reply: FastifyReply,
    principal: Principal,
    place: { townshipCode?: string; villageCode?: string; from?: string; to?: string },
    conditions: ExportConditions,
    format: 'csv' | 'xlsx' = 'csv',
  ): Promise<void> {
    const names = await this.directory.load();
    const filter = resolveScope(principal, place, names);
    const period = parsePeriod(place.from, place.to);
    const t = currentNames;
    const hc = (col: string) => `CASE WHEN oc.case_id IS NOT NULL THEN oc.${col} ELSE lc.${col} END`;
    const params: unknown[] = [filter.townshipCode, filter.villageCode, period.from?.toISOString() ?? null, period.to?.toISOString() ?? null, filter.hiddenAccusedUnits];
    const where = exportConditionsSql(conditions, params);
    const rows: ExportRow[] = await this.dataSource.query(
      `SELECT r.* FROM (
       SELECT p.petition_id, coalesce(oc.case_id, lc.case_id) AS case_id, p.township_code, p.village_code, p.channel, p.category_code, p.received_at,
              p.registered_at_level, p.collective, p.repeat OR coalesce(p.linked_as = 'repeat', false) AS repeat,
              p.skip_level OR coalesce(p.linked_as = 'skip-level', false) AS skip_level, p.is_accusation, p.long_standing,
              coalesce(${hc('decision_unit_code')}, ${hc('reply_unit_code')}, ${hc('last_routed_unit_code')}) AS unit_code,
              CASE
                WHEN CASE WHEN oc.case_id IS NOT NULL THEN ${CLOSED('oc')} ELSE ${CLOSED('lc')} END THEN 'closed'
                WHEN ${hc('last_review_requested_at')} IS NOT NULL AND ${hc('last_review_requested_at')} > coalesce(${hc('last_review_decided_at')}, '-infinity') THEN 'review'
                WHEN ${hc('replied_at')} IS NOT NULL THEN 'replied'
                WHEN p.refused_at IS NOT NULL OR ${hc('refused_as_repeat_at')} IS NOT NULL THEN 'refused'
                WHEN ${hc('decision')} = 'rejected' THEN 'rejected'
                WHEN ${hc('decision')} = 'accepted' THEN 'accepted'
                WHEN ${hc('last_routed_at')} IS NOT NULL THEN 'routed'
                ELSE 'registered' END AS status,
              oc.acceptance_timely, oc.reply_on_time, ${hc('replied_at')} AS replied_at,
              CASE WHEN CASE WHEN oc.case_id IS NOT NULL THEN ${CLOSED('oc')} ELSE ${CLOSED('lc')} END THEN ${hc('last_closed_at')} END AS closed_at,
              p.rating
       FROM ${t('petition_fact')} p
       LEFT JOIN ${t('case_fact')} oc ON oc.petition_id = p.petition_id
       LEFT JOIN ${t('case_fact')} lc ON oc.case_id IS NULL AND lc.case_id = p.linked_case_id
       WHERE p.reg_stamp IS NOT NULL
         AND ($1::char(12) IS NULL OR p.township_code = $1) AND ($2::char(12) IS NULL OR p.village_code = $2)
         AND ($3::timestamptz IS NULL OR p.received_at >= $3) AND ($4::timestamptz IS NULL OR p.received_at < $4)
         AND NOT (p.is_accusation AND p.accused_unit_code = ANY($5::text[]))
       ) r
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY r.received_at, r.petition_id
       LIMIT ${MAX_ROWS}`,
      params,
    );
    const cells = rows.map((r) => exportCells({ ...r, township_code: String(r.township_code).trim(), village_code: r.village_code?.trim() ?? null }, names));
    const fileName = `${filter.townshipCode ? names.township(filter.townshipCode) : names.countyName}信访案件清单`;
    if (format === 'xlsx') {
      const data = [EXPORT_HEADER.map((value) => ({ value, fontWeight: 'bold' as const })), ...cells.map((r) => r.map((value) => ({ value })))];
      // loaded at the first download, not at start (some 11 MB)
      const { default: writeXlsxFile } = await import('write-excel-file/node');
      return sendFile(reply, XLSX, `${fileName}.xlsx`, await writeXlsxFile(data, { sheet: '案件清单', stickyRowsCount: 1 }).toBuffer());
    }
    return sendFile(reply, 'text/csv; charset=utf-8', `${fileName}.csv`, toCsv([EXPORT_HEADER, ...cells]));
  }
}
