import { createServer, type Server } from 'node:http';

export interface ReceivedSms {
  messageId: string;
  to: string;
  text: string;
  at: string;
}

/**
 * A stand-in for the county's SMS gateway, for development and tests: accepts POST
 * {messageId, to, text}, keeps each message once per messageId (as a real gateway's idempotency
 * does), and can be told to fail the next N requests to test retries.
 */
export class FakeSmsGateway {
  readonly received: ReceivedSms[] = [];
  requests = 0;
  private failNext = 0;
  private failStatus = 503;
  private failBody = 'gateway unavailable';

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(port = 0, onMessage?: (sms: ReceivedSms) => void): Promise<FakeSmsGateway> {
    let gateway!: FakeSmsGateway;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        gateway.requests++;
        if (req.method === 'GET' && req.url === '/messages') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(gateway.received));
          return;
        }
        if (req.method !== 'POST' || req.url !== '/sms') return void res.writeHead(404).end();
        if (gateway.failNext > 0) {
          gateway.failNext--;
          return void res.writeHead(gateway.failStatus).end(gateway.failBody);
        }
        let sms: { messageId?: string; to?: string; text?: string };
        try {
          sms = JSON.parse(body);
        } catch {
          return void res.writeHead(400).end('bad json');
        }
        if (!sms.messageId || !sms.to || !sms.text) return void res.writeHead(400).end('messageId, to and text are required');
        if (!/^1[3-9]\d{9}$/.test(sms.to)) return void res.writeHead(422).end('not a mobile number');
        if (!gateway.received.some((m) => m.messageId === sms.messageId)) {
          const received = { messageId: sms.messageId, to: sms.to, text: sms.text, at: new Date().toISOString() };
          gateway.received.push(received);
          onMessage?.(received);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accepted: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    gateway = new FakeSmsGateway(server, (server.address() as { port: number }).port);
    return gateway;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/sms`;
  }

  /**
   * Fail the next `count` requests with `status` (503 by default: retried; 4xx: refused for good)
   * and `body` (`'gateway unavailable'` by default; real gateways often echo the number they refuse).
   */
  fail(count: number, status = 503, body = 'gateway unavailable'): void {
    this.failNext = count;
    this.failStatus = status;
    this.failBody = body;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
