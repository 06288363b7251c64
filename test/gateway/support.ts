import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importSPKI, jwtVerify } from 'jose';
import { gatewayService } from '../../apps/gateway/src/gateway.module.js';
import { startInProcess, type InProcessService, type TestPlatform } from '#testing';

/** A gateway of the test's platform, in-process, with its signing key and the given upstreams and settings. */
export function startGateway(platform: TestPlatform, env: Record<string, string> = {}): Promise<InProcessService> {
  return startInProcess(gatewayService(), platform, { AUTH_PRIVATE_KEY: platform.keys.privateKeyPem, ...env });
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser's view of the gateway: one cookie jar, and the Origin a page of the gateway sends. */
export class Browser {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly origin: string | null = baseUrl,
  ) {}

  get sessionCookie(): string | undefined {
    return this.cookies.get('xinfang_session');
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(this.origin && method !== 'GET' ? { origin: this.origin } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Expires=Thu, 01 Jan 1970/i.test(line) || /Max-Age=0/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  async signIn(username: string, password: string): Promise<Answer> {
    return this.request('POST', '/api/auth/login', { username, password });
  }
}

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  bodySha256: string;
  bodyBytes: number;
}

/**
 * A real HTTP upstream standing in for a service: records what reached it, answers `/echo` with
 * what it saw, `/download` with fixed random bytes, `/slow` after a delay.
 */
export class RecordingUpstream {
  readonly seen: Seen[] = [];
  private constructor(
    private readonly server: Server,
    readonly download: Buffer,
  ) {}

  static async start(): Promise<RecordingUpstream> {
    const download = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < download.length; i++) download[i] = (i * 2654435761) >>> 24;
    let self: RecordingUpstream;
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        bytes += chunk.length;
      });
      req.on('end', () => {
        const seen = { method: req.method!, url: req.url!, headers: req.headers, bodySha256: hash.digest('hex'), bodyBytes: bytes };
        self.seen.push(seen);
        if (req.url!.startsWith('/download')) {
          res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'content-disposition': 'attachment; filename="report.docx"' });
          res.end(download);
        } else if (req.url!.startsWith('/slow')) {
          setTimeout(() => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{"late":true}');
          }, 3000);
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(seen));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new RecordingUpstream(server, download);
    return self;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** The claims of the staff token the gateway forwarded, verified with the services' public key. */
export async function forwardedClaims(platform: TestPlatform, authorization: string | undefined): Promise<Record<string, unknown>> {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) throw new Error(`no Bearer token forwarded (got ${authorization})`);
  const { payload } = await jwtVerify(token, await importSPKI(platform.keys.publicKeyPem, 'EdDSA'), { issuer: 'xinfang', audience: 'xinfang-staff' });
  return payload;
}

export const sha256 = (data: Buffer | Uint8Array) => createHash('sha256').update(data).digest('hex');
