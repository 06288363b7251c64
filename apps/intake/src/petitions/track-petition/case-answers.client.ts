import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { firstValueFrom, timeout } from 'rxjs';
import { CASE_REPLIES_SUBJECT, CaseRepliesReplyV1, flattenValidationErrors, type CaseAnswerV1, type CaseRepliesRequestV1 } from '#contracts';
import { natsClientOptions, SERVICE_CONFIG } from '#platform';
import type { IntakeConfig } from '../../config.js';

/** How long the tracking page waits for casework before it shows the steps without the texts. */
const ANSWER_TIMEOUT_MS = 1500;

/**
 * Asks casework for the texts of a case's written answers when a citizen tracks the petition
 * (core NATS request/reply, CASE_REPLIES_SUBJECT). Nothing is stored: the text is passed to the
 * citizen and dropped. Null when casework cannot answer now; the page then says so.
 */
@Injectable()
export class CaseAnswers implements OnApplicationShutdown {
  private readonly client: ClientProxy;
  private readonly logger = new Logger('CaseAnswers');

  constructor(@Inject(SERVICE_CONFIG) config: IntakeConfig) {
    this.client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: config.NATS_URL.split(','), name: 'intake-rpc', ...natsClientOptions(config) } });
  }

  async of(petitionId: string): Promise<CaseAnswerV1[] | null> {
    const request: CaseRepliesRequestV1 = { petitionId, requestedBy: 'intake' };
    try {
      const reply = await firstValueFrom(this.client.send(CASE_REPLIES_SUBJECT, request).pipe(timeout(ANSWER_TIMEOUT_MS)));
      const parsed = plainToInstance(CaseRepliesReplyV1, reply);
      const errors = flattenValidationErrors(validateSync(parsed));
      if (errors.length) {
        this.logger.warn(`casework's answers break their contract: ${errors.map((e) => e.field).join(', ')}`);
        return null;
      }
      return parsed.answers;
    } catch (err) {
      this.logger.warn(`casework did not give the answers' texts: ${(err as Error).message}`);
      return null;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
