import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { firstValueFrom, timeout } from 'rxjs';
import { flattenValidationErrors, PETITIONER_CONTACT_SUBJECT, PetitionerContactReplyV1, type PetitionerContactRequestV1 } from '#contracts';
import { natsClientOptions, SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../config.js';

export class ContactUnavailable extends Error {}

/**
 * Asks intake for a petitioner's contact at send time (core NATS request/reply through Nest's
 * transport). Nothing of the answer is kept: it is used to send and then dropped.
 */
@Injectable()
export class PetitionerContacts implements OnApplicationShutdown {
  private readonly client: ClientProxy;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationConfig) {
    this.client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: config.NATS_URL.split(','), name: 'notification-rpc', ...natsClientOptions(config) } });
  }

  /** The contact, null when intake has no such petition; throws ContactUnavailable when intake cannot be asked now. */
  async fetch(petitionId: string, purpose: string): Promise<PetitionerContactReplyV1 | null> {
    const request: PetitionerContactRequestV1 = { petitionId, purpose, requestedBy: 'notification' };
    let reply: unknown;
    try {
      reply = await firstValueFrom(this.client.send(PETITIONER_CONTACT_SUBJECT, request).pipe(timeout(this.config.CONTACT_TIMEOUT_MS)));
    } catch (err) {
      throw new ContactUnavailable(`intake did not answer the contact request: ${(err as Error).message}`);
    }
    if (reply && typeof reply === 'object' && 'error' in reply) return null;
    const parsed = plainToInstance(PetitionerContactReplyV1, reply);
    const errors = flattenValidationErrors(validateSync(parsed));
    if (errors.length) throw new ContactUnavailable(`intake's contact reply breaks its contract: ${errors.map((e) => e.field).join(', ')}`);
    return parsed;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
