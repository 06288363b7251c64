import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { now, type Principal } from '#platform';
import { CalendarService } from '../calendar/calendar.service.js';
import { UnitsService } from '../directory/units.service.js';
import { caseScope, confidentiality } from './case-scope.js';
import { CaseStore } from './case-store.js';
import { CaseViews, type CaseView } from './case-views.js';
import { decide, type CaseCommand } from './domain/case-commands.js';

/**
 * Runs a staff member's command on a case: checks the case is in their scope, lets the pure domain decide, and records the outcome — state,
 * history, clocks and events — in one transaction.
 */
@Injectable()
export class CaseCommands {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: CaseStore,
    private readonly calendar: CalendarService,
    private readonly units: UnitsService,
    private readonly views: CaseViews,
  ) {}

  async execute(caseId: string, command: CaseCommand, principal: Principal): Promise<CaseView> {
    const after = await this.dataSource.transaction(async (tx) => {
      const params: unknown[] = [caseId];
      const [visible] = await tx.query(`SELECT 1 FROM casework."case" c WHERE c.id = $1 AND ${caseScope(principal, params)}`, params);
      if (!visible) {
        // api.md: another township's case is 404 to read and 403 to act on; a hidden accusation is 404 to everyone in the accused unit
        const known: unknown[] = [caseId];
        const [exists] = await tx.query(`SELECT 1 FROM casework."case" c WHERE c.id = $1 AND ${confidentiality(principal, known)}`, known);
        if (!exists) throw new NotFoundException('没有这个案件');
        throw new ForbiddenException({ message: '只能办理本乡镇（本单位）的案件', rule: 'out-of-scope' });
      }
      const stored = (await this.store.lock(tx, caseId))!;
      const events = decide(stored.state, command, {
        now: now(),
        actor: { id: principal.id, role: principal.role, name: principal.name, townshipCode: principal.townshipCode, unitCode: principal.unitCode },
        calendar: await this.calendar.current(),
        ...(await this.units.lookup(tx)),
      });
      return this.store.append(tx, caseId, stored, events);
    });
    // an action can take the case out of the caller's scope (a department's objection sends it
    // back to the county): the caller then gets the state it left the case in, without the timeline
    return (await this.views.one(caseId, principal)) ?? this.views.summary(after);
  }
}
