import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PetitionRegisteredV1, type EventEnvelope } from '#contracts';
import type { EventHandler } from '#messaging';

const CHANNEL_NAMES = { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' } as const;

/** Tells the township's petition officers, in their in-app inbox, that a petition of theirs was registered. */
@Injectable()
export class NotifyTownshipOfRegistration implements EventHandler<PetitionRegisteredV1> {
  readonly contract = PetitionRegisteredV1;

  async handle(event: EventEnvelope<PetitionRegisteredV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    const marks = [p.flags.collective && '集体访', p.flags.repeat && '重复访', p.flags.skipLevel && '越级访'].filter(Boolean);
    await tx.query(
      `INSERT INTO notification.inbox_message (id, audience_role, audience_township, title, body, link, source_event_id)
       VALUES ($1, 'township-officer', $2, $3, $4, $5, $6)`,
      [
        randomUUID(),
        p.townshipCode,
        `新登记${CHANNEL_NAMES[p.channel]}件${marks.length ? `（${marks.join('、')}）` : ''}`,
        `收到时间 ${new Date(p.receivedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}，请在 15 日内转送、交办或告知信访人。`,
        `/petitions/${p.petitionId}`,
        event.id,
      ],
    );
  }
}
