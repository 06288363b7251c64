import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags, ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { DirectoryNames } from '../statistics/directory.js';
import { resolveScope } from '../statistics/scope.js';
import { AnnualReportService } from './annual-report.service.js';
import { AnnualReportResponse } from './annual-report.responses.js';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class AnnualReportQuery {
  @ApiPropertyOptional({ description: '乡镇 12 位区划代码；不填为全县' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' })
  townshipCode?: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ enum: ['json', 'docx', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'docx', 'xlsx'])
  format?: 'json' | 'docx' | 'xlsx';
}

/** Sends a file with a Chinese file name (RFC 5987). */
export function sendFile(reply: FastifyReply, contentType: string, fileName: string, content: Buffer | string): void {
  void reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(content);
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/reports')
export class AnnualReportController {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly directory: DirectoryNames,
  ) {}

  @Get('annual')
  @ApiOperation({
    summary: '年度信访工作自查报告（第四十一条）：乡镇或全县',
    description: 'format=json 返回数字与文字；docx 为 Word 报告（基本情况已按数据填写，主要做法、存在问题、下一步工作留待填写）；xlsx 为数字工作簿。',
  })
  @ApiProduces('application/json', DOCX, XLSX)
  @ApiExtraModels(AnnualReportResponse)
  @ApiOkResponse({ description: 'format=json 为报告的数字与文字；docx、xlsx 为文件', content: { 'application/json': { schema: { $ref: getSchemaPath(AnnualReportResponse) } }, [DOCX]: { schema: { type: 'string', format: 'binary' } }, [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrors(400, 403)
  async annual(@Query() query: AnnualReportQuery, @CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    const names = await this.directory.load();
    const filter = resolveScope(principal, { townshipCode: query.townshipCode }, names);
    const report = await this.reports.build(filter, query.year, names, new Date());
    // the document libraries (docx, write-excel-file: some 11 MB each) load at the first download, not at start
    switch (query.format ?? 'json') {
      case 'docx': {
        const { annualReportDocx } = await import('./annual-report.docx.js');
        return sendFile(reply, DOCX, `${report.title}.docx`, await annualReportDocx(report));
      }
      case 'xlsx': {
        const { annualReportXlsx } = await import('./annual-report.xlsx.js');
        return sendFile(reply, XLSX, `${report.title}.xlsx`, await annualReportXlsx(report));
      }
      default:
        void reply.header('content-type', 'application/json; charset=utf-8').send(report);
    }
  }
}
