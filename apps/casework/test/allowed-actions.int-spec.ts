import { jest } from '@jest/globals';
import { CaseworkRig, QINGSHUI } from './case-rig.js';

jest.setTimeout(60_000);

/**
 * `GET /api/cases/:id` tells the caller what it may do to the case now (`allowedActions`), for
 * the console to show only those; each offered action goes through, each withheld one is
 * refused by the same rules.
 */
describe('casework: the actions a case offers its caller', () => {
  let rig: CaseworkRig;

  beforeAll(async () => {
    rig = await CaseworkRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  const offered = async (caseId: string, role: Parameters<CaseworkRig['as']>[0], scope?: string): Promise<string[]> => {
    const res = await rig.as(role, scope).get(`/api/cases/${caseId}`);
    expect(res.status).toBe(200);
    return res.body.allowedActions;
  };

  it('follows a case from registration to closing, role by role, and answers each action with the next set', async () => {
    const { case: c } = await rig.registered({ categoryCode: 'labour-wages' });
    expect(await offered(c.id, 'county-admin')).toEqual(['transfer', 'assign', 'supervise', 'note', 'mediate']);
    expect(await offered(c.id, 'township-officer', QINGSHUI)).toEqual(['accept', 'reject', 'refuse', 'note', 'mediate']);
    expect(await offered(c.id, 'leader', QINGSHUI)).toEqual(['take-ownership', 'accept', 'reject', 'refuse', 'note', 'mediate']);

    // the township officer is offered no transfer: the API refuses it too
    expect((await rig.as('township-officer', QINGSHUI).act(c.id, 'transfer', { unitCode: 'dept-hrss', reason: '转人社局' })).status).toBe(403);

    const transferred = await rig.as('county-admin').act(c.id, 'transfer', { unitCode: 'dept-hrss', reason: '属劳动报酬争议' });
    expect(transferred.status).toBe(200);
    // an action's answer is the case as the caller now sees it, with what it may do next
    expect(transferred.body.allowedActions).toEqual(['supervise', 'note', 'mediate']);
    expect(await offered(c.id, 'department-officer', 'dept-hrss')).toEqual(['object', 'accept', 'reject', 'refuse', 'note', 'mediate']);
    expect(await offered(c.id, 'township-officer', QINGSHUI)).toEqual(['note', 'mediate']);

    const accepted = await rig.as('department-officer', 'dept-hrss').act(c.id, 'accept');
    expect(accepted.body.allowedActions).toEqual(['reply', 'note', 'mediate']);
    expect(await offered(c.id, 'leader', QINGSHUI)).toEqual(['take-ownership', 'extend', 'note', 'mediate']);
    expect((await rig.as('leader', QINGSHUI).act(c.id, 'extend', { days: 10, reason: '需调取工资发放记录' })).status).toBe(200);
    expect(await offered(c.id, 'leader', QINGSHUI)).toEqual(['take-ownership', 'note', 'mediate']);
    // a second extension is refused: the rule says why
    const again = await rig.as('leader', QINGSHUI).act(c.id, 'extend', { days: 5, reason: '再延' });
    expect(again).toMatchObject({ status: 409, body: { rule: 'extension-already-used' } });

    const replied = await rig.as('department-officer', 'dept-hrss').act(c.id, 'reply', { outcome: 'support', text: '已责成用工单位于本月底前支付。' });
    expect(replied.body.allowedActions).toEqual(['close', 'note', 'mediate']);
    expect(await offered(c.id, 'county-admin')).toEqual(['request-review', 'close', 'note', 'mediate']);

    const closed = await rig.as('department-officer', 'dept-hrss').act(c.id, 'close');
    expect(closed.body).toMatchObject({ status: 'closed', allowedActions: ['note'] });
    expect(await offered(c.id, 'county-admin')).toEqual(['request-review', 'note']);
  });

  it('withholds 受理 from a collective petition until a leader owns it', async () => {
    const { case: c } = await rig.registered({ headcount: 8, flags: { collective: true } });
    expect(await offered(c.id, 'township-officer', QINGSHUI)).not.toContain('accept');
    expect((await rig.as('township-officer', QINGSHUI).act(c.id, 'accept')).body.rule).toBe('leader-ownership-required');
    expect((await rig.as('leader', QINGSHUI).act(c.id, 'take-ownership')).status).toBe(200);
    expect(await offered(c.id, 'township-officer', QINGSHUI)).toContain('accept');
  });
});
