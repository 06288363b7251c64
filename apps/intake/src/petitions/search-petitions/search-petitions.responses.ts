import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, RATINGS, REGISTRATION_LEVELS } from '#contracts';
import { CASE_STATUSES } from './search-petitions.query.js';

/** What the staff look-ups answer (search-petitions.controller.ts): lists without personal data, the detail with it. */

export class PetitionListFlags {
  @ApiProperty({ description: '集体访' }) collective!: boolean;
  @ApiProperty({ description: '重复访' }) repeat!: boolean;
  @ApiProperty({ description: '越级访' }) skipLevel!: boolean;
  @ApiProperty({ description: '信访老户的信访件' }) longStandingPetitioner!: boolean;
  @ApiProperty({ description: '检举控告' }) accusation!: boolean;
}

export class PetitionSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ type: String, nullable: true }) villageCode!: string | null;
  @ApiProperty({ description: '事项类别代码' }) category!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['registered', 'refused'], description: '登记结果：refused 为同一事项复核终结后不再受理' }) status!: string;
  @ApiProperty({ enum: CASE_STATUSES, description: '办理状态（来自办理服务）' }) caseStatus!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) handlingUnitCode!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '当前办理期限' }) dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: PetitionListFlags }) flags!: PetitionListFlags;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) linkedPetitionId!: string | null;
}

export class PetitionPageResponse {
  @ApiProperty({ description: '符合条件的件数（最多数到 1000）' }) total!: number;
  @ApiProperty({ description: 'false：超过 total 件' }) totalExact!: boolean;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [PetitionSummary] }) items!: PetitionSummary[];
}

/** Masked unless the detail was asked with reveal=petitioners: 张*、4305**********0026、138****4321、清水镇石桥****. */
export class PetitionerDetail {
  @ApiProperty({ description: '信访人标识（同一人的各件信访相同）' }) petitionerRef!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) idNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ description: '代表（集体访）' }) isRepresentative!: boolean;
}

export class PetitionAttachmentDetail {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class PetitionStep {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() description!: string;
}

export class PetitionEvaluationDetail {
  @ApiProperty({ enum: RATINGS }) rating!: string;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) evaluatedAt!: string;
}

export class PetitionDetailResponse extends PetitionSummary {
  @ApiProperty() trackingCode!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ enum: REGISTRATION_LEVELS }) registeredAtLevel!: string;
  @ApiProperty({ description: '来访人数' }) headcount!: number;
  @ApiProperty({ type: String, nullable: true, description: '被检举单位代码' }) accusedUnitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) refusalReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '来信日期' }) letterDate!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '来电号码（未 reveal 时脱敏）' }) callerNumber!: string | null;
  @ApiProperty({ description: 'true：信访人信息为完整信息（reveal=petitioners，已记入访问日志）；false：已脱敏' }) petitionersRevealed!: boolean;
  @ApiProperty({ type: PetitionEvaluationDetail, nullable: true }) evaluation!: PetitionEvaluationDetail | null;
  @ApiProperty({ type: [PetitionerDetail] }) petitioners!: PetitionerDetail[];
  @ApiProperty({ type: [PetitionAttachmentDetail] }) attachments!: PetitionAttachmentDetail[];
  @ApiProperty({ type: [PetitionStep], description: '公开的办理过程' }) timeline!: PetitionStep[];
}
