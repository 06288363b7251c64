import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException, ForbiddenException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '#platform';
import { type Account, AccountStore } from '../accounts/account-store.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { AuditLog } from '../audit/audit-log.js';
import type { GatewayConfig } from '../config.js';
import { SessionStore } from '../sessions/session-store.js';

/** Beijing time, as a clerk reads it on the sign-in page. */
export function beijingClock(at: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
}

export class AccountLockedException extends HttpException {
  constructor(lockedUntil: Date) {
    super(
      { message: `密码错误次数过多，账号已锁定，请于 ${beijingClock(lockedUntil)}（北京时间）后再试`, rule: 'account-locked', details: { lockedUntil: lockedUntil.toISOString() } },
      HttpStatus.LOCKED,
    );
  }
}

const WRONG_CREDENTIALS = '用户名或密码错误';

/**
 * Sign-in with a lock after repeated failures. Attempts on one username are serialised by a
 * PostgreSQL advisory lock, so five failures lock the account exactly once however many replicas
 * answer them. Unknown usernames are counted and locked too: a 423 does not tell which exist.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async signIn(usernameInput: string, password: string, clientAddress: string): Promise<{ secret: string; account: Account }> {
    const username = usernameInput.trim().toLowerCase();
    const outcome = await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('xinfang-sign-in:' || $1))`, [username]);
      const [lock] = await tx.query(`SELECT locked_until AS "lockedUntil" FROM gateway.sign_in_lock WHERE username = $1 AND locked_until > now()`, [username]);
      if (lock) {
        await this.audit.record('sign-in-refused-locked', username, { clientAddress }, tx);
        return { kind: 'locked' as const, lockedUntil: lock.lockedUntil as Date };
      }
      const account = await this.accounts.byUsername(username, tx);
      const passwordRight = await this.hasher.verify(account?.passwordHash ?? null, password);
      if (account && passwordRight) {
        await tx.query(`DELETE FROM gateway.sign_in_failure WHERE username = $1`, [username]);
        if (account.disabled) {
          await this.audit.record('sign-in-failed', username, { clientAddress, detail: { reason: 'disabled' } }, tx);
          return { kind: 'disabled' as const };
        }
        const secret = await this.sessions.start(tx, account.id);
        await this.audit.record('signed-in', username, { clientAddress }, tx);
        return { kind: 'signed-in' as const, secret, account };
      }
      await tx.query(`INSERT INTO gateway.sign_in_failure (username, at) VALUES ($1, now())`, [username]);
      await this.audit.record('sign-in-failed', username, { clientAddress, detail: { reason: account ? 'wrong-password' : 'unknown-username' } }, tx);
      const [{ failures }] = await tx.query(`SELECT count(*)::int AS failures FROM gateway.sign_in_failure WHERE username = $1 AND at > now() - make_interval(secs => $2)`, [
        username,
        this.config.LOGIN_LOCK_WINDOW_SECONDS,
      ]);
      if (failures >= this.config.LOGIN_LOCK_FAILURES) {
        const [{ lockedUntil }] = await tx.query(
          `INSERT INTO gateway.sign_in_lock (username, locked_until) VALUES ($1, now() + make_interval(secs => $2))
           ON CONFLICT (username) DO UPDATE SET locked_until = EXCLUDED.locked_until RETURNING locked_until AS "lockedUntil"`,
          [username, this.config.LOGIN_LOCK_SECONDS],
        );
        await tx.query(`DELETE FROM gateway.sign_in_failure WHERE username = $1`, [username]);
        await this.audit.record('account-locked', username, { clientAddress, detail: { failures, lockedUntil: (lockedUntil as Date).toISOString() } }, tx);
        return { kind: 'locked' as const, lockedUntil: lockedUntil as Date };
      }
      return { kind: 'wrong' as const, remaining: this.config.LOGIN_LOCK_FAILURES - failures };
    });
    switch (outcome.kind) {
      case 'signed-in':
        return { secret: outcome.secret, account: outcome.account };
      case 'locked':
        throw new AccountLockedException(outcome.lockedUntil);
      case 'disabled':
        throw new ForbiddenException({ message: '账号已停用，请联系县信访局', rule: 'account-disabled' });
      case 'wrong':
        throw new UnauthorizedException({
          message: outcome.remaining <= 2 ? `${WRONG_CREDENTIALS}（再错 ${outcome.remaining} 次将锁定 ${Math.round(this.config.LOGIN_LOCK_SECONDS / 60)} 分钟）` : WRONG_CREDENTIALS,
          rule: 'wrong-credentials',
        });
    }
  }
}
