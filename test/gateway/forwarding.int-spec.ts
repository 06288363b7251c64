import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { freePort, http, startInProcess, TestPlatform, type InProcessService } from '#testing';
import { Browser, RecordingUpstream, sha256, startGateway } from './support.js';

/** A "service" that answers every request with bytes that are not HTTP. */
async function garbageServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((socket) => {
    socket.on('data', () => socket.end('THIS IS NOT HTTP\r\n\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe('gateway: forwarding, the web front end and headers', () => {
  let platform: TestPlatform;
  let upstream: RecordingUpstream;
  let garbage: { url: string; server: Server };
  let intake: InProcessService;
  let gateway: InProcessService;
  let webDist: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    upstream = await RecordingUpstream.start();
    garbage = await garbageServer();
    intake = await startInProcess(INTAKE_SERVICE, platform);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    webDist = mkdtempSync(join(tmpdir(), 'xinfang-web-'));
    mkdirSync(join(webDist, 'assets'));
    mkdirSync(join(webDist, 'public'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>console</title><script type="module" src="/assets/console-a1b2c3.js"></script>');
    writeFileSync(join(webDist, 'public', 'index.html'), '<!doctype html><title>citizens</title>');
    writeFileSync(join(webDist, 'assets', 'console-a1b2c3.js'), `console.log(${JSON.stringify('信访'.repeat(4000))});`);
    gateway = await startGateway(platform, {
      INTAKE_URL: intake.url,
      CASEWORK_URL: upstream.url,
      // nothing listens there
      NOTIFICATION_URL: `http://127.0.0.1:${await freePort()}`,
      REPORTING_URL: garbage.url,
      UPSTREAM_TIMEOUT_MS: '800',
      WEB_DIST: webDist,
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await intake?.close();
    await upstream?.stop();
    await new Promise((r) => garbage?.server.close(r));
    await platform?.close();
  });

  it('forwards to a real service with the prefix stripped: public routes without a login, staff routes with the token', async () => {
    const directory = await http(gateway.url, 'GET', '/intake/api/directory');
    expect(directory.status).toBe(200);
    expect(directory.body.townships.length).toBeGreaterThan(0);
    expect((await http(gateway.url, 'GET', '/intake/api/petitions')).status).toBe(401);
    const officer = await platform.token('township-officer', '430599101000');
    expect((await http(gateway.url, 'GET', '/intake/api/petitions', { token: officer })).status).toBe(200);
    const invalid = await http(gateway.url, 'POST', '/intake/api/public/petitions', { body: { title: '' }, headers: { origin: gateway.url } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.length).toBeGreaterThan(0);
  });

  it('streams a multipart upload through byte for byte', async () => {
    const file = Buffer.alloc(2 * 1024 * 1024 + 17);
    for (let i = 0; i < file.length; i++) file[i] = (i * 7919) & 0xff;
    const form = new FormData();
    form.append('note', '现场照片');
    form.append('file', new Blob([file], { type: 'image/png' }), 'photo.png');
    const request = new Request(`${gateway.url}/casework/api/upload`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await platform.token('county-admin')}` } });
    const sent = Buffer.from(await request.clone().arrayBuffer());
    const res = await fetch(request);
    expect(res.status).toBe(200);
    const seen = (await res.json()) as { url: string; headers: Record<string, string>; bodyBytes: number; bodySha256: string };
    expect(seen.url).toBe('/api/upload');
    expect(seen.headers['content-type']).toBe(request.headers.get('content-type'));
    expect(seen.bodyBytes).toBe(sent.length);
    expect(seen.bodySha256).toBe(sha256(sent));
  });

  it('streams a binary download through byte for byte, with its headers', async () => {
    const res = await fetch(`${gateway.url}/casework/download`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="report.docx"');
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(upstream.download));
  });

  it('answers 503 naming the service when it is down, 504 when it is slow, 502 when it answers garbage', async () => {
    const down = await http(gateway.url, 'GET', '/notification/api/inbox');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503, service: 'notification', message: expect.stringContaining('通知服务') });
    const started = Date.now();
    const slow = await http(gateway.url, 'GET', '/casework/slow');
    expect(slow.status).toBe(504);
    expect(slow.body).toMatchObject({ statusCode: 504, service: 'casework', message: expect.stringContaining('超时') });
    expect(Date.now() - started).toBeLessThan(2500);
    const broken = await http(gateway.url, 'GET', '/reporting/api/stats/summary');
    expect(broken.status).toBe(502);
    expect(broken.body).toMatchObject({ statusCode: 502, service: 'reporting' });
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/xinfang_gateway_upstream_errors_total\{[^}]*service="notification"[^}]*status="503"[^}]*\} 1/);
  });

  it('sends the security headers: a CSP without inline scripts, no framing, no sniffing', async () => {
    for (const path of ['/', '/public/', '/api/auth/me', '/intake/api/directory']) {
      const res = await fetch(`${gateway.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).toBe("'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves the console, the citizens\' pages and hashed assets with the right caching and compression', async () => {
    const asset = await fetch(`${gateway.url}/assets/console-a1b2c3.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('信访信访');

    for (const [path, title] of [
      ['/', 'console'],
      ['/cases/3f2a', 'console'],
      ['/public', 'citizens'],
      ['/public/track', 'citizens'],
      ['/public/guide', 'citizens'],
    ]) {
      const res = await fetch(`${gateway.url}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain(`<title>${title}</title>`);
    }
    for (const path of ['/api/nothing-here', '/assets/missing-000.js', '/intake', '/favicon.png']) {
      const res = await fetch(`${gateway.url}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
    }
  });
});
