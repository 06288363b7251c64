import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DirectoryPublishedV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';

/** Keeps casework's copy of townships and units equal to the directory intake publishes. */
@Injectable()
export class ProjectDirectory implements EventHandler<DirectoryPublishedV1> {
  readonly contract = DirectoryPublishedV1;

  async handle(event: EventEnvelope<DirectoryPublishedV1>, tx: EntityManager): Promise<void> {
    const d = event.payload;
    await tx.query(`DELETE FROM casework.township`);
    for (const t of d.townships) await tx.query(`INSERT INTO casework.township (code, name) VALUES ($1, $2)`, [t.code, t.name]);
    // units are upserted, not deleted: old cases still name units the county has since retired
    for (const u of d.units) {
      await tx.query(
        `INSERT INTO casework.unit (code, name, kind, township_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, township_code = EXCLUDED.township_code`,
        [u.code, u.name, u.kind, u.townshipCode ?? null],
      );
    }
  }
}
