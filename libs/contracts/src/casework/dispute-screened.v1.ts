import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { DIVISION_CODE } from '../envelope.js';

/** Where a screened dispute stands: 化解中 / 已化解 / 已上报（乡镇、县） / 已移交（有关部门、人民调解、司法途径）. */
export const DISPUTE_OUTCOMES = ['in-progress', 'resolved', 'escalated', 'referred'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** The kinds of dispute a screening counts (矛盾纠纷类型). */
export const DISPUTE_CATEGORIES = [
  'land-forest-water', // 土地山林水利
  'land-acquisition', // 征地拆迁
  'neighbourhood', // 邻里纠纷
  'marriage-family', // 婚姻家庭
  'labour-wages', // 劳资纠纷
  'contract-debt', // 合同债务
  'environment', // 环境污染
  'medical', // 医疗纠纷
  'traffic', // 交通事故
  'other',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];

/** A month, YYYY-MM. */
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const DISPUTE_SAMPLE_ID = 'c2e4a6b8-1d3f-4a5c-8e7b-9f0a1b2c3d4e';

/**
 * A village or township recorded a dispute found in its monthly screening (矛盾纠纷排查).
 * Carries no personal data: the parties, the matter and the measures stay in casework.
 */
export class DisputeScreenedV1 {
  static readonly subject = 'casework.dispute.screened.v1';
  static readonly description = '村（社区）或乡镇在月度矛盾纠纷排查中登记一起纠纷。不含个人信息：当事人、纠纷事由和化解措施只保存在办理服务。';

  @IsUUID() readonly disputeId!: string;
  /** The screening month, YYYY-MM. */
  @Matches(YEAR_MONTH) readonly month!: string;
  @Matches(DIVISION_CODE) readonly townshipCode!: string;
  /** The village that screened it; null for the township's own screening. */
  @IsOptional() @Matches(DIVISION_CODE) readonly villageCode?: string | null;
  @IsOptional() @IsIn(DISPUTE_CATEGORIES) readonly category?: DisputeCategory | null;
  /** 易激化: could escalate quickly (early warning of a collective petition or worse). */
  @IsBoolean() readonly easilyEscalating!: boolean;
  /** How many people the dispute involves, when known (a count, not who). */
  @IsOptional() @IsInt() @Min(1) @Max(100000) readonly peopleInvolved?: number | null;
  @IsIn(DISPUTE_OUTCOMES) readonly outcome!: DisputeOutcome;
  @IsISO8601({ strict: true }) readonly screenedAt!: string;

  static readonly sample: DisputeScreenedV1 = {
    disputeId: DISPUTE_SAMPLE_ID,
    month: '2026-03',
    townshipCode: '430599101000',
    villageCode: '430599101201',
    category: 'land-forest-water',
    easilyEscalating: true,
    peopleInvolved: 6,
    outcome: 'in-progress',
    screenedAt: '2026-03-05T02:30:00.000Z',
  };
}
