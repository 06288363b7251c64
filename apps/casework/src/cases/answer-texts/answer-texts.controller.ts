import { Controller } from '@nestjs/common';
import { MessagePattern, Payload, RpcException } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { CASE_REPLIES_SUBJECT, CaseRepliesRequestV1, flattenValidationErrors, type CaseAnswerV1, type CaseRepliesReplyV1 } from '#contracts';
import { Public } from '#platform';
import type { CaseEvent } from '../domain/case-events.js';

type AnswerEvent = Extract<CaseEvent, { type: 'replied' | 'review-decided' }>;

/**
 * Answers intake's request for the written answers of a petition's case (core NATS
 * request/reply): the reply and the review decisions with their text, from the case's history,
 * for the citizen's tracking page. The texts stay out of the events (case-event-publisher.ts);
 * this is the one way they leave casework, and only to intake, which checked the tracking code.
 */
@Controller()
export class AnswerTextsController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @MessagePattern(CASE_REPLIES_SUBJECT)
  async answers(@Payload() payload: unknown): Promise<CaseRepliesReplyV1> {
    const request = plainToInstance(CaseRepliesRequestV1, payload ?? {});
    const errors = flattenValidationErrors(validateSync(request));
    if (errors.length) throw new RpcException(`invalid request: ${errors.map((e) => `${e.field} (${e.rule})`).join(', ')}`);
    const rows: { event: AnswerEvent }[] = await this.dataSource.query(
      `SELECT h.event FROM casework.case_history h
       WHERE h.case_id = (SELECT id FROM casework."case" WHERE petition_id = $1 OR state -> 'linkedPetitionIds' ? $1::text ORDER BY opened_at LIMIT 1)
         AND h.type IN ('replied', 'review-decided')
       ORDER BY h.version`,
      [request.petitionId],
    );
    const answers: CaseAnswerV1[] = rows.map(({ event: e }) =>
      e.type === 'replied' ? { kind: 'reply', outcome: e.outcome, text: e.text, at: e.at } : { kind: e.stage, outcome: e.outcome, text: e.text, at: e.at },
    );
    return { petitionId: request.petitionId, answers };
  }
}
