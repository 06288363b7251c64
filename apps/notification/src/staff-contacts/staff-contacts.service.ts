import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

export interface StaffContact {
  accountId: string;
  name: string;
  role: string;
  townshipCode: string | null;
  unitCode: string | null;
  email: string | null;
}

const SELECT = `SELECT account_id AS "accountId", name, role, township_code AS "townshipCode", unit_code AS "unitCode", email FROM notification.staff_contact`;

/** Staff who receive email: the organisation's own directory of its people (not petitioners). */
@Injectable()
export class StaffContactsService {
  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<StaffContact[]> {
    return this.dataSource.query(`${SELECT} ORDER BY role, township_code NULLS FIRST, unit_code NULLS FIRST, account_id`);
  }

  async replaceAll(contacts: StaffContact[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM notification.staff_contact`);
      for (const c of contacts) {
        await tx.query(`INSERT INTO notification.staff_contact (account_id, name, role, township_code, unit_code, email) VALUES ($1,$2,$3,$4,$5,$6)`, [c.accountId, c.name, c.role, c.townshipCode, c.unitCode, c.email]);
      }
    });
  }

  /** The people of a handling unit: a department's officers, or a township government's officers and leaders. */
  async ofUnit(tx: EntityManager, unit: { code: string; kind: string; townshipCode: string | null }): Promise<StaffContact[]> {
    if (unit.kind === 'township' && unit.townshipCode) {
      return tx.query(`${SELECT} WHERE township_code = $1 AND role IN ('township-officer', 'leader') AND unit_code IS NULL`, [unit.townshipCode]);
    }
    return tx.query(`${SELECT} WHERE unit_code = $1`, [unit.code]);
  }

  async ofAccount(tx: EntityManager, accountId: string): Promise<StaffContact[]> {
    return tx.query(`${SELECT} WHERE account_id = $1`, [accountId]);
  }

  async ofRole(tx: EntityManager, role: string, townshipCode: string | null): Promise<StaffContact[]> {
    return tx.query(`${SELECT} WHERE role = $1 AND ($2::char(12) IS NULL OR township_code = $2)`, [role, townshipCode]);
  }
}
