import { ApiProperty } from '@nestjs/swagger';
import { REPORT_DAY_RULES } from '#contracts';

/** 敏感时期 as answered by every period operation (sensitive-periods.service.ts). */
export class SensitivePeriodView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '全国两会期间' }) name!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date', description: '最后一个报送日：to，或提前结束的那天' }) lastReportDay!: string;
  @ApiProperty({ enum: REPORT_DAY_RULES, description: 'every-day 每天；working-days 仅工作日' }) reportDays!: string;
  @ApiProperty({ example: '17:00', description: '每天的报送截止时间（北京时间）' }) deadline!: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'ended', 'closed'], description: 'upcoming 未开始；open 进行中；ended 已结束；closed 已提前结束' }) status!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty() openedBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedBy!: string | null;
}

export class SensitivePeriodListResponse {
  @ApiProperty({ type: [SensitivePeriodView] }) items!: SensitivePeriodView[];
}

export class TownshipReportProgress {
  @ApiProperty() townshipCode!: string;
  @ApiProperty() townshipName!: string;
  @ApiProperty({ type: 'integer', description: '已报天数' }) filed!: number;
  @ApiProperty({ type: 'integer', description: '零报告天数' }) zero!: number;
  @ApiProperty({ type: 'integer', description: '有情况的天数' }) withIncidents!: number;
  @ApiProperty({ type: 'integer', description: '补报天数' }) late!: number;
  @ApiProperty({ type: 'integer', description: '漏报天数' }) missing!: number;
  @ApiProperty({ type: [String], format: 'date' }) missingDays!: string[];
}

export class SensitivePeriodProgressResponse extends SensitivePeriodView {
  @ApiProperty({ type: 'integer', description: '截至目前应报的天数' }) daysDue!: number;
  @ApiProperty({ type: [TownshipReportProgress] }) townships!: TownshipReportProgress[];
}
