import { Body, Controller, ForbiddenException, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DIVISION_CODE } from '#contracts';
import { canSeeTownship, CurrentPrincipal, InputValidationException, Roles, type Principal, ApiErrors } from '#platform';
import { CalendarService } from '../calendar/calendar.service.js';
import { DutyRosterService } from './duty-roster.service.js';
import { monthDays, rosterProblems } from './roster-rules.js';
import { DutyLeadersResponse, DutyRosterResponse } from './duty-roster.responses.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class RosterQuery {
  @ApiProperty() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode!: string;
  @ApiProperty({ example: '2026-03' }) @Matches(MONTH, { message: '必须是月份，例如 2026-03' }) month!: string;
}

export class LeadersQuery {
  @ApiProperty() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode!: string;
}

export class DutyDayInput {
  @ApiProperty({ example: '2026-03-02' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '必须是日期，例如 2026-03-02' }) date!: string;
  @ApiProperty({ example: 'leader-qingshui-01' }) @IsString() @IsNotEmpty() @MaxLength(100) leaderId!: string;
  @ApiProperty({ example: '张镇长' }) @IsString() @IsNotEmpty() @MaxLength(50) leaderName!: string;
}

export class RosterBody extends RosterQuery {
  @ApiProperty({ type: [DutyDayInput] }) @IsArray() @ArrayMaxSize(31) @ValidateNested({ each: true }) @Type(() => DutyDayInput) days!: DutyDayInput[];
}

@ApiTags('duty roster')
@ApiBearerAuth()
@Controller('api/duty-roster')
export class DutyRosterController {
  constructor(
    private readonly roster: DutyRosterService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  @ApiOperation({ summary: '领导接访排班（按乡镇、按月），该月每一天是否工作日（节假日、调休），并列出未排班的工作日' })
  @ApiOkResponse({ type: DutyRosterResponse })
  @ApiErrors(400, 403)
  async get(@Query() query: RosterQuery, @CurrentPrincipal() principal: Principal) {
    if (!canSeeTownship(principal, query.townshipCode)) throw new ForbiddenException('只能查看本乡镇的排班');
    const days = await this.roster.month(query.townshipCode, query.month);
    const calendar = await this.calendar.current();
    const covered = new Set(days.map((d) => d.date));
    const month = monthDays(query.month, calendar);
    const unassigned = month.filter((d) => d.working && !covered.has(d.date)).map((d) => d.date);
    return { townshipCode: query.townshipCode, month: query.month, days, unassignedWorkingDays: unassigned, calendar: month };
  }

  @Get('leaders')
  @ApiOperation({
    summary: '可排班的接访领导：本乡镇排班表中出现过的领导（与今日接访同一来源）',
    description: '排班表记录领导的标识与称谓；新领导第一次排班时由县信访局录入其标识与称谓。',
  })
  @ApiOkResponse({ type: DutyLeadersResponse })
  @ApiErrors(400, 403)
  async leaders(@Query() query: LeadersQuery, @CurrentPrincipal() principal: Principal) {
    if (!canSeeTownship(principal, query.townshipCode)) throw new ForbiddenException('只能查看本乡镇的排班');
    return { townshipCode: query.townshipCode, items: await this.roster.leaders(query.townshipCode) };
  }

  @Put()
  @HttpCode(200)
  // the county bureau arranges every township's reception duty (issue 11: 'edited by the county'); townships read it
  @Roles('county-admin')
  @ApiOperation({ summary: '编排一个月的领导接访（整月替换；县信访局编排）' })
  @ApiOkResponse({ type: DutyRosterResponse })
  @ApiErrors(400, 403)
  async put(@Body() body: RosterBody, @CurrentPrincipal() principal: Principal) {
    if (!canSeeTownship(principal, body.townshipCode)) throw new ForbiddenException('只能编排本乡镇的接访');
    const problems = rosterProblems(body.month, body.days, await this.calendar.current());
    if (problems.length) throw new InputValidationException(problems);
    await this.roster.replaceMonth(body.townshipCode, body.month, body.days);
    return this.get(body, principal);
  }
}
