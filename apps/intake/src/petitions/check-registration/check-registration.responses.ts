import { ApiProperty } from '@nestjs/swagger';

/** An earlier petition of the same person that may be the same matter (api.md: repeatCandidates). */
export class RepeatCandidateResponse {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: '同一事项的可能性（0..1）' }) score!: number;
  @ApiProperty({ enum: ['strong', 'possible'], description: 'strong：达到同一事项阈值（只有这类会被关联为重复件、越级件）；possible：仅供登记人员参考' }) strength!: 'strong' | 'possible';
  @ApiProperty({ type: [String], description: '两件都写到的事实：数额、地名、单位等', example: ['相同数字：86000', '相同地块：大塘'] }) sharedFacts!: string[];
  @ApiProperty({ type: [String], description: '两件写法不同之处：企业、村民小组、对方当事人、事项类别、村', example: ['所在村民小组不同'] }) conflictingFacts!: string[];
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ description: '原件的办理状态（registered … closed、final）' }) caseStatus!: string;
  @ApiProperty({ type: String, nullable: true, description: '原件标题；不在登记人员权限范围内的为 null' }) title!: string | null;
}

export class RegistrationCheckFlags {
  @ApiProperty({ description: '集体访（5 人及以上）' }) collective!: boolean;
  @ApiProperty({ description: '重复访' }) repeat!: boolean;
  @ApiProperty({ description: '越级访' }) skipLevel!: boolean;
}

/** What POST /api/petitions/check answers: what registering the same body now would do, less the id and tracking code. */
export class RegistrationCheckResponse {
  @ApiProperty({ type: RegistrationCheckFlags }) flags!: RegistrationCheckFlags;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '登记后将关联的原信访件' }) linkedPetitionId!: string | null;
  @ApiProperty({ enum: ['registered', 'refused'], description: 'refused：同一事项已复核终结，登记后不再受理' }) status!: 'registered' | 'refused';
  @ApiProperty({ required: false, description: '不再受理的理由（status=refused 时）' }) refusalReason?: string;
  @ApiProperty({ description: '登记后信访人将列入信访老户' }) longStandingPetitioner!: boolean;
  @ApiProperty({ type: [RepeatCandidateResponse], description: '同一信访人此前可能为同一事项的信访件，可能性高的在前' }) repeatCandidates!: RepeatCandidateResponse[];
}
