import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What GET /api/dead-letters and POST /api/dead-letters/:seq/replay answer (every service). */

export class DeadLetterView {
  @ApiProperty({ description: '死信流中的序号；负数表示本服务发件箱中无法发布的事件（发件箱序号取负），重新处理即重新发布' }) seq!: number;
  @ApiProperty({ enum: ['consumer', 'outbox'], description: 'consumer 本服务无法处理的事件；outbox 本服务无法发布的事件' }) source!: 'consumer' | 'outbox';
  @ApiProperty({ format: 'date-time', description: '转入死信的时间' }) parkedAt!: string;
  @ApiProperty({ example: 'reporting', description: '无法处理它的消费者' }) consumer!: string;
  @ApiProperty({ example: 'intake.petition.registered.v1' }) originalSubject!: string;
  @ApiProperty({ example: 'INTAKE' }) originalStream!: string;
  @ApiProperty() originalSeq!: number;
  @ApiProperty({ description: '投递次数' }) deliveries!: number;
  @ApiProperty({ description: '无法处理的原因' }) reason!: string;
  @ApiProperty({ description: '事件原文（截取前 4 KB；事件不含个人信息）' }) data!: string;
}

export class DeadLetterListResponse {
  @ApiProperty({ type: [DeadLetterView] }) items!: DeadLetterView[];
}

export class DeadLetterReplayResponse {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['applied', 'duplicate', 'skipped', 'published'], description: 'applied 已处理；duplicate 此前已处理过；skipped 本服务不处理此类事件；published 发件箱中的事件已发布' }) outcome!: 'applied' | 'duplicate' | 'skipped' | 'published';
  @ApiPropertyOptional({ format: 'uuid' }) eventId?: string;
}
