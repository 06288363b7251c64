import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** What the sign-in audit log records (等保: identification and authentication events, account changes). */
export const AUDIT_KINDS = [
  'signed-in',
  'sign-in-failed',
  'account-locked',
  'sign-in-refused-locked',
  'signed-out',
  'session-expired',
  'password-changed',
  'account-created',
  'account-changed',
  'account-disabled',
  'account-enabled',
  'password-reset',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  kind: AuditKind;
  username: string;
  actor: string | null;
  clientAddress: string | null;
  detail: Record<string, unknown>;
}

export interface AuditQuery {
  username?: string;
  kind?: AuditKind;
  from?: Date;
  to?: Date;
  /** Entries older than this id (the next page). */
  before?: string;
  limit: number;
}

/** Never given a password, a hash, a cookie or a token: only who, what, when and from where. */
@Injectable()
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  async record(kind: AuditKind, username: string, extra: { actor?: string; clientAddress?: string; detail?: Record<string, unknown> } = {}, db: EntityManager | DataSource = this.dataSource): Promise<void> {
    await db.query(`INSERT INTO gateway.audit_log (kind, username, actor, client_address, detail) VALUES ($1, $2, $3, $4, $5)`, [
      kind,
      username.slice(0, 100),
      extra.actor ?? null,
      extra.clientAddress ?? null,
      extra.detail ?? {},
    ]);
  }

  async list(query: AuditQuery): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.username) add('username = ?', query.username.toLowerCase());
    if (query.kind) add('kind = ?', query.kind);
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    if (query.before) add('id < ?', query.before);
    params.push(query.limit);
    const rows = await this.dataSource.query(
      `SELECT id::text AS id, at, kind, username, actor, client_address AS "clientAddress", detail FROM gateway.audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((r: AuditEntry & { at: Date }) => ({ ...r, at: r.at.toISOString() }));
  }
}
