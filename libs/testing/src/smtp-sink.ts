import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  text: string;
}

/**
 * Decodes a MIME header's encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=). Whitespace between
 * adjacent encoded words is dropped (RFC 2047 §6.2), and their bytes are joined before decoding,
 * so a character split across two words comes out whole.
 */
function decodeHeader(value: string): string {
  const word = /=\?utf-8\?([bq])\?([^?]*)\?=/gi;
  const bytesOf = (enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/(?:=\?utf-8\?[bq]\?[^?]*\?=)+/gi, (run) => Buffer.concat([...run.matchAll(word)].map((m) => bytesOf(m[1]!, m[2]!))).toString('utf8'));
}

/** Decodes a single-part body as nodemailer writes it (quoted-printable or base64). */
function decodeBody(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** A local SMTP server that accepts every message and keeps it, for development and tests. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Recipients refused so far (see reject). */
  readonly refused: string[] = [];
  private rejectNext = 0;
  private rejectCode = 550;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(port = 0, onMail?: (mail: ReceivedMail) => void): Promise<SmtpSink> {
    let sink!: SmtpSink;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (sink.rejectNext > 0) {
          sink.rejectNext--;
          sink.refused.push(address.address);
          // as a real server answers: the refused address is in the reply
          const err = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: sink.rejectCode });
          return callback(err);
        }
        callback();
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          const subject = decodeHeader(/^subject:\s*((?:.*)(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '');
          const mail = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, subject, text: decodeBody(raw) };
          sink.received.push(mail);
          onMail?.(mail);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    sink = new SmtpSink(server, (server.server.address() as { port: number }).port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuse the next `count` recipients with `code` (550 by default: refused for good; 4xx: try again later). */
  reject(count: number, code = 550): void {
    this.rejectNext = count;
    this.rejectCode = code;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
