import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '#platform';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  townshipCode: string | null;
  unitCode: string | null;
  mobile: string | null;
  passwordHash: string;
  previousPasswordHashes: string[];
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What an administrator or the account's owner sees: never a hash. */
export interface AccountView {
  /** The staff id the services record (the token's sub): on duty rosters, case timelines, ownership. */
  id: string;
  username: string;
  displayName: string;
  role: Role;
  townshipCode?: string;
  unitCode?: string;
  mobile?: string;
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, username, display_name AS "displayName", role, township_code AS "townshipCode", unit_code AS "unitCode", mobile,
  password_hash AS "passwordHash", previous_password_hashes AS "previousPasswordHashes", must_change_password AS "mustChangePassword",
  disabled, created_at AS "createdAt", updated_at AS "updatedAt"`;

export function accountView(a: Account): AccountView {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    ...(a.townshipCode ? { townshipCode: a.townshipCode } : {}),
    ...(a.unitCode ? { unitCode: a.unitCode } : {}),
    ...(a.mobile ? { mobile: a.mobile } : {}),
    mustChangePassword: a.mustChangePassword,
    disabled: a.disabled,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export type NewAccount = Pick<Account, 'id' | 'username' | 'displayName' | 'role' | 'townshipCode' | 'unitCode' | 'mobile' | 'passwordHash' | 'mustChangePassword'>;
export type AccountChanges = Partial<Pick<Account, 'displayName' | 'role' | 'townshipCode' | 'unitCode' | 'mobile' | 'disabled'>>;

const CHANGE_COLUMNS: Record<keyof AccountChanges, string> = {
  displayName: 'display_name',
  role: 'role',
  townshipCode: 'township_code',
  unitCode: 'unit_code',
  mobile: 'mobile',
  disabled: 'disabled',
};

/** The gateway's staff accounts (schema `gateway`). */
@Injectable()
export class AccountStore {
  constructor(private readonly dataSource: DataSource) {}

  async byUsername(username: string, db: EntityManager | DataSource = this.dataSource, forUpdate = false): Promise<Account | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM gateway.account WHERE username = $1${forUpdate ? ' FOR UPDATE' : ''}`, [username.trim().toLowerCase()]);
    return (row as Account | undefined) ?? null;
  }

  async byId(id: string, db: EntityManager | DataSource = this.dataSource, forUpdate = false): Promise<Account | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM gateway.account WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return (row as Account | undefined) ?? null;
  }

  async list(): Promise<Account[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM gateway.account ORDER BY role, township_code NULLS FIRST, unit_code NULLS FIRST, username`);
  }

  /** Inserts the account; false when the username or id is taken. */
  async insert(db: EntityManager | DataSource, a: NewAccount): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO gateway.account (id, username, display_name, role, township_code, unit_code, mobile, password_hash, must_change_password)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
      [a.id, a.username, a.displayName, a.role, a.townshipCode, a.unitCode, a.mobile, a.passwordHash, a.mustChangePassword],
    );
    return rows.length === 1;
  }

  async update(db: EntityManager, id: string, changes: AccountChanges): Promise<void> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as Array<[keyof AccountChanges, unknown]>;
    if (!entries.length) return;
    const sets = entries.map(([key], i) => `${CHANGE_COLUMNS[key]} = $${i + 2}`);
    await db.query(`UPDATE gateway.account SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
  }

  async setPassword(db: EntityManager, id: string, passwordHash: string, previous: string[], mustChange: boolean): Promise<void> {
    await db.query(
      `UPDATE gateway.account SET password_hash = $2, previous_password_hashes = $3, must_change_password = $4, updated_at = now() WHERE id = $1`,
      [id, passwordHash, previous, mustChange],
    );
  }
}
