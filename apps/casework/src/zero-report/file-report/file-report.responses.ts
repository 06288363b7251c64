import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One township's daily report (零报告) as stored. */
export class ZeroReportView {
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ description: 'false：零报告（无情况）' }) hasIncidents!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: '情况摘要（统计分析人员看不到此项）' }) summary?: string | null;
  @ApiProperty({ description: '截止时间后报送（补报）' }) late!: boolean;
  @ApiProperty({ type: 'integer', description: '第几次报送（更正时递增）' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) firstFiledAt!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty() filedBy!: string;
}
