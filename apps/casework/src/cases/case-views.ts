import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { now, type Principal } from '#platform';
import { CalendarService } from '../calendar/calendar.service.js';
import { UnitsService } from '../directory/units.service.js';
import { RoutingRulesService } from '../routing/routing-rules.service.js';
import { caseScope } from './case-scope.js';
import { allowedActions, type CaseAction } from './domain/allowed-actions.js';
import { deadlinesView, runningClocks } from './domain/case-deadlines.js';
import type { CaseEvent } from './domain/case-events.js';
import { ownershipRequired } from './domain/case-commands.js';
import { proposeUnit } from './domain/routing.js';
import type { CaseState } from './domain/case-state.js';
import { describeEvent } from './timeline.js';

export interface CaseView {
  id: string;
  petitionId: string;
  status: string;
  townshipCode: string;
  villageCode: string | null;
  channel: string;
  categoryCode: string;
  handlingUnitCode: string | null;
  handlingUnit: CaseState['handlingUnit'];
  ownerId: string | null;
  ownerName: string | null;
  ownershipRequired: boolean;
  flags: CaseState['flags'];
  isAccusation: boolean;
  receptionLeaderId: string | null;
  linkedPetitionIds: string[];
  receivedAt: string;
  deadlines: Record<string, string>;
  overdue: string[];
  extension: CaseState['extension'];
  reply: { outcome: string; repliedAt: string; onTime: boolean | null } | null;
  evaluation: string | null;
  final: boolean;
  closedAt: string | null;
  proposedUnit?: { code: string; name: string } | null;
  timeline?: { at: string; type: string; public: boolean; actorId: string | null; actorRole: string | null; actorName: string | null; summary: string }[];
  /** In detail: what the caller may do to the case now (domain/allowed-actions.ts), for the console to offer. */
  allowedActions?: CaseAction[];
}

/** Cases as staff see them: state, deadlines, and (in detail) the routing proposal and the timeline. */
@Injectable()
export class CaseViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly units: UnitsService,
    private readonly routing: RoutingRulesService,
  ) {}

  async summary(state: CaseState): Promise<CaseView> {
    const clocks = runningClocks(state, await this.calendar.current());
    const now = Date.now();
    return {
      id: state.id,
      petitionId: state.petitionId,
      status: state.status,
      townshipCode: state.townshipCode,
      villageCode: state.villageCode,
      channel: state.channel,
      categoryCode: state.categoryCode,
      handlingUnitCode: state.handlingUnit?.code ?? null,
      handlingUnit: state.handlingUnit,
      ownerId: state.ownerId,
      ownerName: state.ownerName ?? null,
      ownershipRequired: ownershipRequired(state),
      flags: state.flags,
      isAccusation: state.isAccusation,
      receptionLeaderId: state.receptionLeaderId,
      linkedPetitionIds: state.linkedPetitionIds,
      receivedAt: state.registeredAt,
      deadlines: deadlinesView(clocks),
      overdue: clocks.filter((c) => c.obligation && c.dueAt.getTime() < now).map((c) => c.clock),
      extension: state.extension,
      reply: state.repliedAt ? { outcome: state.replyOutcome!, repliedAt: state.repliedAt, onTime: state.replyOnTime } : null,
      evaluation: state.evaluation,
      final: state.final,
      closedAt: state.closedAt,
    };
  }

  async one(caseId: string, principal: Principal): Promise<CaseView | null> {
    const params: unknown[] = [caseId];
    const [row] = await this.dataSource.query(`SELECT c.state, c.version FROM casework."case" c WHERE c.id = $1 AND ${caseScope(principal, params)}`, params);
    if (!row) return null;
    const state: CaseState = row.state;
    // the history as far as this state goes: an action committed in between shows up in the next read, not half in this one
    const history: { event: CaseEvent; public: boolean; actor_id: string | null; actor_role: string | null }[] = await this.dataSource.query(
      `SELECT event, public, actor_id, actor_role FROM casework.case_history WHERE case_id = $1 AND version <= $2 ORDER BY version`,
      [caseId, row.version],
    );
    const view = await this.summary(state);
    const units = await this.units.lookup();
    if (state.status === 'registered') {
      const unit = proposeUnit(state, await this.routing.all(), units);
      view.proposedUnit = unit ? { code: unit.code, name: unit.name } : null;
    }
    view.allowedActions = allowedActions(state, {
      now: now(),
      actor: { id: principal.id, role: principal.role, name: principal.name, townshipCode: principal.townshipCode, unitCode: principal.unitCode },
      calendar: await this.calendar.current(),
      unit: units.unit,
      townshipUnit: units.townshipUnit,
    });
    view.timeline = history.map((h) => ({ at: h.event.at, type: h.event.type, public: h.public, actorId: h.actor_id, actorRole: h.actor_role, actorName: ('actor' in h.event ? h.event.actor?.name : undefined) ?? null, summary: describeEvent(h.event) }));
    return view;
  }
}
