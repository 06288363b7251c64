import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { contextOrSystem, type Principal } from '#platform';

export type DataReader = { kind: 'staff'; principal: Principal } | { kind: 'service'; service: string };

/** Writes who read a petitioner's personal data, when, for which petition and why. */
@Injectable()
export class PersonalDataAccessLog {
  constructor(private readonly dataSource: DataSource) {}

  async record(reader: DataReader, petitionId: string | null, purpose: string, tx?: EntityManager, petitionerRef: string | null = null): Promise<void> {
    const actorId = reader.kind === 'staff' ? reader.principal.id : reader.service;
    const actorRole = reader.kind === 'staff' ? reader.principal.role : null;
    await (tx ?? this.dataSource).query(
      `INSERT INTO intake.personal_data_access (actor_kind, actor_id, actor_role, petition_id, petitioner_ref, purpose, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [reader.kind, actorId, actorRole, petitionId, petitionerRef, purpose, contextOrSystem().correlationId],
    );
  }
}
