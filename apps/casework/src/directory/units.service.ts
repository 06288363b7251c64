import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { UnitKind } from '#contracts';
import type { Unit } from '../cases/domain/case-events.js';

/** Casework's copy of the county's handling units (from intake's directory events). */
@Injectable()
export class UnitsService {
  constructor(private readonly dataSource: DataSource) {}

  async all(tx?: EntityManager): Promise<Unit[]> {
    const rows: { code: string; name: string; kind: UnitKind; township_code: string | null }[] = await (tx ?? this.dataSource).query(`SELECT code, name, kind, township_code FROM casework.unit ORDER BY kind, code`);
    return rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, townshipCode: r.township_code }));
  }

  /** A lookup for the pure domain: by code, and a township's own government. */
  async lookup(tx?: EntityManager): Promise<{ unit(code: string): Unit | undefined; townshipUnit(townshipCode: string): Unit | undefined; all: Unit[] }> {
    const all = await this.all(tx);
    const byCode = new Map(all.map((u) => [u.code, u]));
    const byTownship = new Map(all.filter((u) => u.kind === 'township' && u.townshipCode).map((u) => [u.townshipCode!, u]));
    return { unit: (code) => byCode.get(code), townshipUnit: (t) => byTownship.get(t), all };
  }
}
