import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, Public, type Principal, ApiErrors } from '#platform';
import { type Account } from '../accounts/account-store.js';
import { AuditLog } from '../audit/audit-log.js';
import { clearSessionCookie, SessionGate, setSessionCookie } from '../sessions/session-gate.js';
import { SESSION_COOKIE, SessionStore, sessionKey } from '../sessions/session-store.js';
import { SignInService } from './sign-in.service.js';
import { SignedInResponse } from './sign-in.responses.js';

export class SignInBody {
  @ApiProperty({ example: 'admin' }) @IsString() @IsNotEmpty() @MaxLength(100) username!: string;
  @ApiProperty({ example: 'Demo@2026' }) @IsString() @IsNotEmpty() @MaxLength(128) password!: string;
}

/** What the console knows about who is signed in. */
export interface SignedInUser {
  username: string;
  displayName: string;
  role: string;
  townshipCode?: string;
  unitCode?: string;
  mustChangePassword: boolean;
}

export function signedInUser(a: Pick<Account, 'username' | 'displayName' | 'role' | 'townshipCode' | 'unitCode' | 'mustChangePassword'>): SignedInUser {
  return {
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    ...(a.townshipCode ? { townshipCode: a.townshipCode } : {}),
    ...(a.unitCode ? { unitCode: a.unitCode } : {}),
    mustChangePassword: a.mustChangePassword,
  };
}

@ApiTags('auth')
@Controller('api/auth')
export class SignInController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionStore,
    private readonly gate: SessionGate,
    private readonly audit: AuditLog,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '登录：成功后以 httpOnly 会话 Cookie 保持登录（浏览器不持有令牌）' })
  @ApiOkResponse({ type: SignedInResponse, description: '已登录；Set-Cookie 带会话 Cookie' })
  @ApiErrors(400, 401, 403, 423)
  async login(@Body() body: SignInBody, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ user: SignedInUser }> {
    const { secret, account } = await this.signIn.signIn(body.username, body.password, request.ip);
    setSessionCookie(request, reply, secret);
    reply.header('cache-control', 'no-store');
    return { user: signedInUser(account) };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录：服务端立即结束会话' })
  @ApiNoContentResponse({ description: '已退出（会话 Cookie 已清除）' })
  @ApiErrors(403)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) {
      const key = sessionKey(secret);
      this.gate.forget(key);
      if (request.gatewaySession && (await this.sessions.end(key, 'signed-out'))) {
        await this.audit.record('signed-out', request.gatewaySession.account.username, { clientAddress: request.ip });
      }
    }
    clearSessionCookie(reply);
  }

  @Get('me')
  @ApiOperation({ summary: '当前登录的工作人员' })
  @ApiOkResponse({ type: SignedInResponse })
  me(@Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal): { user: SignedInUser } {
    if (request.gatewaySession) return { user: signedInUser(request.gatewaySession.account) };
    // a script's own Bearer token: the claims are all there is
    return {
      user: {
        username: principal.id,
        displayName: principal.name ?? principal.id,
        role: principal.role,
        ...(principal.townshipCode ? { townshipCode: principal.townshipCode } : {}),
        ...(principal.unitCode ? { unitCode: principal.unitCode } : {}),
        mustChangePassword: false,
      },
    };
  }
}
