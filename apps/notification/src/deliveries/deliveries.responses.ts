import { ApiProperty } from '@nestjs/swagger';

export class DeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'casework.case.accepted.v1' }) eventSubject!: string;
  @ApiProperty() ruleId!: string;
  @ApiProperty() templateKey!: string;
  @ApiProperty({ type: 'integer' }) templateVersion!: number;
  @ApiProperty({ enum: ['sms', 'email', 'inbox'] }) channel!: string;
  @ApiProperty({ type: String, nullable: true, example: '137****4321', description: '收件人（已脱敏）' }) recipient!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) petitionId!: string | null;
  @ApiProperty({ enum: ['pending', 'deferred', 'retrying', 'sent', 'failed'], description: 'deferred：夜间不发短信，次日早上发送' }) status!: string;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) nextAttemptAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}

export class DeliveriesResponse {
  @ApiProperty({ type: [DeliveryView] }) items!: DeliveryView[];
}
