import { ApiProperty } from '@nestjs/swagger';
import { ComplainedUnit, StatisticsFigures } from '../statistics/statistics.responses.js';

/** The annual self-inspection report as JSON (annual-report.service.ts), what the .docx and .xlsx are made from. */

export class ReportPeriod {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
}

export class ReportRowByCode {
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) received!: number;
  @ApiProperty({ type: 'integer' }) closed!: number;
  @ApiProperty({ type: Number, nullable: true }) closureRate!: number | null;
}

export class ReportRowByMonth {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ example: '3月' }) name!: string;
  @ApiProperty({ type: 'integer' }) received!: number;
  @ApiProperty({ type: 'integer' }) closed!: number;
  @ApiProperty({ type: Number, nullable: true }) closureRate!: number | null;
}

export class ReportZeroReports {
  @ApiProperty({ type: 'integer', description: '漏报天数' }) missing!: number;
  @ApiProperty({ type: 'integer', description: '补报天数' }) late!: number;
  @ApiProperty({ type: 'integer', description: '已报天数' }) filed!: number;
}

export class ReportSection {
  @ApiProperty({ example: '一、基本情况' }) heading!: string;
  @ApiProperty({ type: String, nullable: true, description: '基本情况按数据写好；其余各节留待填写（null）' }) text!: string | null;
}

export class AnnualReportResponse {
  @ApiProperty({ example: '清水镇2026年度信访工作自查报告' }) title!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: ['township', 'county'] }) level!: string;
  @ApiProperty({ type: String, nullable: true }) townshipCode!: string | null;
  @ApiProperty({ example: '清水镇' }) placeName!: string;
  @ApiProperty({ example: '清溪县' }) countyName!: string;
  @ApiProperty({ type: ReportPeriod }) period!: ReportPeriod;
  @ApiProperty({ type: StatisticsFigures }) figures!: StatisticsFigures;
  @ApiProperty({ type: [ReportRowByCode] }) byChannel!: ReportRowByCode[];
  @ApiProperty({ type: [ReportRowByCode] }) byCategory!: ReportRowByCode[];
  @ApiProperty({ type: [ReportRowByMonth] }) byMonth!: ReportRowByMonth[];
  @ApiProperty({ type: [ReportRowByCode] }) byUnit!: ReportRowByCode[];
  @ApiProperty({ type: [ComplainedUnit] }) complainedUnits!: ComplainedUnit[];
  @ApiProperty({ type: ReportZeroReports }) zeroReports!: ReportZeroReports;
  @ApiProperty({ type: [ReportSection] }) sections!: ReportSection[];
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
}
