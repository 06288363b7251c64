import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DirectoryPublishedV1, type FieldError, type UnitKind } from '#contracts';
import { Outbox } from '#messaging';

export interface CountyDirectory {
  countyName: string;
  townships: { code: string; name: string; villages: { code: string; name: string }[] }[];
  units: { code: string; name: string; kind: UnitKind; townshipCode?: string | null }[];
  categories: { code: string; name: string }[];
}

/**
 * How long an answer "this township, village, category and unit are in the directory" is reused.
 * The directory is only ever added to or renamed (an import upserts, never deletes), so a
 * remembered yes can go stale only when a village moves to another township, and then for at
 * most this long on the other replicas; a no is always asked again, so new entries count at once.
 */
const KNOWN_ENTRIES_TTL_MS = 60_000;

/** The county's townships, villages, handling units and category catalogue, owned by intake. */
@Injectable()
export class DirectoryService {
  /** Registrations check the directory on every request; the answers that were all yes, by key. */
  private readonly knownEntries = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** What in a petition does not match the directory, as field errors. */
  async problems(input: { townshipCode: string; villageCode?: string; category: string; accusedUnit?: string }): Promise<FieldError[]> {
    const key = JSON.stringify([input.townshipCode, input.villageCode ?? null, input.category, input.accusedUnit ?? null]);
    const knownUntil = this.knownEntries.get(key);
    if (knownUntil !== undefined && knownUntil > Date.now()) return [];
    const [row] = await this.dataSource.query(
      `SELECT
         EXISTS (SELECT 1 FROM intake.township WHERE code = $1) AS township,
         EXISTS (SELECT 1 FROM intake.village WHERE code = $2 AND township_code = $1) AS village,
         EXISTS (SELECT 1 FROM intake.category WHERE code = $3) AS category,
         EXISTS (SELECT 1 FROM intake.handling_unit WHERE code = $4) AS unit`,
      [input.townshipCode, input.villageCode ?? null, input.category, input.accusedUnit ?? null],
    );
    const problems: FieldError[] = [];
    if (!row.township) problems.push({ field: 'townshipCode', rule: 'knownTownship', message: '不是本县的乡镇代码（见 GET /api/directory）' });
    else if (input.villageCode && !row.village) problems.push({ field: 'villageCode', rule: 'villageOfTownship', message: '该村（社区）不属于所填乡镇' });
    if (!row.category) problems.push({ field: 'category', rule: 'knownCategory', message: '不在本县的信访事项分类中（见 GET /api/categories）' });
    if (input.accusedUnit && !row.unit) problems.push({ field: 'accusedUnit', rule: 'knownUnit', message: '不是本县登记的单位代码' });
    if (problems.length === 0) {
      if (this.knownEntries.size >= 10_000) this.knownEntries.clear();
      this.knownEntries.set(key, Date.now() + KNOWN_ENTRIES_TTL_MS);
    }
    return problems;
  }

  /** The county's name (清溪县), null before the first directory import. */
  async countyName(): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT name FROM intake.county`);
    return row?.name ?? null;
  }

  async townships() {
    const townships: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM intake.township ORDER BY code`);
    const villages: { code: string; name: string; township_code: string }[] = await this.dataSource.query(`SELECT code, name, township_code FROM intake.village ORDER BY code`);
    return townships.map((t) => ({ ...t, villages: villages.filter((v) => v.township_code === t.code).map(({ code, name }) => ({ code, name })) }));
  }

  async units() {
    return this.dataSource.query(`SELECT code, name, kind, township_code AS "townshipCode" FROM intake.handling_unit ORDER BY kind, code`);
  }

  async categories(): Promise<{ code: string; name: string }[]> {
    return this.dataSource.query(`SELECT code, name FROM intake.category ORDER BY position`);
  }

  /**
   * Loads or updates the directory in one transaction and publishes it whole, so casework and
   * reporting keep their own copy. Running it again with the same data changes nothing.
   */
  async importDirectory(directory: CountyDirectory): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [current] = await tx.query(`SELECT name FROM intake.county`);
      const unchanged = current?.name === directory.countyName && JSON.stringify(await this.snapshot(tx)) === JSON.stringify(normalise(directory));
      if (unchanged) return;
      await tx.query(`INSERT INTO intake.county (id, name) VALUES (true, $1) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`, [directory.countyName]);
      for (const t of directory.townships) {
        await tx.query(`INSERT INTO intake.township (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`, [t.code, t.name]);
        for (const v of t.villages) {
          await tx.query(`INSERT INTO intake.village (code, township_code, name) VALUES ($1, $2, $3) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, township_code = EXCLUDED.township_code`, [v.code, t.code, v.name]);
        }
      }
      for (const u of directory.units) {
        await tx.query(`INSERT INTO intake.handling_unit (code, name, kind, township_code) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, township_code = EXCLUDED.township_code`, [u.code, u.name, u.kind, u.townshipCode ?? null]);
      }
      for (const [position, c] of directory.categories.entries()) {
        await tx.query(`INSERT INTO intake.category (code, name, position) VALUES ($1, $2, $3) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position`, [c.code, c.name, position]);
      }
      this.knownEntries.clear();
      await this.outbox.emit(tx, DirectoryPublishedV1, { countyName: directory.countyName, ...(await this.snapshot(tx)) }, { townshipCode: null });
    });
  }

  /** The directory as stored, in the shape it is published in. */
  private async snapshot(tx: { query(sql: string): Promise<any[]> }): Promise<Omit<DirectoryPublishedV1, 'countyName'>> {
    const townships: { code: string; name: string }[] = await tx.query(`SELECT code, name FROM intake.township ORDER BY code`);
    const villages: { code: string; name: string; township_code: string }[] = await tx.query(`SELECT code, name, township_code FROM intake.village ORDER BY code`);
    const units: { code: string; name: string; kind: UnitKind; township_code: string | null }[] = await tx.query(`SELECT code, name, kind, township_code FROM intake.handling_unit ORDER BY code`);
    const categories: { code: string; name: string }[] = await tx.query(`SELECT code, name FROM intake.category ORDER BY position`);
    return {
      townships: townships.map((t) => ({ ...t, villages: villages.filter((v) => v.township_code === t.code).map(({ code, name }) => ({ code, name })) })),
      units: units.map((u) => ({ code: u.code, name: u.name, kind: u.kind, townshipCode: u.township_code })),
      categories,
    };
  }
}

/** The directory sorted as `snapshot` returns it, to tell whether an import changes anything. */
function normalise(d: CountyDirectory): Omit<DirectoryPublishedV1, 'countyName'> {
  const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    townships: [...d.townships].sort(byCode).map((t) => ({ code: t.code, name: t.name, villages: [...t.villages].sort(byCode).map(({ code, name }) => ({ code, name })) })),
    units: [...d.units].sort(byCode).map((u) => ({ code: u.code, name: u.name, kind: u.kind, townshipCode: u.townshipCode ?? null })),
    categories: d.categories.map(({ code, name }) => ({ code, name })),
  };
}
