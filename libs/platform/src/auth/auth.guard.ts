import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { CryptoKey } from 'jose';
import { currentContext } from '../context/request-context.js';
import { ALLOWED_ROLES, PUBLIC_ROUTE, type AuthenticatedRequest } from './decorators.js';
import { ROLE_NAMES, type Role } from './principal.js';
import { InvalidTokenError, verifyStaffTokenUntil } from './tokens.js';
import { VerifiedTokenCache } from './verified-token-cache.js';

export const AUTH_PUBLIC_KEY = Symbol('AUTH_PUBLIC_KEY');


/**
 * Every route needs a verified staff token unless marked @Public(); @Roles() narrows who may
 * call it. Township scoping of the data itself is each query's job (see townshipScope).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokenCache();

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_PUBLIC_KEY) private readonly publicKey: CryptoKey,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('需要登录：请求缺少 Authorization: Bearer 令牌');
    const token = match[1]!;
    try {
      const known = this.verified.get(token);
      if (known) request.principal = known;
      else {
        const { principal, expiresAt } = await verifyStaffTokenUntil(token, this.publicKey);
        this.verified.set(token, Object.freeze(principal), expiresAt);
        request.principal = principal;
      }
    } catch (err) {
      if (err instanceof InvalidTokenError) throw new UnauthorizedException('令牌无效或已过期，请重新登录');
      throw err;
    }
    const ctx = currentContext();
    if (ctx) ctx.actor = { kind: 'staff', id: request.principal.id, role: request.principal.role };

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !allowed.includes(request.principal.role)) {
      throw new ForbiddenException(
        `角色不允许：${ROLE_NAMES[request.principal.role]}（${request.principal.role}）不能执行此操作，仅限 ${allowed.map((r) => `${ROLE_NAMES[r]}（${r}）`).join('、')}`,
      );
    }
    return true;
  }
}
