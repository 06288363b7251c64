import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { ZeroReports } from '../zero-reports.service.js';
import { ZeroReportView } from './file-report.responses.js';

export class FileReportBody {
  @ApiProperty({ example: '430599101000' }) @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode!: string;
  @ApiProperty({ example: '2026-02-16', description: '报告的日期（当天或之前，须在敏感时期内）' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '必须是日期，例如 2026-02-16' }) date!: string;
  @ApiProperty({ description: 'false：无信访情况（零报告，也是有效报告）' }) @IsBoolean() hasIncidents!: boolean;
  @ApiPropertyOptional({ description: '情况摘要；有信访情况时必填', example: '石桥村 6 名村民反映征地补偿问题，已由镇包村干部现场接待，情绪稳定。' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;
}

/** 零报告: a township's officer or leader files the day's report; filing again for the same day corrects it. */
@ApiTags('zero reports')
@ApiBearerAuth()
@Controller('api/zero-reports')
export class FileReportController {
  constructor(private readonly reports: ZeroReports) {}

  @Post()
  @Roles('township-officer', 'leader')
  @ApiOperation({
    summary: '报送每日报告（乡镇信访专干或乡镇领导，只能报本乡镇）',
    description: '每个乡镇每天一份；同一天再次报送即更正（保留每次报送记录）。截止时间后报送记为补报（late）。不能提前报送，也不能报送敏感时期以外的日期。',
  })
  @ApiResponse({ status: 201, description: '首次报送', type: ZeroReportView })
  @ApiResponse({ status: 200, description: '更正已报送的报告', type: ZeroReportView })
  @ApiErrors(400, 403, 409, 422)
  async file(@Body() body: FileReportBody, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const { created, report } = await this.reports.file(body, principal);
    reply.status(created ? 201 : 200);
    return report;
  }
}
