import { CaseRouted } from './case-routed.js';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The county routed the case to the competent unit (转送). */
export class CaseTransferredV1 extends CaseRouted {
  static readonly subject = 'casework.case.transferred.v1';
  static readonly description = '案件已转送有权处理的单位（属地管理、分级负责）。';

  static readonly sample: CaseTransferredV1 = {
    ...CASE_SAMPLE_IDS,
    unitCode: 'dept-natural-resources',
    unitKind: 'department',
    unitName: '县自然资源局',
    reason: '属征地补偿事项，转县自然资源局依法处理。',
    routedAt: '2026-03-05T02:00:00.000Z',
    acceptanceNoticeBy: '2026-03-20T02:00:00.000Z',
    objectionBy: '2026-03-12T02:00:00.000Z',
    unitsSoFar: 1,
  };
}
