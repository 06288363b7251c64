import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../../config.js';
import { PermanentSendError, type Channel, type OutgoingMessage } from '../channel.js';

/** Email over SMTP (nodemailer). A 5xx answer from the server is permanent; everything else is retried. */
@Injectable()
export class SmtpChannel implements Channel, OnApplicationShutdown {
  readonly name = 'email' as const;
  private readonly transport: Transporter;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationConfig) {
    this.transport = nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        to: message.to,
        subject: message.subject ?? '信访工作通知',
        text: message.text,
        messageId: `<${message.id}@xinfang>`,
        headers: { 'X-Xinfang-Delivery': message.id },
      });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentSendError(`SMTP refused (${code}): ${(err as Error).message}`);
      throw err;
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
