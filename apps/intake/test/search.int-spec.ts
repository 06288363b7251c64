import { jest } from '@jest/globals';
import { IntakeRig, person, petition, QINGSHUI, residentId, SHIMEN, SHIMEN_HONGYAN } from './support.js';

jest.setTimeout(30_000);

/** Staff search (GET /api/petitions) within the caller's scope: township, status, channel, category, dates, free text, exact ID number. */
describe('intake: staff search', () => {
  let rig: IntakeRig;
  let admin: string;
  const ids: Record<'land' | 'wages' | 'pigs' | 'shimen' | 'percent', string> = {} as never;
  // an ID number ending in X, to search for as staff type it (lower case)
  const xId = (() => {
    for (let seq = 100; ; seq++) {
      const id = residentId('19710815', seq);
      if (id.endsWith('X')) return id;
    }
  })();
  const repeatPetitioner = { ...person('上官明辉'), idNumber: xId };

  beforeAll(async () => {
    rig = await IntakeRig.start();
    admin = await rig.token('county-admin');
    ids.land = (await rig.registered(petition({ receivedAt: '2026-01-10T09:00:00+08:00', petitioners: [repeatPetitioner] }))).id;
    ids.wages = (
      await rig.registered(
        petition({ channel: 'letter', headcount: undefined, letterDate: '2026-02-10', receivedAt: '2026-02-15T10:00:00+08:00', category: 'labour-wages', title: '反映砖厂拖欠工资', content: '清水镇红星砖厂老板拖欠八名工人工资共计18.4万元。', petitioners: [person()] }),
      )
    ).id;
    ids.pigs = (
      await rig.registered(
        petition({ channel: 'phone', headcount: undefined, callerNumber: '13700001111', receivedAt: '2026-03-20T15:00:00+08:00', category: 'environment', title: '反映养猪场粪污直排', content: '养猪场把粪污直接排进河沟。', petitioners: [repeatPetitioner] }),
      )
    ).id;
    ids.shimen = (
      await rig.registered(
        petition({ channel: 'online', headcount: undefined, townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, receivedAt: '2026-03-25T08:00:00+08:00', category: 'environment', title: '反映采石场粉尘污染', content: '红岩村采石场粉尘很大，庄稼上全是灰。', petitioners: [person()] }),
        await rig.token('township-officer', SHIMEN),
      )
    ).id;
    ids.percent = (
      await rig.registered(petition({ category: 'other', receivedAt: '2026-04-01T08:00:00+08:00', title: '反映合作社分红只发了50%', content: '村合作社去年分红只发了50%，其余说是留作发展基金_待定。', petitioners: [person()] }))
    ).id;
    const c = await rig.casework.opened(ids.pigs);
    await rig.casework.transferred(c, { code: `twp-${QINGSHUI}`, kind: 'township', name: '清水镇人民政府' });
    await rig.casework.accepted(c, undefined, `twp-${QINGSHUI}`);
  });

  afterAll(async () => {
    await rig?.close();
  });

  async function search(query: string, token = admin): Promise<string[]> {
    const res = await rig.http('GET', `/api/petitions?${query}`, { token });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(res.body.items.length);
    return res.body.items.map((p: { id: string }) => p.id);
  }
  const sorted = (xs: string[]) => [...xs].sort();

  it('lists everything in scope, newest first, with no personal data', async () => {
    const res = await rig.http('GET', '/api/petitions', { token: admin });
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([ids.percent, ids.shimen, ids.pigs, ids.wages, ids.land]);
    expect(JSON.stringify(res.body)).not.toContain('上官明辉');
    expect(JSON.stringify(res.body)).not.toContain(xId);
    expect(res.body.items[0]).not.toHaveProperty('petitioners');
  });

  it('filters by township', async () => {
    expect(sorted(await search(`townshipCode=${QINGSHUI}`))).toEqual(sorted([ids.land, ids.wages, ids.pigs, ids.percent]));
    expect(await search(`townshipCode=${SHIMEN}`)).toEqual([ids.shimen]);
  });

  it("filters by the case's status, as intake learnt it from casework", async () => {
    expect(await search('status=accepted')).toEqual([ids.pigs]);
    expect(sorted(await search('status=registered'))).toEqual(sorted([ids.land, ids.wages, ids.shimen, ids.percent]));
    expect(await search('status=closed')).toEqual([]);
  });

  it('filters by channel and by category', async () => {
    expect(await search('channel=letter')).toEqual([ids.wages]);
    expect(await search('channel=phone')).toEqual([ids.pigs]);
    expect(await search('channel=online')).toEqual([ids.shimen]);
    expect(sorted(await search('category=environment'))).toEqual(sorted([ids.pigs, ids.shimen]));
    expect(await search(`category=environment&channel=online&townshipCode=${SHIMEN}`)).toEqual([ids.shimen]);
  });

  it('filters by the date received: from inclusive, to exclusive', async () => {
    expect(await search(`from=${encodeURIComponent('2026-02-15T10:00:00+08:00')}&to=${encodeURIComponent('2026-03-20T15:00:00+08:00')}`)).toEqual([ids.wages]);
    expect(await search('from=2026-02-01&to=2026-03-21')).toEqual([ids.pigs, ids.wages]);
    expect(await search('to=2026-01-11')).toEqual([ids.land]);
  });

  it('searches the title and content for free text, taking % and _ literally', async () => {
    expect(await search(`q=${encodeURIComponent('大塘坵')}`)).toEqual([ids.land]);
    expect(await search(`q=${encodeURIComponent('拖欠')}`)).toEqual([ids.wages]);
    expect(await search(`q=${encodeURIComponent('50%')}`)).toEqual([ids.percent]);
    expect(await search(`q=${encodeURIComponent('%')}`)).toEqual([ids.percent]);
    expect(await search(`q=${encodeURIComponent('基金_待定')}`)).toEqual([ids.percent]);
    expect(await search(`q=${encodeURIComponent('_')}`)).toEqual([ids.percent]);
    expect(await search(`q=${encodeURIComponent('不存在的内容')}`)).toEqual([]);
  });

  it('finds the petitions of a person by exact ID number (through the keyed hash), as staff type it', async () => {
    expect(sorted(await search(`idNumber=${xId}`))).toEqual(sorted([ids.land, ids.pigs]));
    expect(sorted(await search(`idNumber=${xId.toLowerCase()}`))).toEqual(sorted([ids.land, ids.pigs]));
    expect(await search(`idNumber=${xId.slice(0, 17)}`)).toEqual([]); // no partial matches
    expect(await search(`idNumber=${xId}&channel=phone`)).toEqual([ids.pigs]);
  });

  it("stays within the caller's township whatever the filters", async () => {
    const qingshui = await rig.token('township-officer', QINGSHUI);
    expect(await search('category=environment', qingshui)).toEqual([ids.pigs]);
    expect(await search(`townshipCode=${SHIMEN}`, qingshui)).toEqual([]);
    expect(await search(`q=${encodeURIComponent('采石场')}`, qingshui)).toEqual([]);
  });

  it('pages through the results', async () => {
    const page = await rig.http('GET', '/api/petitions?pageSize=2&page=2', { token: admin });
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.body.items.map((p: { id: string }) => p.id)).toEqual([ids.pigs, ids.wages]);
  });

  it('refuses malformed filters with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['status=pending', 'status'],
      ['channel=fax', 'channel'],
      ['from=last-week', 'from'],
      ['townshipCode=4305', 'townshipCode'],
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['sort=name', 'sort'],
    ] as const) {
      const res = await rig.http('GET', `/api/petitions?${query}`, { token: admin });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});
