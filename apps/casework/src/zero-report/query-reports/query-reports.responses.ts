import { ApiProperty } from '@nestjs/swagger';
import { ZeroReportView } from '../file-report/file-report.responses.js';
import { SensitivePeriodView } from '../manage-periods/manage-periods.responses.js';

export class TownshipReportOfDay {
  @ApiProperty() townshipCode!: string;
  @ApiProperty() townshipName!: string;
  @ApiProperty({ enum: ['filed', 'missing', 'pending', 'not-required'], description: 'filed 已报；missing 截止时间已过未报；pending 未到截止时间；not-required 当天无需报送' }) status!: string;
  @ApiProperty({ type: ZeroReportView, nullable: true }) report!: ZeroReportView | null;
}

export class ReportDayCounts {
  @ApiProperty({ type: 'integer' }) townships!: number;
  @ApiProperty({ type: 'integer' }) filed!: number;
  @ApiProperty({ type: 'integer' }) zero!: number;
  @ApiProperty({ type: 'integer' }) withIncidents!: number;
  @ApiProperty({ type: 'integer' }) late!: number;
  @ApiProperty({ type: 'integer' }) missing!: number;
  @ApiProperty({ type: 'integer' }) pending!: number;
  @ApiProperty({ type: 'integer' }) notRequired!: number;
}

export class ReportDayResponse {
  @ApiProperty({ type: SensitivePeriodView }) period!: SensitivePeriodView;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ description: '当天是报送日' }) reportDay!: boolean;
  @ApiProperty({ description: '当天的报告已到期应报' }) owed!: boolean;
  @ApiProperty({ format: 'date-time' }) deadlineAt!: string;
  @ApiProperty({ type: ReportDayCounts }) counts!: ReportDayCounts;
  @ApiProperty({ type: [TownshipReportOfDay] }) townships!: TownshipReportOfDay[];
}

export class FiledReport extends ZeroReportView {
  @ApiProperty() townshipName!: string;
  @ApiProperty({ description: '所属敏感时期的名称' }) periodName!: string;
}

export class FiledReportsResponse {
  @ApiProperty({ type: [FiledReport] }) items!: FiledReport[];
}
