import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { SERVICE_CONFIG } from '#platform';
import type { NotificationConfig } from '../../config.js';
import { PermanentSendError, type Channel, type OutgoingMessage } from '../channel.js';

/** Email over SMTP (nodemailer). A 5xx answer from the server is permanent; everything else is retried. */
@Injectable()
export class SmtpChannel implements Channel, OnApplicationShutdown {
  readonly name = 'email' as const;
  /** Made at the first email: nodemailer weighs some 14 MB, which an idle service need not hold. */
  private transport?: Promise<Transporter>;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationConfig) {}

  private transporter(): Promise<Transporter> {
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(this.config.SMTP_URL, { from: this.config.MAIL_FROM }));
    return this.transport;
  }

  async send(message: OutgoingMessage): Promise<void> {
    const transport = await this.transporter();
    try {
      await transport.sendMail({
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

  async onApplicationShutdown(): Promise<void> {
    (await this.transport)?.close();
  }
}
