import { IsISO8601 } from 'class-validator';
import { CaseRouted } from './case-routed.js';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The county assigned the case with a deadline, and a completion report is owed back (交办). */
export class CaseAssignedV1 extends CaseRouted {
  static readonly subject = 'casework.case.assigned.v1';
  static readonly description = '案件已交办，限期办结并报送结果。';

  @IsISO8601({ strict: true }) readonly dueAt!: string;

  static readonly sample: CaseAssignedV1 = {
    ...CASE_SAMPLE_IDS,
    unitCode: 'twp-430599101000',
    unitKind: 'township',
    unitName: '清水镇人民政府',
    reason: '群众反映强烈，请清水镇限期办结并报送结果。',
    routedAt: '2026-03-05T02:00:00.000Z',
    acceptanceNoticeBy: '2026-03-20T02:00:00.000Z',
    objectionBy: '2026-03-12T02:00:00.000Z',
    unitsSoFar: 1,
    dueAt: '2026-04-30T09:00:00.000Z',
  };
}
