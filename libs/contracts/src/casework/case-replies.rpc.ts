import { Type } from 'class-transformer';
import { IsArray, IsIn, IsISO8601, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { REPLY_OUTCOMES, REVIEW_OUTCOMES, type ReplyOutcome, type ReviewOutcome } from './vocabulary.js';

/**
 * Request/reply over core NATS: intake asks casework for the written answers of a petition's
 * case when the citizen opens the tracking page with the code — the reply (信访处理意见书) and
 * any review or re-review decision, with their text. The texts are addressed to the petitioner
 * and may name people, so they are never put into events (which every subscriber keeps for
 * good); they travel only here, on the citizen's request, and are not stored by intake. The
 * subject is outside `casework.>` so that the CASEWORK stream does not capture it.
 */
export const CASE_REPLIES_SUBJECT = 'rpc.casework.case-replies.v1';

export class CaseRepliesRequestV1 {
  /** The petition the citizen tracks: the case's own, or one linked to it. */
  @IsUUID() readonly petitionId!: string;
  /** The service asking. */
  @IsString() @MaxLength(40) readonly requestedBy!: string;
}

export const ANSWER_KINDS = ['reply', 'review', 're-review'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export class CaseAnswerV1 {
  /** `reply`: the handling unit's written reply; `review` / `re-review`: the decision one / two levels up. */
  @IsIn(ANSWER_KINDS) readonly kind!: AnswerKind;
  @IsIn([...REPLY_OUTCOMES, ...REVIEW_OUTCOMES]) readonly outcome!: ReplyOutcome | ReviewOutcome;
  @IsString() @MaxLength(20000) readonly text!: string;
  @IsISO8601({ strict: true }) readonly at!: string;
}

export class CaseRepliesReplyV1 {
  @IsUUID() readonly petitionId!: string;
  /** Oldest first; empty while nothing has been answered. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => CaseAnswerV1) readonly answers!: CaseAnswerV1[];
}
