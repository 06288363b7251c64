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
}
