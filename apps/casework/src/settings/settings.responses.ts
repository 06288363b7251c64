import { ApiProperty } from '@nestjs/swagger';
import { ESCALATION_STEPS } from '#contracts';

export class EscalationStepView {
  @ApiProperty({ type: 'integer', description: '超期多少天后' }) afterDays!: number;
  @ApiProperty({ enum: ESCALATION_STEPS, description: 'reminder 提醒；supervision 督办；report-up 上报' }) step!: string;
}

export class CaseworkSettingsResponse {
  @ApiProperty({ type: 'integer', description: '期限届满前几天提醒' }) reminderDaysBefore!: number;
  @ApiProperty({ type: [EscalationStepView] }) escalationSteps!: EscalationStepView[];
}
