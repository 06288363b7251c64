import { ApiProperty } from '@nestjs/swagger';

export class DutyDayView {
  @ApiProperty({ format: 'date', example: '2026-03-02' }) date!: string;
  @ApiProperty({ example: 'leader-qingshui-01' }) leaderId!: string;
  @ApiProperty({ example: '张镇长' }) leaderName!: string;
}

export class DutyRosterResponse {
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ type: [DutyDayView] }) days!: DutyDayView[];
  @ApiProperty({ type: [String], format: 'date', description: '尚未排班的工作日' }) unassignedWorkingDays!: string[];
  @ApiProperty({ type: () => [RosterCalendarDayView], description: '该月每一天：是否工作日，节假日与调休上班日的名称' }) calendar!: RosterCalendarDayView[];
}

export class RosterCalendarDayView {
  @ApiProperty({ format: 'date', example: '2026-10-01' }) date!: string;
  @ApiProperty({ description: '工作日（可安排接访）' }) working!: boolean;
  @ApiProperty({ enum: ['workday', 'adjusted', 'weekend', 'holiday'], description: 'workday 工作日，adjusted 调休上班，weekend 周末，holiday 法定节假日' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: '国庆节' }) name!: string | null;
}

export class DutyLeaderView {
  @ApiProperty({ example: 'leader-430599101000-1' }) leaderId!: string;
  @ApiProperty({ example: '清水镇党委书记' }) leaderName!: string;
  @ApiProperty({ format: 'date', description: '最近一次（或下一次）排班的日期' }) lastDutyOn!: string;
  @ApiProperty({ type: 'integer', description: '排班天数' }) days!: number;
}

export class DutyLeadersResponse {
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ type: [DutyLeaderView] }) items!: DutyLeaderView[];
}
