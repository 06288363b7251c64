import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, RECIPIENT_KINDS } from './domain/rules.js';

export class RuleConditionView {
  @ApiProperty({ example: 'clock' }) field!: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], example: 'supervision' }) equals!: string | number | boolean;
}

export class NotificationRuleView {
  @ApiProperty({ example: 'case-accepted-petitioner' }) id!: string;
  @ApiProperty({ example: 'casework.case.accepted.v1' }) eventSubject!: string;
  @ApiProperty({ enum: RECIPIENT_KINDS }) recipients!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty() templateKey!: string;
  @ApiProperty({ type: RuleConditionView, nullable: true, description: '仅当事件的某字段等于此值时' }) condition!: RuleConditionView | null;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() description!: string;
}

export class NotificationRulesResponse {
  @ApiProperty({ type: [NotificationRuleView] }) rules!: NotificationRuleView[];
}
