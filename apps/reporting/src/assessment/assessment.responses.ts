import { ApiProperty } from '@nestjs/swagger';

/** Village assessment (村级考核): the rule and each village's score with what it was deducted for (village-score.ts). */

export class DeductionPoints {
  @ApiProperty({ description: '每起集体访扣分' }) collective!: number;
  @ApiProperty({ description: '每起越级访扣分' }) skipLevel!: number;
  @ApiProperty({ description: '每起重复访扣分' }) repeat!: number;
  @ApiProperty({ description: '每件超期案件扣分' }) overdue!: number;
  @ApiProperty({ description: '每件不满意评价扣分' }) unsatisfied!: number;
  @ApiProperty({ description: '每起未化解的易激化矛盾纠纷扣分' }) unresolvedEasilyEscalating!: number;
}

export class AssessmentRuleResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: '适用年度；默认规则为 null' }) year!: number | null;
  @ApiProperty({ example: 'built-in', description: 'built-in 内置；county-default 县默认；year-YYYY 该年度的' }) source!: string;
  @ApiProperty({ example: 5, description: '满分' }) points!: number;
  @ApiProperty({ type: DeductionPoints }) deductions!: DeductionPoints;
  @ApiProperty({ description: '规则的文字表述' }) description!: string;
}

export class AssessmentRuleSavedResponse {
  @ApiProperty({ type: 'integer', nullable: true }) year!: number | null;
  @ApiProperty() points!: number;
  @ApiProperty({ type: DeductionPoints }) deductions!: DeductionPoints;
  @ApiProperty() description!: string;
}

export class AssessmentRuleInForce {
  @ApiProperty() source!: string;
  @ApiProperty() points!: number;
  @ApiProperty({ type: DeductionPoints }) deductions!: DeductionPoints;
  @ApiProperty() description!: string;
}

export class VillageCountsView {
  @ApiProperty({ type: 'integer' }) collective!: number;
  @ApiProperty({ type: 'integer' }) skipLevel!: number;
  @ApiProperty({ type: 'integer' }) repeat!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) unsatisfied!: number;
  @ApiProperty({ type: 'integer' }) unresolvedEasilyEscalating!: number;
}

export class VillageDeduction {
  @ApiProperty({ enum: ['collective', 'skipLevel', 'repeat', 'overdue', 'unsatisfied', 'unresolvedEasilyEscalating'] }) item!: string;
  @ApiProperty({ example: '集体访' }) name!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty() perOccurrence!: number;
  @ApiProperty({ description: '扣分' }) points!: number;
}

export class VillageScore {
  @ApiProperty() villageCode!: string;
  @ApiProperty() villageName!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty() townshipName!: string;
  @ApiProperty({ type: 'integer', description: '收到的信访件' }) received!: number;
  @ApiProperty({ type: VillageCountsView }) counts!: VillageCountsView;
  @ApiProperty({ description: '满分' }) points!: number;
  @ApiProperty({ description: '得分（最低 0）' }) score!: number;
  @ApiProperty() deducted!: number;
  @ApiProperty({ type: [VillageDeduction], description: '扣分依据' }) deductions!: VillageDeduction[];
}

export class VillageScoresResponse {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: String, nullable: true }) townshipCode!: string | null;
  @ApiProperty({ type: AssessmentRuleInForce }) rule!: AssessmentRuleInForce;
  @ApiProperty({ type: [VillageScore] }) items!: VillageScore[];
}
