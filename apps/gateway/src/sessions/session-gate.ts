import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SERVICE_CONFIG } from '#platform';
import { AuditLog } from '../audit/audit-log.js';
import type { GatewayConfig } from '../config.js';
import { judgeSession, needsTouch } from './domain/session-expiry.js';
import { SESSION_COOKIE, SessionStore, type EndReason, type LiveSession } from './session-store.js';
import { StaffTokenSigner, FORWARDED_TOKEN_SECONDS } from './staff-token-signer.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What an account that must change its password may still do. */
const WHILE_PASSWORD_CHANGE_DUE = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);
const ENDED_MESSAGES: Record<EndReason, string> = {
  idle: '登录已超时（30 分钟无操作），请重新登录',
  absolute: '登录已超过 12 小时，请重新登录',
  'signed-out': '已退出登录，请重新登录',
  disabled: '账号已停用，请联系县信访局',
  'password-changed': '密码已在其他地方修改，请用新密码重新登录',
  'password-reset': '密码已被管理员重置，请用一次性密码重新登录',
};
/** The citizens' API: a staff cookie that has ended does not stop a page that needs no sign-in. */
const ANONYMOUS_PATHS = ['/intake/api/public/', '/intake/api/directory', '/intake/api/categories'];

export interface GatewaySession {
  key: Buffer;
  account: LiveSession['account'];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member's session, when the request came with a live session cookie. */
    gatewaySession?: GatewaySession;
  }
}

interface CachedToken {
  token: string;
  expiresAt: number;
  /** The account's claims it was signed for: a role or scope change signs a new one. */
  claims: string;
}

/**
 * Runs before every API request (a Fastify hook, so it covers forwarded routes and the
 * gateway's own alike): refuses cross-origin cookie writes, turns a live session cookie into a
 * short-lived staff token in the Authorization header, and ends sessions that expired or whose
 * account was disabled — at once, on every replica, since the session and account are read
 * from PostgreSQL on each request.
 */
@Injectable()
export class SessionGate {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly allowedOrigins: Set<string>;

  constructor(
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
    private readonly signer: StaffTokenSigner,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.allowedOrigins = new Set(config.ALLOWED_ORIGINS.split(',').map((o) => o.trim().toLowerCase()).filter(Boolean));
  }

  /** Answers the request itself (and returns true) when it must go no further. */
  async admit(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const path = request.url.split('?', 1)[0]!;
    const secret = request.cookies[SESSION_COOKIE];
    const isLogin = path === '/api/auth/login';

    // a cookie write must prove it comes from our pages; a sign-in only if it came from a page at all
    // (browsers send Origin with every POST; a script signing in with curl sends none)
    const fromPage = request.headers.origin !== undefined || request.headers.referer !== undefined;
    if (!SAFE_METHODS.has(request.method) && (secret || (isLogin && fromPage)) && !this.sameOrigin(request)) {
      await refuse(reply, 403, 'cross-origin-write', '拒绝跨站请求：写操作须来自本平台页面（Origin 校验未通过）');
      return true;
    }
    if (!secret || isLogin) return false;

    const session = await this.sessions.find(secret);
    const anonymousAllowed = ANONYMOUS_PATHS.some((p) => path.startsWith(p));
    if (!session || session.endReason) {
      clearSessionCookie(reply);
      if (session) this.forget(session.key);
      if (anonymousAllowed) return false;
      await refuse(reply, 401, 'session-ended', session?.endReason ? ENDED_MESSAGES[session.endReason] : '登录已失效，请重新登录');
      return true;
    }
    const verdict = judgeSession(session, { idleSeconds: this.config.SESSION_IDLE_SECONDS, absoluteSeconds: this.config.SESSION_ABSOLUTE_SECONDS }, session.now);
    const ended: EndReason | null = !verdict.valid ? verdict.reason : session.account.disabled ? 'disabled' : null;
    if (ended) {
      if ((await this.sessions.end(session.key, ended)) && ended !== 'disabled') {
        await this.audit.record('session-expired', session.account.username, { clientAddress: request.ip, detail: { reason: ended } });
      }
      this.forget(session.key);
      clearSessionCookie(reply);
      if (anonymousAllowed) return false;
      await refuse(reply, 401, ended === 'disabled' ? 'account-disabled' : 'session-expired', ENDED_MESSAGES[ended]);
      return true;
    }
    if (session.account.mustChangePassword && !WHILE_PASSWORD_CHANGE_DUE.has(`${request.method} ${path}`)) {
      await refuse(reply, 403, 'password-change-required', '首次登录或密码重置后须先修改密码');
      return true;
    }
    if (needsTouch(session, { idleSeconds: this.config.SESSION_IDLE_SECONDS, absoluteSeconds: this.config.SESSION_ABSOLUTE_SECONDS }, session.now)) {
      await this.sessions.touch(session.key);
    }
    request.headers.authorization = `Bearer ${await this.tokenFor(session)}`;
    request.gatewaySession = { key: session.key, account: session.account };
    return false;
  }

  /** A token this session may still use, or a fresh one (after a minute, or when its claims changed). */
  private async tokenFor(session: LiveSession): Promise<string> {
    const { id, role, displayName, townshipCode, unitCode } = session.account;
    const claims = JSON.stringify([id, role, displayName, townshipCode, unitCode]);
    const cacheKey = session.key.toString('base64');
    const cached = this.tokens.get(cacheKey);
    if (cached && cached.claims === claims && cached.expiresAt - Date.now() > (FORWARDED_TOKEN_SECONDS - 60) * 1000) return cached.token;
    const signed = await this.signer.sign({ sub: id, role, name: displayName, townshipCode, unitCode });
    if (this.tokens.size > 10_000) this.tokens.clear();
    this.tokens.set(cacheKey, { ...signed, claims });
    return signed.token;
  }

  forget(key: Buffer): void {
    this.tokens.delete(key.toString('base64'));
  }

  /** The Origin (or, without one, the Referer) is the gateway's own or a configured one. */
  private sameOrigin(request: FastifyRequest): boolean {
    let origin = headerValue(request.headers.origin);
    if (!origin) {
      const referer = headerValue(request.headers.referer);
      if (!referer) return false;
      try {
        origin = new URL(referer).origin;
      } catch {
        return false;
      }
    }
    origin = origin.toLowerCase();
    return origin === `${request.protocol}://${request.host}`.toLowerCase() || this.allowedOrigins.has(origin);
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string): void {
  reply.setCookie(SESSION_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
}

const REASONS: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden' };

async function refuse(reply: FastifyReply, status: 401 | 403, rule: string, message: string): Promise<void> {
  await reply.code(status).header('cache-control', 'no-store').send({ statusCode: status, error: REASONS[status], message, rule });
}
