import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { InputValidationException, Roles, ApiErrors } from '#platform';
import { CaseStore } from '../cases/case-store.js';
import { CalendarService } from './calendar.service.js';
import { CalendarDaysResponse, CalendarYearReplacedResponse } from './calendar.responses.js';

export class CalendarQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class CalendarDayInput {
  @ApiProperty({ example: '2027-02-06' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '必须是日期，例如 2027-02-06' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'workday'], description: 'holiday 法定节假日；workday 调休上班日' }) @IsIn(['holiday', 'workday']) kind!: 'holiday' | 'workday';
  @ApiProperty({ example: '春节' }) @IsString() @IsNotEmpty() @MaxLength(50) name!: string;
}

export class CalendarBody {
  @ApiProperty({ type: [CalendarDayInput] }) @IsArray() @ArrayMaxSize(366) @ValidateNested({ each: true }) @Type(() => CalendarDayInput) days!: CalendarDayInput[];
}

/** The working-day calendar (holidays and 调休), kept as data: the county enters each year's schedule. */
@ApiTags('county settings')
@ApiBearerAuth()
@Controller('api/calendar')
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly cases: CaseStore,
  ) {}

  @Get()
  @ApiOperation({ summary: '节假日与调休上班日' })
  @ApiOkResponse({ type: CalendarDaysResponse })
  @ApiErrors(400)
  async list(@Query() query: CalendarQuery) {
    return { days: await this.calendar.overrides(query.year) };
  }

  @Put(':year')
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '替换某一年的节假日与调休安排，并重算在办案件的期限' })
  @ApiOkResponse({ type: CalendarYearReplacedResponse })
  @ApiErrors(400, 403)
  async replace(@Param('year', new ParseIntPipe({ exceptionFactory: () => new InputValidationException([{ field: 'year', rule: 'isInt', message: '必须是年份，例如 2027' }]) })) year: number, @Body() body: CalendarBody) {
    const wrongYear = body.days.map((d, i) => ({ d, i })).filter(({ d }) => !d.date.startsWith(`${year}-`));
    if (wrongYear.length) throw new InputValidationException(wrongYear.map(({ i }) => ({ field: `days[${i}].date`, rule: 'inYear', message: `日期不在 ${year} 年内` })));
    await this.calendar.replaceYear(year, body.days);
    const recomputed = await this.cases.recomputeOpenClocks();
    return { year, days: await this.calendar.overrides(year), recomputedCases: recomputed };
  }
}
