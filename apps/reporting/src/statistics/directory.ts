import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentNames } from '../projections/generation-sql.js';

export interface DirectoryView {
  countyName: string;
  townships: Array<{ code: string; name: string; villages: Array<{ code: string; name: string }> }>;
  units: Array<{ code: string; name: string; kind: string; townshipCode?: string | null }>;
  categories: Array<{ code: string; name: string }>;
}

/** Names for reports, from the last county directory intake published (intake.directory.published.v1). */
export class Names {
  private readonly townships = new Map<string, string>();
  private readonly villages = new Map<string, string>();
  private readonly units = new Map<string, { name: string; kind: string; townshipCode?: string | null }>();
  private readonly categories = new Map<string, string>();

  constructor(readonly directory: DirectoryView) {
    for (const t of directory.townships) {
      this.townships.set(t.code, t.name);
      for (const v of t.villages) this.villages.set(v.code, v.name);
    }
    for (const u of directory.units) this.units.set(u.code, u);
    for (const c of directory.categories) this.categories.set(c.code, c.name);
  }

  get countyName(): string {
    return this.directory.countyName || '本县';
  }
  township(code: string | null | undefined): string {
    return code ? (this.townships.get(code) ?? code) : '';
  }
  village(code: string | null | undefined): string {
    return code ? (this.villages.get(code) ?? code) : '（乡镇本级）';
  }
  unit(code: string | null | undefined): string {
    return code ? (this.units.get(code)?.name ?? code) : '（未转交）';
  }
  category(code: string | null | undefined): string {
    return code ? (this.categories.get(code) ?? code) : '';
  }
  /** The villages of a township, in directory order. */
  villagesOf(townshipCode: string): Array<{ code: string; name: string }> {
    return this.directory.townships.find((t) => t.code === townshipCode)?.villages ?? [];
  }
  /** The unit codes of a township's own government (an accusation against them is hidden from the township). */
  townshipGovernmentUnits(townshipCode: string): string[] {
    const codes = [...this.units.entries()].filter(([, u]) => u.kind === 'township' && u.townshipCode === townshipCode).map(([code]) => code);
    return [...new Set([...codes, `twp-${townshipCode}`])];
  }
}

@Injectable()
export class DirectoryNames {
  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<Names> {
    const [row] = await this.dataSource.query(`SELECT county_name, directory FROM ${currentNames('directory_fact')} WHERE id = 1`);
    const dir = row?.directory ?? { townships: [], units: [], categories: [] };
    return new Names({ countyName: row?.county_name ?? '', townships: dir.townships ?? [], units: dir.units ?? [], categories: dir.categories ?? [] });
  }
}
