import { ApiProperty } from '@nestjs/swagger';

export class LongStandingRule {
  @ApiProperty({ example: 3, description: '窗口期内至少这么多件' }) minPetitions!: number;
  @ApiProperty({ example: 24, description: '窗口期（月）' }) windowMonths!: number;
}

export class LongStandingPetitioner {
  @ApiProperty({ description: '信访人标识（同一人的各件信访相同）' }) petitionerRef!: string;
  @ApiProperty({ example: '刘德华', description: '姓名（最近一件登记的）' }) name!: string;
  @ApiProperty() petitions!: number;
  @ApiProperty({ description: '仍在办理的件数' }) openPetitions!: number;
  @ApiProperty({ format: 'date-time' }) firstReceivedAt!: string;
  @ApiProperty({ format: 'date-time' }) lastReceivedAt!: string;
  @ApiProperty({ type: [String] }) townshipCodes!: string[];
  @ApiProperty({ format: 'uuid' }) latestPetitionId!: string;
}

export class LongStandingLedgerResponse {
  @ApiProperty({ type: LongStandingRule }) rule!: LongStandingRule;
  @ApiProperty({ type: [LongStandingPetitioner] }) items!: LongStandingPetitioner[];
}
