import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

export interface TemplateVersion {
  key: string;
  version: number;
  channel: 'sms' | 'email' | 'inbox';
  subject: string | null;
  body: string;
  createdAt: Date;
  createdBy: string | null;
}

const COLUMNS = `key, version, channel, subject, body, created_at AS "createdAt", created_by AS "createdBy"`;

/** Versioned templates: a change adds a version; deliveries record the version they were sent with. */
@Injectable()
export class TemplatesService {
  constructor(private readonly dataSource: DataSource) {}

  async latest(key: string, tx?: EntityManager): Promise<TemplateVersion | undefined> {
    const [row] = await (tx ?? this.dataSource).query(`SELECT ${COLUMNS} FROM notification.template WHERE key = $1 ORDER BY version DESC LIMIT 1`, [key]);
    return row;
  }

  async version(key: string, version: number): Promise<TemplateVersion | undefined> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM notification.template WHERE key = $1 AND version = $2`, [key, version]);
    return row;
  }

  async latestOfEach(): Promise<TemplateVersion[]> {
    return this.dataSource.query(`SELECT DISTINCT ON (key) ${COLUMNS} FROM notification.template ORDER BY key, version DESC`);
  }

  async history(key: string): Promise<TemplateVersion[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM notification.template WHERE key = $1 ORDER BY version DESC`, [key]);
  }

  async addVersion(key: string, channel: TemplateVersion['channel'], subject: string | null, body: string, by: string): Promise<TemplateVersion> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`template:${key}`]);
      const [{ next }] = await tx.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM notification.template WHERE key = $1`, [key]);
      await tx.query(`INSERT INTO notification.template (key, version, channel, subject, body, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [key, next, channel, subject, body, by]);
      return (await this.latest(key, tx))!;
    });
  }
}
