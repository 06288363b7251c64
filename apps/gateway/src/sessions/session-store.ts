import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '#platform';

export const SESSION_COOKIE = 'xinfang_session';

/** The cookie value is 256 random bits; only its SHA-256 is stored. */
export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionKey(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export interface LiveSession {
  key: Buffer;
  /** Why it ended, when it has (the cookie outlived it). */
  endReason: EndReason | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The database's clock, so every replica judges expiry by one time. */
  now: Date;
  account: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    townshipCode: string | null;
    unitCode: string | null;
    disabled: boolean;
    mustChangePassword: boolean;
  };
}

export type EndReason = 'signed-out' | 'idle' | 'absolute' | 'disabled' | 'password-changed' | 'password-reset';

@Injectable()
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

  async start(db: EntityManager, accountId: string): Promise<string> {
    const secret = newSessionSecret();
    await db.query(`INSERT INTO gateway.session (token_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, now(), now())`, [sessionKey(secret), accountId]);
    return secret;
  }

  /** The session behind a cookie value, open or ended, with its account as it is now. */
  async find(secret: string): Promise<LiveSession | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.token_hash AS key, CASE WHEN s.ended_at IS NULL THEN NULL ELSE coalesce(s.end_reason, 'signed-out') END AS "endReason", s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", now() AS now,
              a.id, a.username, a.display_name AS "displayName", a.role, a.township_code AS "townshipCode", a.unit_code AS "unitCode",
              a.disabled, a.must_change_password AS "mustChangePassword"
         FROM gateway.session s JOIN gateway.account a ON a.id = s.account_id
        WHERE s.token_hash = $1`,
      [sessionKey(secret)],
    );
    if (!row) return null;
    const { key, endReason, createdAt, lastSeenAt, now, ...account } = row;
    return { key, endReason, createdAt, lastSeenAt, now, account };
  }

  async touch(key: Buffer): Promise<void> {
    await this.dataSource.query(`UPDATE gateway.session SET last_seen_at = now() WHERE token_hash = $1 AND ended_at IS NULL`, [key]);
  }

  /** Ends one session; true when it was still open (so it is audited once, whoever ends it). */
  async end(key: Buffer, reason: EndReason, db: EntityManager | DataSource = this.dataSource): Promise<boolean> {
    const rows = await db.query(`UPDATE gateway.session SET ended_at = now(), end_reason = $2 WHERE token_hash = $1 AND ended_at IS NULL RETURNING 1`, [key, reason]);
    return rowCount(rows) > 0;
  }

  /** Ends every open session of an account (disabled, password reset), optionally but one. */
  async endAll(db: EntityManager, accountId: string, reason: EndReason, except?: Buffer): Promise<void> {
    await db.query(`UPDATE gateway.session SET ended_at = now(), end_reason = $2 WHERE account_id = $1 AND ended_at IS NULL AND ($3::bytea IS NULL OR token_hash <> $3)`, [accountId, reason, except ?? null]);
  }
}

/** TypeORM's query() answers an UPDATE … RETURNING with [rows, count] on PostgreSQL. */
function rowCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
