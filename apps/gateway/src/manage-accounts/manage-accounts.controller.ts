import { randomInt, randomUUID } from 'node:crypto';
import { Body, ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Patch, Post, Req, UnprocessableEntityException } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiCreatedResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, InputValidationException, Roles, type Principal, ApiErrors } from '#platform';
import { type AccountChanges, AccountStore, accountView, type AccountView } from '../accounts/account-store.js';
import { checkAccountScope } from '../accounts/account-scope.js';
import { oneTimePassword } from '../accounts/domain/password-policy.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { AuditLog } from '../audit/audit-log.js';
import { SessionStore } from '../sessions/session-store.js';
import { ChangeAccountBody, CreateAccountBody, UsernameParam } from './manage-accounts.dto.js';
import { AccountListResponse, AccountViewResponse, OneTimePasswordResponse } from './manage-accounts.responses.js';

/** The county petition bureau's administrator manages every staff account. */
@ApiTags('accounts')
@Controller('api/accounts')
@Roles('county-admin')
export class ManageAccountsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOperation({ summary: '账号列表' })
  @ApiOkResponse({ type: AccountListResponse })
  @ApiErrors(403)
  async list(): Promise<{ items: AccountView[] }> {
    return { items: (await this.accounts.list()).map(accountView) };
  }

  @Post()
  @ApiOperation({ summary: '新建账号：返回一次性密码，首次登录须修改' })
  @ApiCreatedResponse({ type: OneTimePasswordResponse })
  @ApiErrors(400, 403, 409)
  async create(@Body() body: CreateAccountBody, @Req() request: FastifyRequest, @CurrentPrincipal() admin: Principal): Promise<{ username: string; oneTimePassword: string }> {
    const scope = { role: body.role, townshipCode: body.townshipCode ?? null, unitCode: body.unitCode ?? null };
    const broken = checkAccountScope(scope);
    if (broken.length) throw new InputValidationException(broken);
    const password = oneTimePassword(randomInt);
    const inserted = await this.dataSource.transaction(async (tx) => {
      const ok = await this.accounts.insert(tx, {
        id: randomUUID(),
        username: body.username,
        displayName: body.displayName,
        ...scope,
        mobile: body.mobile ?? null,
        passwordHash: await this.hasher.hash(password),
        mustChangePassword: true,
      });
      if (ok) await this.audit.record('account-created', body.username, { actor: actorName(request, admin), clientAddress: request.ip, detail: scope }, tx);
      return ok;
    });
    if (!inserted) throw new ConflictException({ message: `用户名 ${body.username} 已被使用`, rule: 'username-taken' });
    return { username: body.username, oneTimePassword: password };
  }

  @Patch(':username')
  @ApiOperation({ summary: '修改账号：姓名、角色与范围、手机号、停用/启用（停用立即结束其会话）' })
  @ApiParam({ name: 'username', description: '用户名' })
  @ApiOkResponse({ type: AccountViewResponse })
  @ApiErrors(400, 403, 404, 422)
  async change(@Param() { username }: UsernameParam, @Body() body: ChangeAccountBody, @Req() request: FastifyRequest, @CurrentPrincipal() admin: Principal): Promise<AccountView> {
    return this.dataSource.transaction(async (tx) => {
      const account = await this.accounts.byUsername(username, tx, true);
      if (!account) throw new NotFoundException({ message: `没有账号 ${username}`, rule: 'account-not-found' });
      const scope = {
        role: body.role ?? account.role,
        townshipCode: body.townshipCode === undefined ? account.townshipCode : body.townshipCode,
        unitCode: body.unitCode === undefined ? account.unitCode : body.unitCode,
      };
      // changing the role drops a scope the new role does not carry, unless the request sets it
      if (body.role && body.role !== account.role) {
        if (body.townshipCode === undefined && ['county-admin', 'analyst', 'department-officer'].includes(body.role)) scope.townshipCode = null;
        if (body.unitCode === undefined && body.role !== 'department-officer') scope.unitCode = null;
      }
      const broken = checkAccountScope(scope);
      if (broken.length) throw new InputValidationException(broken);
      if (account.id === admin.id && (body.disabled === true || scope.role !== 'county-admin')) {
        throw new UnprocessableEntityException({ message: '不能停用本人账号或取消本人的管理员角色（以免无人管理账号）', rule: 'not-own-account' });
      }
      const changes: AccountChanges = { ...scope, displayName: body.displayName, mobile: body.mobile === undefined ? undefined : body.mobile, disabled: body.disabled };
      await this.accounts.update(tx, account.id, changes);
      const actor = actorName(request, admin);
      const detail = Object.fromEntries(Object.entries(changes).filter(([k, v]) => v !== undefined && k !== 'mobile' && (account as unknown as Record<string, unknown>)[k] !== v));
      if (body.disabled === true && !account.disabled) {
        await this.sessions.endAll(tx, account.id, 'disabled');
        await this.audit.record('account-disabled', account.username, { actor, clientAddress: request.ip }, tx);
      } else if (body.disabled === false && account.disabled) {
        await this.audit.record('account-enabled', account.username, { actor, clientAddress: request.ip }, tx);
      }
      delete detail.disabled;
      if (Object.keys(detail).length || (body.mobile !== undefined && body.mobile !== account.mobile)) {
        await this.audit.record('account-changed', account.username, { actor, clientAddress: request.ip, detail: { ...detail, ...(body.mobile !== undefined && body.mobile !== account.mobile ? { mobile: '（已修改）' } : {}) } }, tx);
      }
      return accountView((await this.accounts.byId(account.id, tx))!);
    });
  }

  @Post(':username/reset-password')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码：返回一次性密码，须在下次登录时修改；同时解除锁定并结束其会话' })
  @ApiParam({ name: 'username', description: '用户名' })
  @ApiOkResponse({ type: OneTimePasswordResponse })
  @ApiErrors(400, 403, 404)
  async resetPassword(@Param() { username }: UsernameParam, @Req() request: FastifyRequest, @CurrentPrincipal() admin: Principal): Promise<{ username: string; oneTimePassword: string }> {
    const password = oneTimePassword(randomInt);
    await this.dataSource.transaction(async (tx) => {
      const account = await this.accounts.byUsername(username, tx, true);
      if (!account) throw new NotFoundException({ message: `没有账号 ${username}`, rule: 'account-not-found' });
      await this.accounts.setPassword(tx, account.id, await this.hasher.hash(password), [account.passwordHash, ...account.previousPasswordHashes].slice(0, 5), true);
      await this.sessions.endAll(tx, account.id, 'password-reset');
      await tx.query(`DELETE FROM gateway.sign_in_lock WHERE username = $1`, [account.username]);
      await tx.query(`DELETE FROM gateway.sign_in_failure WHERE username = $1`, [account.username]);
      await this.audit.record('password-reset', account.username, { actor: actorName(request, admin), clientAddress: request.ip }, tx);
    });
    return { username, oneTimePassword: password };
  }
}

function actorName(request: FastifyRequest, principal: Principal): string {
  return request.gatewaySession?.account.username ?? principal.id;
}
