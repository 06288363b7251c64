import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

export interface DutyDay {
  date: string;
  leaderId: string;
  leaderName: string;
}

/** 领导接访: one leader receives visitors on each working day, per township; edited a month at a time. */
@Injectable()
export class DutyRosterService {
  constructor(private readonly dataSource: DataSource) {}

  async month(townshipCode: string, month: string): Promise<DutyDay[]> {
    return this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date, leader_id AS "leaderId", leader_name AS "leaderName"
       FROM casework.duty_roster WHERE township_code = $1 AND to_char(day, 'YYYY-MM') = $2 ORDER BY day`,
      [townshipCode, month],
    );
  }

  async replaceMonth(townshipCode: string, month: string, days: DutyDay[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM casework.duty_roster WHERE township_code = $1 AND to_char(day, 'YYYY-MM') = $2`, [townshipCode, month]);
      for (const d of days) {
        await tx.query(`INSERT INTO casework.duty_roster (township_code, day, leader_id, leader_name) VALUES ($1, $2, $3, $4)`, [townshipCode, d.date, d.leaderId, d.leaderName]);
      }
    });
  }

  /** The leaders the township's roster names, each with the name of their latest day on it, in the order of their ids. */
  async leaders(townshipCode: string): Promise<{ leaderId: string; leaderName: string; lastDutyOn: string; days: number }[]> {
    const rows: { leaderId: string; leaderName: string; lastDutyOn: string; days: number }[] = await this.dataSource.query(
      `SELECT leader_id AS "leaderId", (array_agg(leader_name ORDER BY day DESC))[1] AS "leaderName",
              to_char(max(day), 'YYYY-MM-DD') AS "lastDutyOn", count(*)::int AS days
       FROM casework.duty_roster WHERE township_code = $1 GROUP BY leader_id ORDER BY leader_id`,
      [townshipCode],
    );
    return rows;
  }

  /** The leader on duty in a township on a local date, to whom a visit that day is attributed. */
  async leaderOnDuty(tx: EntityManager, townshipCode: string, date: string): Promise<string | null> {
    const [row] = await tx.query(`SELECT leader_id FROM casework.duty_roster WHERE township_code = $1 AND day = $2`, [townshipCode, date]);
    return row?.leader_id ?? null;
  }
}
