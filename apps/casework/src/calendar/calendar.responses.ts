import { ApiProperty } from '@nestjs/swagger';

export class CalendarDayView {
  @ApiProperty({ format: 'date', example: '2027-02-06' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'workday'], description: 'holiday 法定节假日；workday 调休上班日' }) kind!: string;
  @ApiProperty({ example: '春节' }) name!: string;
}

export class CalendarDaysResponse {
  @ApiProperty({ type: [CalendarDayView] }) days!: CalendarDayView[];
}

export class CalendarYearReplacedResponse {
  @ApiProperty({ type: 'integer', example: 2027 }) year!: number;
  @ApiProperty({ type: [CalendarDayView] }) days!: CalendarDayView[];
  @ApiProperty({ type: 'integer', description: '重算了期限的在办案件数' }) recomputedCases!: number;
}
