import { Body, Controller, ForbiddenException, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { InputValidationException, ApiErrors } from '#platform';
import { AccountStore } from '../accounts/account-store.js';
import { checkPasswordText, nextPasswordHistory, REUSED_PASSWORD } from '../accounts/domain/password-policy.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { AuditLog } from '../audit/audit-log.js';
import { SessionStore } from '../sessions/session-store.js';

export class ChangePasswordBody {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(128) currentPassword!: string;
  @ApiProperty({ description: '至少 8 位，含大写字母、小写字母、数字、符号中的三类，不含用户名，不与最近 5 次相同' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  newPassword!: string;
}

@ApiTags('auth')
@Controller('api/auth/password')
export class ChangePasswordController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  @HttpCode(204)
  @ApiOperation({ summary: '修改本人密码（其他会话随即结束）' })
  @ApiNoContentResponse({ description: '已修改；本人的其他会话已结束' })
  @ApiErrors(400, 403)
  async change(@Body() body: ChangePasswordBody, @Req() request: FastifyRequest): Promise<void> {
    const session = request.gatewaySession;
    if (!session) throw new ForbiddenException({ message: '修改密码须先以账号登录（令牌调用不能修改密码）', rule: 'session-required' });
    await this.dataSource.transaction(async (tx) => {
      const account = await this.accounts.byId(session.account.id, tx, true);
      if (!account) throw new ForbiddenException({ message: '账号不存在', rule: 'account-missing' });
      if (!(await this.hasher.verify(account.passwordHash, body.currentPassword))) {
        throw new InputValidationException([{ field: 'currentPassword', rule: 'current-password', message: '当前密码不正确' }]);
      }
      const broken = checkPasswordText(body.newPassword, account.username);
      if (broken) throw new InputValidationException([{ field: 'newPassword', rule: broken.rule, message: broken.message }]);
      for (const old of [account.passwordHash, ...account.previousPasswordHashes]) {
        if (await this.hasher.verify(old, body.newPassword)) {
          throw new InputValidationException([{ field: 'newPassword', rule: REUSED_PASSWORD.rule, message: REUSED_PASSWORD.message }]);
        }
      }
      await this.accounts.setPassword(tx, account.id, await this.hasher.hash(body.newPassword), nextPasswordHistory(account.passwordHash, account.previousPasswordHashes), false);
      await this.sessions.endAll(tx, account.id, 'password-changed', session.key);
      await this.audit.record('password-changed', account.username, { actor: account.username, clientAddress: request.ip }, tx);
    });
  }
}
