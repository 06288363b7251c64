import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors, InputValidationException } from '#platform';
import { CalendarDayView } from './calendar.responses.js';
import { CalendarService } from './calendar.service.js';

export class CalendarYearResponse {
  @ApiProperty({ type: 'integer', example: 2027 }) year!: number;
  @ApiProperty({ description: 'true：该年度国务院办公厅放假安排尚未录入，期限只按周末计算（节假日未计入）' }) provisional!: boolean;
  @ApiProperty({ type: [CalendarDayView] }) days!: CalendarDayView[];
}

const YEAR = new ParseIntPipe({ exceptionFactory: () => new InputValidationException([{ field: 'year', rule: 'isInt', message: '必须是年份，例如 2027' }]) });

/**
 * One year of the working-day calendar (api.md: `GET /api/calendar/:year`), and whether its
 * official notice has been entered: a year with no entered holidays and adjusted working days
 * is provisional — its deadlines count weekends only — so the console can warn the county.
 */
@ApiTags('county settings')
@ApiBearerAuth()
@Controller('api/calendar')
export class CalendarYearController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @ApiOperation({ summary: '某一年的节假日与调休上班日，及是否已录入当年放假安排（provisional）' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiErrors(400)
  async year(@Param('year', YEAR) year: number): Promise<CalendarYearResponse> {
    if (year < 2000 || year > 2100) throw new InputValidationException([{ field: 'year', rule: 'range', message: '年份须在 2000 至 2100 之间' }]);
    const days = await this.calendar.overrides(year);
    return { year, provisional: days.length === 0, days };
  }
}
