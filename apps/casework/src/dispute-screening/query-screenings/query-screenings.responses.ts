import { ApiProperty } from '@nestjs/swagger';
import { DISPUTE_CATEGORIES, DISPUTE_OUTCOMES } from '#contracts';

/** A dispute-screening entry (矛盾纠纷排查) as staff see it (dispute-screenings.service.ts). */
export class ScreeningView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ type: String, nullable: true }) villageCode!: string | null;
  @ApiProperty({ type: String, enum: DISPUTE_CATEGORIES, nullable: true }) category!: string | null;
  @ApiProperty({ description: '当事人' }) parties!: string;
  @ApiProperty({ description: '纠纷事由' }) matter!: string;
  @ApiProperty({ type: 'integer', nullable: true }) peopleInvolved!: number | null;
  @ApiProperty({ description: '易激化' }) easilyEscalating!: boolean;
  @ApiProperty({ enum: DISPUTE_OUTCOMES }) outcome!: string;
  @ApiProperty({ type: String, nullable: true, description: '化解措施' }) measures!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedByRole!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ description: '当前用户可更新化解情况（县信访局、本乡镇信访专干、登记该纠纷的联络员）' }) mayUpdate!: boolean;
}

export class ScreeningPageResponse {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
  @ApiProperty({ type: [ScreeningView] }) items!: ScreeningView[];
}

export class ScreeningChangeView {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() by!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ enum: DISPUTE_OUTCOMES }) outcome!: string;
  @ApiProperty() easilyEscalating!: boolean;
  @ApiProperty({ type: String, nullable: true }) measures!: string | null;
}

export class ScreeningDetailResponse extends ScreeningView {
  @ApiProperty({ type: [ScreeningChangeView], description: '每次更新的记录' }) history!: ScreeningChangeView[];
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class ScreeningSummaryResponse {
  @ApiProperty({ type: 'integer', description: '排查数' }) screened!: number;
  @ApiProperty({ type: 'integer', description: '已化解' }) resolved!: number;
  @ApiProperty({ type: 'integer', description: '易激化' }) easilyEscalating!: number;
  @ApiProperty({ type: 'integer', description: '易激化且未化解' }) easilyEscalatingUnresolved!: number;
  @ApiProperty({ type: 'integer', description: '涉及人数' }) peopleInvolved!: number;
  @ApiProperty({ type: Number, nullable: true, description: '化解率 0..1；无排查时为 null' }) resolutionRate!: number | null;
  @ApiProperty({ ...COUNTS, description: '按化解情况' }) byOutcome!: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: '按类型（未填为 unspecified）' }) byCategory!: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: '按乡镇' }) byTownship!: Record<string, number>;
}
