import { directoryEvent, QINGSHUI, ReportingRig, Scenario, SHIMEN, SHIQIAO, at } from './support.js';

/**
 * The case export takes the console's list conditions it can apply — channel, category,
 * handling unit, status, open, flags — and, for a list it cannot filter itself (full-text
 * search, the clocks), the list's own rows by id; always within the caller's scope.
 */
describe('reporting: the case export of a filtered list', () => {
  let rig: ReportingRig;
  const ids = {} as Record<'a' | 'b' | 'c' | 'd', string>;
  const Y = new Date().getUTCFullYear();

  beforeAll(async () => {
    rig = await ReportingRig.start();
    const s = new Scenario();
    const a = s.register({ channel: 'visit', category: 'labour-wages', village: SHIQIAO, receivedAt: at(Y, 1, 5), collective: true });
    s.open(a, 'visit', 'labour-wages').transfer('dept-hrss').accept(true, 'dept-hrss');
    const b = s.register({ channel: 'phone', category: 'land-acquisition', village: SHIQIAO, receivedAt: at(Y, 1, 6) });
    s.open(b, 'phone', 'land-acquisition').transfer().accept().reply().close();
    const c = s.register({ channel: 'letter', category: 'labour-wages', village: null, receivedAt: at(Y, 1, 7) });
    s.open(c, 'letter', 'labour-wages');
    const d = s.register({ township: SHIMEN, channel: 'online', category: 'other', village: null, receivedAt: at(Y, 1, 8) });
    s.open(d, 'online', 'other');
    Object.assign(ids, { a: a.petitionId, b: b.petitionId, c: c.petitionId, d: d.petitionId });
    const events = [directoryEvent(), ...s.events];
    await rig.publish(events);
    await rig.applied(events);
  }, 120_000);

  afterAll(async () => {
    await rig?.close();
  }, 60_000);

  /** The petitions of a CSV export, by the letters of this file. */
  const exported = (csv: Buffer) => {
    const lines = csv.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    return Object.entries(ids)
      .filter(([, id]) => lines.some((l) => l.startsWith(id)))
      .map(([letter]) => letter)
      .sort();
  };
  const get = async (query: string, role: Parameters<ReportingRig['download']>[1] = 'county-admin', scope?: string) => {
    const res = await rig.download(`/api/exports/cases?format=csv&${query}`, role, scope);
    expect(res.status).toBe(200);
    return exported(res.body);
  };

  it('applies channel, category, handling unit, status, open and the flags', async () => {
    expect(await get('')).toEqual(['a', 'b', 'c', 'd']);
    expect(await get('channel=visit,phone')).toEqual(['a', 'b']);
    expect(await get('channel=visit&channel=letter')).toEqual(['a', 'c']);
    expect(await get('category=labour-wages')).toEqual(['a', 'c']);
    expect(await get('handlingUnitCode=dept-hrss')).toEqual(['a']);
    expect(await get('status=closed')).toEqual(['b']);
    expect(await get(`status=registered,accepted&townshipCode=${QINGSHUI}`)).toEqual(['a', 'c']);
    expect(await get(`open=true&townshipCode=${QINGSHUI}`)).toEqual(['a', 'c']);
    expect(await get('open=false')).toEqual(['b']);
    expect(await get('collective=true')).toEqual(['a']);
    expect(await get('collective=false&category=labour-wages')).toEqual(['c']);
    expect(await get('longStanding=true')).toEqual([]);
    // a township's officer: his township only, whatever else is asked
    expect(await get('category=labour-wages', 'township-officer', QINGSHUI)).toEqual(['a', 'c']);
  });

  it('refuses a condition it does not know, naming the field', async () => {
    const res = await rig.get('/api/exports/cases?status=overdue');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'status', message: expect.stringMatching(/[\u4e00-\u9fff]/) })]);
  });

  it('exports a list\'s rows by id, within the caller\'s scope', async () => {
    const post = async (body: unknown, role: Parameters<ReportingRig['token']>[0] = 'county-admin', scope?: string) =>
      fetch(`${rig.url}/api/exports/cases`, { method: 'POST', headers: { authorization: `Bearer ${await rig.token(role, scope)}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const county = await post({ petitionIds: [ids.a, ids.d], format: 'csv' });
    expect(county.status).toBe(200);
    expect(county.headers.get('content-type')).toContain('text/csv');
    expect(exported(Buffer.from(await county.arrayBuffer()))).toEqual(['a', 'd']);
    // 石门镇's petition is not 清水镇's officer's to export
    const township = await post({ petitionIds: [ids.a, ids.d] }, 'township-officer', QINGSHUI);
    expect(exported(Buffer.from(await township.arrayBuffer()))).toEqual(['a']);
    const xlsx = await post({ petitionIds: [ids.b], format: 'xlsx' });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');

    const bad = await post({ petitionIds: ['not-an-id'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/^petitionIds/) })]);
    expect((await post({ petitionIds: [] })).status).toBe(400);
    expect((await post({ petitionIds: [ids.a] }, 'department-officer', 'dept-hrss')).status).toBe(403);
  });
});
