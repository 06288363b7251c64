import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../../config.js';
import { PermanentSendError, type Channel, type OutgoingMessage } from '../channel.js';

/**
 * Text messages through the county's SMS gateway over HTTP: POST {messageId, to, text} as JSON
 * with a bearer token. 2xx: accepted. 4xx: refused for good. Anything else, or no answer in 10 s:
 * retried later. The messageId lets the gateway drop a repeat of a message it already took.
 */
@Injectable()
export class SmsGatewayChannel implements Channel {
  readonly name = 'sms' as const;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationConfig) {}

  async send(message: OutgoingMessage): Promise<void> {
    const response = await fetch(this.config.SMS_GATEWAY_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(this.config.SMS_GATEWAY_TOKEN ? { authorization: `Bearer ${this.config.SMS_GATEWAY_TOKEN}` } : {}),
      },
      body: JSON.stringify({ messageId: message.id, to: message.to, text: message.text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return;
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    if (response.status >= 400 && response.status < 500) throw new PermanentSendError(`SMS gateway refused (${response.status}): ${detail}`);
    throw new Error(`SMS gateway failed (${response.status}): ${detail}`);
  }
}
