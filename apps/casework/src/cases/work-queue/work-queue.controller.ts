import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiErrors, CurrentPrincipal, Roles, type Principal } from '#platform';
import { localDate } from '../domain/calendar.js';
import { workQueueOf, workQueueQuery, type WorkQueue } from './work-queue.js';
import { WorkQueueResponse } from './work-queue.responses.js';

/** The 工作台's to-do counts for the caller's scope and role, in one statement. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/work-queue')
export class WorkQueueController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('county-admin', 'township-officer', 'leader', 'department-officer')
  @ApiOperation({
    summary: '工作台待办：待转送交办、待受理（15 日告知、5 个工作日异议期）、待答复、待包案、我包案的、7 日内到期、已超期、督办中，今日接访',
    description: '按调用者的权限范围（乡镇、承办单位；检举控告不对被检举单位显示）统计，一次查询。',
  })
  @ApiOkResponse({ type: WorkQueueResponse })
  @ApiErrors(403)
  async get(@CurrentPrincipal() principal: Principal): Promise<WorkQueue> {
    const today = localDate(new Date());
    const { sql, params } = workQueueQuery(principal, today);
    const [row] = await this.dataSource.query(sql, params);
    return workQueueOf(row, principal, today);
  }
}
