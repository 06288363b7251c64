import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { RoutingRule } from '../cases/domain/routing.js';

/** The county's routing table (category × township → unit), which the county edits without a release. */
@Injectable()
export class RoutingRulesService {
  constructor(private readonly dataSource: DataSource) {}

  async all(tx?: EntityManager): Promise<RoutingRule[]> {
    return (tx ?? this.dataSource).query(`SELECT category_code AS "categoryCode", township_code AS "townshipCode", unit_code AS "unitCode" FROM casework.routing_rule ORDER BY category_code, township_code NULLS FIRST`);
  }

  async replaceAll(rules: RoutingRule[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM casework.routing_rule`);
      for (const r of rules) {
        await tx.query(`INSERT INTO casework.routing_rule (category_code, township_code, unit_code) VALUES ($1, $2, $3)`, [r.categoryCode, r.townshipCode, r.unitCode]);
      }
    });
  }
}
