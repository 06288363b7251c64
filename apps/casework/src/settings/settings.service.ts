import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_SETTINGS, type CaseworkSettings } from './settings.js';

const CACHE_MS = 30_000;

/** Reads county settings, cached briefly: a change reaches every replica within half a minute. */
@Injectable()
export class SettingsService {
  private cached?: { at: number; settings: CaseworkSettings };

  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<CaseworkSettings> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.settings;
    const rows: { key: keyof CaseworkSettings; value: unknown }[] = await this.dataSource.query(`SELECT key, value FROM casework.setting`);
    const settings = { ...DEFAULT_SETTINGS, ...Object.fromEntries(rows.map((r) => [r.key, r.value])) } as CaseworkSettings;
    this.cached = { at: Date.now(), settings };
    return settings;
  }

  async reminderDaysBefore(): Promise<number> {
    return (await this.all()).reminderDaysBefore;
  }

  async update(changes: Partial<CaseworkSettings>): Promise<CaseworkSettings> {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      await this.dataSource.query(`INSERT INTO casework.setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, JSON.stringify(value)]);
    }
    this.cached = undefined;
    return this.all();
  }
}
