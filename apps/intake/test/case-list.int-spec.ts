import { jest } from '@jest/globals';
import { daysFromNow, IntakeRig, person, petition, QINGSHUI, QINGSHUI_YANGLIU, SHIMEN, SHIMEN_HONGYAN, type CaseRef } from './support.js';

jest.setTimeout(60_000);

/** The console's case list: filters, two-character and multi-word search, sorting and capped totals. */
describe('intake: the staff case list', () => {
  let rig: IntakeRig;
  let admin: string;
  const ids: Record<string, string> = {};
  const cases: Record<string, CaseRef> = {};

  beforeAll(async () => {
    rig = await IntakeRig.start();
    admin = await rig.token('county-admin');
    const register = async (key: string, overrides: Record<string, unknown>, token?: string) => {
      ids[key] = (await rig.registered(petition({ petitioners: [person()], ...overrides }), token)).id;
    };
    await register('wages', { receivedAt: daysFromNow(-40), category: 'labour-wages', title: '反映砖厂拖欠工资', content: '红星砖厂老板拖欠八名工人工资共计18.4万元。' });
    await register('wagesVillage', { receivedAt: daysFromNow(-30), villageCode: QINGSHUI_YANGLIU, category: 'labour-wages', title: '反映工地欠薪', content: '杨柳村十二名村民在县城工地务工，工资被拖欠半年。', headcount: 12, petitioners: [person(), person(), person(), person(), person()], representatives: [0, 1] });
    await register('subsidy', { receivedAt: daysFromNow(-20), category: 'social-security', title: '反映低保被取消', content: '我家低保今年被取消，家里老人长期患病。' });
    await register('quarry', { receivedAt: daysFromNow(-10), townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, category: 'environment', title: '反映采石场粉尘污染', content: '红岩村采石场粉尘很大，庄稼上全是灰，工资也没结。' }, await rig.token('township-officer', SHIMEN));
    await register('ditch', { receivedAt: daysFromNow(-5), category: 'rural-affairs', title: '反映水渠堵塞', content: '村里的水渠被垃圾堵塞，春耕用水困难。' });
    for (const key of ['wages', 'wagesVillage', 'subsidy', 'ditch']) cases[key] = await rig.casework.opened(ids[key]!);
    await rig.casework.transferred(cases.wages!, { code: 'dept-hrss', kind: 'department', name: '县人力资源和社会保障局' });
    await rig.casework.accepted(cases.wages!, daysFromNow(2), 'dept-hrss');
    await rig.casework.transferred(cases.subsidy!, { code: 'dept-civil-affairs', kind: 'department', name: '县民政局' });
    await rig.casework.accepted(cases.subsidy!, daysFromNow(20), 'dept-civil-affairs');
    await rig.casework.replied(cases.subsidy!, 'support', 'dept-civil-affairs');
    await rig.casework.closed(cases.subsidy!);
    await rig.casework.overdue(cases.wagesVillage!, 'route');
  });

  afterAll(async () => {
    await rig?.close();
  });

  async function list(query: string, token = admin) {
    const res = await rig.http('GET', `/api/petitions?${query}`, { token });
    expect(res.status).toBe(200);
    return res.body as { total: number; totalExact: boolean; items: Array<{ id: string; dueAt: string | null }> };
  }
  const keysOf = (body: { items: Array<{ id: string }> }) => body.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0]);

  it('indexes every pair of neighbouring characters, without spaces or punctuation', async () => {
    const [row] = await rig.query<{ grams: string[] }>(`SELECT intake.search_grams('拖欠 工资，共1.2万') AS grams`);
    expect(row!.grams).toEqual(['拖欠', '欠工', '工资', '资共', '共1', '12', '2万']);
    const [stored] = await rig.query<{ grams: string[] }>(`SELECT search_grams AS grams FROM intake.petition WHERE id = $1`, [ids.subsidy]);
    expect(stored!.grams).toEqual(expect.arrayContaining(['低保', '取消', '患病']));
  });

  it('finds a two-character word and requires every word of a multi-word search', async () => {
    expect(keysOf(await list(`q=${encodeURIComponent('工资')}`))).toEqual(['quarry', 'wagesVillage', 'wages']);
    expect(keysOf(await list(`q=${encodeURIComponent('低保')}`))).toEqual(['subsidy']);
    expect(keysOf(await list(`q=${encodeURIComponent('拖欠 砖厂')}`))).toEqual(['wages']);
    expect(keysOf(await list(`q=${encodeURIComponent('拖欠，杨柳村')}`))).toEqual(['wagesVillage']);
    // a phrase matches as it was written, digits included
    expect((await list(`q=${encodeURIComponent('资共计18')}`)).items).toHaveLength(1);
    expect((await list(`q=${encodeURIComponent('工资 不存在的词')}`)).total).toBe(0);
    expect(keysOf(await list(`q=${encodeURIComponent('渠')}`))).toEqual(['ditch']);
  });

  it('filters by village, several statuses, open, overdue, collective and due within N days', async () => {
    expect(keysOf(await list(`villageCode=${QINGSHUI_YANGLIU}`))).toEqual(['wagesVillage']);
    expect(keysOf(await list('status=accepted,closed')).sort()).toEqual(['subsidy', 'wages']);
    expect(keysOf(await list('status=accepted&status=closed')).sort()).toEqual(['subsidy', 'wages']);
    expect(keysOf(await list('open=true'))).not.toContain('subsidy');
    expect(keysOf(await list('open=false'))).toEqual(['subsidy']);
    expect(keysOf(await list('overdue=true'))).toEqual(['wagesVillage']);
    expect(keysOf(await list('collective=true'))).toEqual(['wagesVillage']);
    expect(keysOf(await list('dueWithinDays=3'))).toEqual(['wages']);
    expect(keysOf(await list(`handlingUnitCode=dept-hrss&townshipCode=${QINGSHUI}`))).toEqual(['wages']);
    expect(keysOf(await list('channel=visit,letter&category=labour-wages')).sort()).toEqual(['wages', 'wagesVillage']);
  });

  it('sorts by deadline, nearest first, cases without one last', async () => {
    const byDue = await list('sort=dueAt');
    expect(keysOf(byDue)[0]).toBe('wages');
    const dues = byDue.items.map((i) => i.dueAt);
    const firstNull = dues.findIndex((d) => d === null);
    expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
    expect(keysOf(await list('sort=receivedAt&order=asc'))[0]).toBe('wages');
  });

  it('keeps the scope: a township officer never sees another township, whatever the search', async () => {
    const officer = await rig.token('township-officer', QINGSHUI);
    expect(keysOf(await list(`q=${encodeURIComponent('工资')}`, officer))).toEqual(['wagesVillage', 'wages']);
  });

  it('answers a bad filter with the field and the rule', async () => {
    const res = await rig.http('GET', '/api/petitions?status=accepted,nonsense&dueWithinDays=-1', { token: admin });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dueWithinDays', 'status']);
  });
});
