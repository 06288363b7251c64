import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PermanentSendError, type OutgoingMessage } from '../src/channels/channel.js';
import { SmsGatewayChannel } from '../src/channels/sms/sms-gateway.channel.js';
import type { NotificationConfig } from '../src/config.js';

/** A gateway that answers as `answer` says, and remembers what it was sent and on which sockets. */
async function gateway(answer: (body: string) => { status: number; text: string } | 'hang'): Promise<{ url: string; received: { headers: IncomingMessage['headers']; body: string }[]; sockets: Set<unknown>; server: Server }> {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const sockets = new Set<unknown>();
  const server = createServer((req, res) => {
    sockets.add(req.socket);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const a = answer(body);
      if (a === 'hang') return;
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, received, sockets, server };
}

const message = (id: string): OutgoingMessage => ({ id, to: '13900000001', subject: null, text: '【清溪县信访局】您的信访件已登记。' });
const channelFor = (url: string, extra: Partial<NotificationConfig> = {}) =>
  new SmsGatewayChannel({ SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: 'secret-token', SMS_GATEWAY_TIMEOUT_MS: 10_000, ...extra } as NotificationConfig);

describe('SMS gateway channel (real HTTP)', () => {
  const servers: Server[] = [];
  const channels: SmsGatewayChannel[] = [];
  afterAll(async () => {
    for (const c of channels) c.onApplicationShutdown();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });
  const start = async (...args: Parameters<typeof gateway>) => {
    const g = await gateway(...args);
    servers.push(g.server);
    return g;
  };

  it('posts the message as JSON with the bearer token, and reuses its connection', async () => {
    const g = await start(() => ({ status: 202, text: '{"accepted":true}' }));
    const channel = channelFor(g.url);
    channels.push(channel);
    await channel.send(message('m-1'));
    await channel.send(message('m-2'));
    expect(g.received.map((r) => JSON.parse(r.body))).toEqual([
      { messageId: 'm-1', to: '13900000001', text: '【清溪县信访局】您的信访件已登记。' },
      { messageId: 'm-2', to: '13900000001', text: '【清溪县信访局】您的信访件已登记。' },
    ]);
    expect(g.received[0]!.headers.authorization).toBe('Bearer secret-token');
    expect(g.received[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(g.sockets.size).toBe(1);
  });

  it('takes a 4xx as a refusal for good, quoting the gateway; anything else as worth retrying', async () => {
    const g = await start((body) => (JSON.parse(body).messageId === 'empty' ? { status: 422, text: '{"code":"E_EMPTY_NUMBER"}' } : { status: 503, text: 'gateway unavailable' }));
    const channel = channelFor(g.url);
    channels.push(channel);
    const refused = await channel.send(message('empty')).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(PermanentSendError);
    expect((refused as Error).message).toBe('SMS gateway refused (422): {"code":"E_EMPTY_NUMBER"}');
    const failed = await channel.send(message('later')).catch((e: Error) => e);
    expect(failed).not.toBeInstanceOf(PermanentSendError);
    expect((failed as Error).message).toBe('SMS gateway failed (503): gateway unavailable');
  });

  it('gives up on a gateway that does not answer in time (to be retried), and on one that is not there', async () => {
    const g = await start(() => 'hang');
    const channel = channelFor(g.url, { SMS_GATEWAY_TIMEOUT_MS: 300 });
    channels.push(channel);
    const started = Date.now();
    const hung = await channel.send(message('slow')).catch((e: Error) => e);
    expect((hung as Error).message).toBe('SMS gateway gave no answer within 300 ms');
    expect(hung).not.toBeInstanceOf(PermanentSendError);
    expect(Date.now() - started).toBeLessThan(5_000);

    const absent = channelFor('http://127.0.0.1:9/sms');
    channels.push(absent);
    const refused = await absent.send(message('nobody')).catch((e: Error) => e);
    expect((refused as { code?: string }).code).toBe('ECONNREFUSED');
    expect(refused).not.toBeInstanceOf(PermanentSendError);
  });
});
