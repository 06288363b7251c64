import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../../config.js';
import { PermanentSendError, type Channel, type OutgoingMessage } from '../channel.js';

/**
 * Text messages through the county's SMS gateway over HTTP: POST {messageId, to, text} as JSON
 * with a bearer token. 2xx: accepted. 4xx: refused for good. Anything else, or no answer within
 * SMS_GATEWAY_TIMEOUT_MS (10 s): retried later. The messageId lets the gateway drop a repeat of a message it already took.
 *
 * node:http with a keep-alive agent rather than fetch: fetch's undici costs some 20 MB resident
 * in a service that is otherwise idle, and more CPU per request.
 */
@Injectable()
export class SmsGatewayChannel implements Channel, OnApplicationShutdown {
  readonly name = 'sms' as const;
  private readonly url: URL;
  private readonly agent: HttpAgent;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationConfig) {
    this.url = new URL(config.SMS_GATEWAY_URL);
    this.agent = this.url.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  }

  async send(message: OutgoingMessage): Promise<void> {
    const { status, text } = await this.post(JSON.stringify({ messageId: message.id, to: message.to, text: message.text }));
    if (status >= 200 && status < 300) return;
    const detail = text.slice(0, 200);
    if (status >= 400 && status < 500) throw new PermanentSendError(`SMS gateway refused (${status}): ${detail}`);
    throw new Error(`SMS gateway failed (${status}): ${detail}`);
  }

  onApplicationShutdown(): void {
    this.agent.destroy();
  }

  private post(body: string): Promise<{ status: number; text: string }> {
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      ...(this.config.SMS_GATEWAY_TOKEN ? { authorization: `Bearer ${this.config.SMS_GATEWAY_TOKEN}` } : {}),
    };
    const request = this.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const timeoutMs = this.config.SMS_GATEWAY_TIMEOUT_MS;
      const req = request(this.url, { method: 'POST', headers, agent: this.agent, timeout: timeoutMs }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < 1000) text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`SMS gateway gave no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }
}
