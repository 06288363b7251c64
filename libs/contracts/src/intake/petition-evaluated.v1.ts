import { IsIn, IsISO8601, IsUUID } from 'class-validator';

/** 满意 / 基本满意 / 不满意. */
export const RATINGS = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** The petitioner evaluated the reply (满意度评价), once. The free-text comment stays in intake. */
export class PetitionEvaluatedV1 {
  static readonly subject = 'intake.petition.evaluated.v1';
  static readonly description = '信访人对答复作出满意度评价（仅一次）；评价留言只保存在登记服务。';

  @IsUUID() readonly petitionId!: string;
  @IsIn(RATINGS) readonly rating!: Rating;
  @IsISO8601({ strict: true }) readonly evaluatedAt!: string;

  static readonly sample: PetitionEvaluatedV1 = { petitionId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10', rating: 'basically-satisfied', evaluatedAt: '2026-04-25T08:00:00.000Z' };
}
