import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DirectoryPublishedV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';

/** Keeps the names messages need (county, townships, units, categories) equal to intake's directory. */
@Injectable()
export class ProjectDirectory implements EventHandler<DirectoryPublishedV1> {
  readonly contract = DirectoryPublishedV1;

  async handle(event: EventEnvelope<DirectoryPublishedV1>, tx: EntityManager): Promise<void> {
    const d = event.payload;
    await tx.query(`INSERT INTO notification.county (id, name) VALUES (true, $1) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`, [d.countyName]);
    await tx.query(`DELETE FROM notification.township`);
    await tx.query(`DELETE FROM notification.category`);
    for (const t of d.townships) await tx.query(`INSERT INTO notification.township (code, name) VALUES ($1, $2)`, [t.code, t.name]);
    for (const c of d.categories) await tx.query(`INSERT INTO notification.category (code, name) VALUES ($1, $2)`, [c.code, c.name]);
    for (const u of d.units) {
      await tx.query(
        `INSERT INTO notification.unit (code, name, kind, township_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, township_code = EXCLUDED.township_code`,
        [u.code, u.name, u.kind, u.townshipCode ?? null],
      );
    }
  }
}
