/** Words the casework events share. */

/** Who can handle a petition: a township government, a county department, the 政法 track, discipline organs. */
export const UNIT_KINDS = ['township', 'department', 'political-legal', 'discipline'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The regulation's clocks a case runs against (domain.md, "The procedure and its clocks"). */
export const CLOCKS = ['route', 'acceptance-notice', 'objection', 'reply', 'assignment-report', 'review-request', 'review-decision', 'supervision'] as const;
export type Clock = (typeof CLOCKS)[number];

/** The three outcomes of a written reply (信访处理意见书, Art. 32): 支持 / 解释说明 / 不予支持. */
export const REPLY_OUTCOMES = ['support', 'explain', 'not-support'] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

/** 复查 (review, one level up) and 复核 (re-review, two levels up). */
export const REVIEW_STAGES = ['review', 're-review'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** 维持 / 变更 / 撤销 the earlier decision. */
export const REVIEW_OUTCOMES = ['upheld', 'changed', 'revoked'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const CASE_SAMPLE_IDS = {
  caseId: '6a1d3c9e-2b7f-4e0a-8c5d-1f9e7b3a2c41',
  petitionId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10',
} as const;
