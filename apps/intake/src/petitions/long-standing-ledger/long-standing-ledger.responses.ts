import { ApiProperty } from '@nestjs/swagger';

export class LongStandingRule {
  @ApiProperty({ example: 3, description: '窗口期内至少这么多件' }) minPetitions!: number;
  @ApiProperty({ example: 24, description: '窗口期（月）' }) windowMonths!: number;
}

export class LongStandingPetition {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: '事项类别代码' }) category!: string;
  @ApiProperty({ description: '办理状态' }) caseStatus!: string;
  @ApiProperty() townshipCode!: string;
}

export class LongStandingPetitioner {
  @ApiProperty({ description: '信访人标识（同一人的各件信访相同）' }) petitionerRef!: string;
  @ApiProperty({ example: '刘*华', description: '姓名（最近一件登记的，已遮掩）' }) name!: string;
  @ApiProperty() petitions!: number;
  @ApiProperty({ description: '仍在办理的件数' }) openPetitions!: number;
  @ApiProperty({ format: 'date-time' }) firstReceivedAt!: string;
  @ApiProperty({ format: 'date-time' }) lastReceivedAt!: string;
  @ApiProperty({ type: [String] }) townshipCodes!: string[];
  @ApiProperty({ format: 'uuid' }) latestPetitionId!: string;
  @ApiProperty({ type: [String], description: '涉及的事项类别代码' }) categories!: string[];
  @ApiProperty({ type: [LongStandingPetition], description: '窗口期内的各件信访，最近的在前' }) petitionList!: LongStandingPetition[];
}

export class LongStandingLedgerResponse {
  @ApiProperty({ type: LongStandingRule }) rule!: LongStandingRule;
  @ApiProperty({ type: [LongStandingPetitioner] }) items!: LongStandingPetitioner[];
}
