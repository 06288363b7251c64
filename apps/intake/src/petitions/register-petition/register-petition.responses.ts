import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RepeatCandidateResponse } from '../check-registration/check-registration.responses.js';

/** What POST /api/petitions answers (the handler's result). */

export class RegistrationFlags {
  @ApiProperty({ description: '集体访（5 人及以上）' }) collective!: boolean;
  @ApiProperty({ description: '重复访：同一人同一事项仍在办理' }) repeat!: boolean;
  @ApiProperty({ description: '越级访：乡镇仍在期限内办理时到县提出' }) skipLevel!: boolean;
}

export class RegisteredPetitionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'K7M2Q-XR9TB-H4WZP', description: '查询码' }) trackingCode!: string;
  @ApiProperty({ type: RegistrationFlags }) flags!: RegistrationFlags;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '重复件、越级件或终结事项所关联的原信访件' }) linkedPetitionId!: string | null;
  @ApiProperty({ enum: ['registered', 'refused'], description: 'refused：同一事项已复核终结，不再受理' }) status!: 'registered' | 'refused';
  @ApiPropertyOptional({ description: '不再受理的理由（status=refused 时）' }) refusalReason?: string;
  @ApiPropertyOptional({ type: [RepeatCandidateResponse], description: '同一信访人此前可能为同一事项的信访件，可能性高的在前（只有 strong 的会成为 linkedPetitionId）' }) repeatCandidates?: RepeatCandidateResponse[];
}
