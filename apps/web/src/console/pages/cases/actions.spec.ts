import { actionLabel, actionsByTable, offeredActions } from './actions';
import type { CaseView } from './case-api';

const QINGSHUI = '430599101000';
const hrss = { code: 'dept-hrss', name: '县人力资源和社会保障局', kind: 'department' as const, townshipCode: null };

function caseOf(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c1',
    petitionId: 'p1',
    status: 'registered',
    townshipCode: QINGSHUI,
    villageCode: null,
    channel: 'visit',
    categoryCode: 'labour-wages',
    handlingUnitCode: null,
    handlingUnit: null,
    ownerId: null,
    ownerName: null,
    ownershipRequired: false,
    flags: { collective: false, repeat: false, skipLevel: false, longStanding: false },
    isAccusation: false,
    receptionLeaderId: null,
    linkedPetitionIds: [],
    receivedAt: '2026-03-02T02:00:00.000Z',
    deadlines: {},
    overdue: [],
    extension: null,
    reply: null,
    evaluation: null,
    final: false,
    closedAt: null,
    ...overrides,
  };
}

const admin = { role: 'county-admin' };
const officer = { role: 'township-officer', townshipCode: QINGSHUI };
const otherOfficer = { role: 'township-officer', townshipCode: '430599102000' };
const leader = { role: 'leader', townshipCode: QINGSHUI };
const dept = { role: 'department-officer', unitCode: 'dept-hrss' };

describe('the actions a case page offers', () => {
  it('takes casework\'s word when it gives one, in the order of the procedure', () => {
    expect(offeredActions(caseOf({ allowedActions: ['note', 'accept', 'take-ownership'] }), admin)).toEqual(['take-ownership', 'accept', 'note']);
    expect(offeredActions(caseOf({ allowedActions: [] }), admin)).toEqual([]);
  });

  it('falls back on api.md\'s table of states and roles', () => {
    const registered = caseOf();
    expect(actionsByTable(registered, admin)).toEqual(['transfer', 'assign', 'supervise', 'note', 'mediate']);
    expect(actionsByTable(registered, officer)).toEqual(['accept', 'reject', 'refuse', 'note', 'mediate']);
    expect(actionsByTable(registered, otherOfficer)).toEqual(['note', 'mediate']);
    expect(actionsByTable(registered, leader)).toEqual(['take-ownership', 'accept', 'reject', 'refuse', 'note', 'mediate']);

    const transferred = caseOf({ status: 'transferred', handlingUnit: hrss, handlingUnitCode: 'dept-hrss' });
    expect(actionsByTable(transferred, dept)).toEqual(['accept', 'object', 'reject', 'refuse', 'note', 'mediate']);
    expect(actionsByTable({ ...transferred, ownershipRequired: true }, dept)).toEqual(['object', 'reject', 'refuse', 'note', 'mediate']);

    const accepted = caseOf({ status: 'accepted', handlingUnit: hrss, handlingUnitCode: 'dept-hrss' });
    expect(actionsByTable(accepted, dept)).toEqual(['reply', 'note', 'mediate']);
    expect(actionsByTable(accepted, leader)).toEqual(['take-ownership', 'extend', 'note', 'mediate']);
    expect(actionsByTable({ ...accepted, extension: { days: 10, reason: '复杂', approvedBy: 'l' } }, leader)).toEqual(['take-ownership', 'note', 'mediate']);

    const replied = caseOf({ status: 'replied', handlingUnit: hrss, handlingUnitCode: 'dept-hrss' });
    expect(actionsByTable(replied, admin)).toEqual(['request-review', 'close', 'note', 'mediate']);
    expect(actionsByTable(replied, dept)).toEqual(['close', 'note', 'mediate']);
    expect(actionsByTable(caseOf({ status: 'closed', final: true }), admin)).toEqual(['note']);
  });

  it('names a review by its stage', () => {
    expect(actionLabel('request-review', caseOf({ status: 'replied' }))).toBe('申请复查');
    expect(actionLabel('request-review', caseOf({ status: 'reviewed' }))).toBe('申请复核');
    expect(actionLabel('decide-review', caseOf({ status: 'review' }))).toBe('复查意见');
    expect(actionLabel('decide-review', caseOf({ status: 're-review' }))).toBe('复核意见');
    expect(actionLabel('transfer', caseOf())).toBe('转送');
  });
});
