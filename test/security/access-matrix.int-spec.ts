import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Role } from '#platform';
import { eventually } from '#testing';
import { discoverRoutes, fillPath, type Route } from './fuzz-kit.js';
import { freshClient, http, idEndingInX, QINGSHUI, QINGSHUI_SHIQIAO, raw, Rig, SHIMEN, SHIMEN_HONGYAN, SERVICE_NAMES } from './support.js';

jest.setTimeout(180_000);

// ───────────────────────────── the table ─────────────────────────────

/** Four petitions (and their cases): two ordinary ones in two townships, two accusations (检举控告). */
type Fixture = 'P_Q' | 'P_S' | 'A_TWP' | 'A_DEPT';
const FIXTURES: Record<Fixture, string> = {
  P_Q: '清水镇的征地补偿件，转县自然资源局',
  P_S: '石门镇的一件，尚未转送',
  A_TWP: '清水镇的检举控告，被检举的是清水镇人民政府，转县纪委监委',
  A_DEPT: '石门镇的检举控告，被检举的是县自然资源局，转县纪委监委',
};

type Persona = 'admin' | 'countyLeader' | 'qOfficer' | 'qLeader' | 'sOfficer' | 'deptNR' | 'deptHRSS' | 'discipline' | 'analyst' | 'qLiaison';
const PERSONAS: Record<Persona, [Role, string?]> = {
  admin: ['county-admin'],
  countyLeader: ['leader'],
  qOfficer: ['township-officer', QINGSHUI],
  qLeader: ['leader', QINGSHUI],
  sOfficer: ['township-officer', SHIMEN],
  deptNR: ['department-officer', 'dept-natural-resources'],
  deptHRSS: ['department-officer', 'dept-hrss'],
  discipline: ['department-officer', 'discipline'],
  analyst: ['analyst'],
  qLiaison: ['liaison', QINGSHUI],
};

/**
 * Who sees which petition and case — the same in intake, casework, notification and reporting.
 * `forbidden`: the role sees no petitions or cases at all (no personal data).
 */
const SEES: Record<Persona, Fixture[] | 'forbidden'> = {
  admin: ['P_Q', 'P_S', 'A_TWP', 'A_DEPT'],
  countyLeader: ['P_Q', 'P_S', 'A_TWP', 'A_DEPT'],
  qOfficer: ['P_Q'], // not A_TWP: it accuses 清水镇's own government
  qLeader: ['P_Q'],
  sOfficer: ['P_S', 'A_DEPT'],
  deptNR: ['P_Q'], // what is routed to it; never A_DEPT, which accuses it
  deptHRSS: [],
  discipline: ['A_TWP', 'A_DEPT'],
  analyst: 'forbidden',
  qLiaison: 'forbidden',
};

/** Accusations against the persona's own unit: not even their existence shows (404 to act on, not 403). */
const ACCUSED: Partial<Record<Persona, Fixture[]>> = { qOfficer: ['A_TWP'], qLeader: ['A_TWP'], deptNR: ['A_DEPT'] };

/** Statistics: department officers get none (reporting cannot show figures without accusations against them); township staff their township's, less accusations against their government. */
const FIGURES: Record<Persona, Fixture[] | 'forbidden'> = {
  admin: ['P_Q', 'P_S', 'A_TWP', 'A_DEPT'],
  countyLeader: ['P_Q', 'P_S', 'A_TWP', 'A_DEPT'],
  analyst: ['P_Q', 'P_S', 'A_TWP', 'A_DEPT'],
  qOfficer: ['P_Q'],
  qLeader: ['P_Q'],
  qLiaison: ['P_Q'],
  sOfficer: ['P_S', 'A_DEPT'],
  deptNR: 'forbidden',
  deptHRSS: 'forbidden',
  discipline: 'forbidden',
};

/** Who may read the delivery log (recipients masked). */
const READS_DELIVERIES: Persona[] = ['admin', 'countyLeader', 'qOfficer', 'qLeader', 'sOfficer'];

/** The routes anyone may call without a token; every other route answers 401 without one. */
const PUBLIC_ROUTES = ['intake GET /api/directory', 'intake GET /api/categories', 'intake POST /api/public/petitions', 'intake GET /api/public/petitions/{trackingCode}', 'intake POST /api/public/petitions/{trackingCode}/evaluation', 'intake POST /api/public/petitions/check', 'intake POST /api/public/petitions/{trackingCode}/attachments'];

// ───────────────────────────── the people in the fixtures ─────────────────────────────

const PEOPLE: Record<Fixture, { name: string; idNumber: string; phone: string; address: string }> = {
  P_Q: { name: '上官青松', idNumber: idEndingInX('19660512', 201), phone: '13707391101', address: '清水镇石桥村八组上官家' },
  P_S: { name: '令狐石竹', idNumber: idEndingInX('19720918', 302), phone: '13707391102', address: '石门镇红岩村三组令狐家' },
  A_TWP: { name: '慕容检青', idNumber: idEndingInX('19800303', 403), phone: '13707391103', address: '清水镇石桥村九组慕容家' },
  A_DEPT: { name: '宇文举石', idNumber: idEndingInX('19550707', 504), phone: '13707391104', address: '石门镇红岩村六组宇文家' },
};
const PERSONAL_DATA = Object.values(PEOPLE).flatMap((p) => [p.name, p.idNumber, p.phone, p.address]);

describe('access matrix: roles × townships × endpoints', () => {
  let rig: Rig;
  let routes: Route[];
  const petition = {} as Record<Fixture, { id: string; trackingCode: string; caseId: string }>;
  const fixtureOf = new Map<string, Fixture>();

  const token = (p: Persona) => rig.token(...PERSONAS[p]);
  const visible = (p: Persona): Fixture[] => (SEES[p] === 'forbidden' ? [] : (SEES[p] as Fixture[]));
  const fixturesIn = (ids: string[]) => [...new Set(ids.map((id) => fixtureOf.get(id)).filter((f): f is Fixture => Boolean(f)))].sort();
  const sorted = (f: Fixture[]) => [...f].sort();
  /** A detail read: 403 for a persona that may not read at all, 200 for a fixture in its row, 404 for the rest. */
  const detailStatus = (p: Persona, f: Fixture) => (SEES[p] === 'forbidden' ? 403 : visible(p).includes(f) ? 200 : 404);

  /** What is wrong with a persona's list: a 403 where it may not list, else exactly the fixtures of its row. */
  async function listProblems(base: string, path: string, p: Persona, t: string): Promise<string[]> {
    const list = await http(base, 'GET', path, { token: t });
    if (SEES[p] === 'forbidden') return list.status === 403 ? [] : [`list: ${list.status}, expected 403`];
    const seen = fixturesIn(list.body.items.map((i: { id: string }) => i.id));
    return JSON.stringify(seen) === JSON.stringify(sorted(visible(p))) ? [] : [`list shows ${seen}, expected ${sorted(visible(p))}`];
  }

  beforeAll(async () => {
    rig = await Rig.start(['intake', 'casework', 'notification', 'reporting']);
    routes = (await Promise.all(SERVICE_NAMES.map((s) => discoverRoutes(s, rig.services[s]!)))).flat();
    const admin = await rig.token('county-admin');
    const register = async (f: Fixture, registrar: string, body: Record<string, unknown>) => {
      const res = await http(rig.url('intake'), 'POST', '/api/petitions', { token: registrar, body: { channel: 'visit', headcount: 1, title: `测试：${FIXTURES[f]}`, content: `${FIXTURES[f]}。${randomUUID()}`, petitioners: [PEOPLE[f]], ...body } });
      if (res.status !== 201) throw new Error(`${f}: ${res.status} ${JSON.stringify(res.body)}`);
      const caseId = await eventually(async () => {
        const list = await http(rig.url('casework'), 'GET', `/api/cases?petitionId=${res.body.id}`, { token: admin });
        expect(list.body.items).toHaveLength(1);
        return list.body.items[0].id as string;
      }, 20_000);
      petition[f] = { id: res.body.id, trackingCode: res.body.trackingCode, caseId };
      fixtureOf.set(res.body.id, f).set(caseId, f);
    };
    const land = { category: 'land-acquisition' };
    await register('P_Q', await rig.token('township-officer', QINGSHUI), { ...land, townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO });
    await register('P_S', await rig.token('township-officer', SHIMEN), { ...land, townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN });
    await register('A_TWP', admin, { category: 'discipline', townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, isAccusation: true, accusedUnit: `twp-${QINGSHUI}` });
    await register('A_DEPT', admin, { category: 'discipline', townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, isAccusation: true, accusedUnit: 'dept-natural-resources' });
    const transfer = async (f: Fixture, unitCode: string) => http(rig.url('casework'), 'POST', `/api/cases/${petition[f].caseId}/transfer`, { token: admin, body: { unitCode, reason: '依职责转送。' } });
    // an accusation is never routed to the unit it accuses (Art. 30)
    expect((await transfer('A_DEPT', 'dept-natural-resources')).body).toMatchObject({ statusCode: 422, rule: 'accusation-to-accused-unit' });
    expect((await transfer('A_TWP', `twp-${QINGSHUI}`)).body).toMatchObject({ statusCode: 422, rule: 'accusation-to-accused-unit' });
    for (const [f, unit] of [['P_Q', 'dept-natural-resources'], ['A_TWP', 'discipline'], ['A_DEPT', 'discipline']] as const) expect((await transfer(f, unit)).status).toBe(200);
    await rig.quiesce();
    // intake and notification have learnt the routing: the handling units see their cases
    await eventually(async () => {
      for (const f of ['P_Q', 'A_TWP', 'A_DEPT'] as Fixture[]) expect((await http(rig.url('intake'), 'GET', `/api/petitions/${petition[f].id}`, { token: admin })).body.caseStatus).toBe('transferred');
    });
  });

  afterAll(async () => {
    await rig?.close();
  });

  const personas = Object.keys(PERSONAS) as Persona[];

  it.each(personas)('%s sees exactly the petitions of its table row in intake (list, detail, actions)', async (p) => {
    const t = await token(p);
    const problems = await listProblems(rig.url('intake'), '/api/petitions?pageSize=200', p, t);
    for (const f of Object.keys(FIXTURES) as Fixture[]) {
      const detail = await http(rig.url('intake'), 'GET', `/api/petitions/${petition[f].id}`, { token: t });
      const expected = detailStatus(p, f);
      if (detail.status !== expected) problems.push(`detail of ${f}: ${detail.status}, expected ${expected}`);
      // acting on it (an attachment): another township's is 403, an accusation against one's own unit 404
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'scan.pdf');
      const upload = await fetch(`${rig.url('intake')}/api/petitions/${petition[f].id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${t}` }, body: form });
      const expectedUpload = SEES[p] === 'forbidden' ? 403 : visible(p).includes(f) ? 201 : ACCUSED[p]?.includes(f) ? 404 : 403;
      if (upload.status !== expectedUpload) problems.push(`upload to ${f}: ${upload.status}, expected ${expectedUpload}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(personas)('%s sees exactly the cases of its table row in casework (list, detail, actions)', async (p) => {
    const t = await token(p);
    const problems = await listProblems(rig.url('casework'), '/api/cases?pageSize=500', p, t);
    for (const f of Object.keys(FIXTURES) as Fixture[]) {
      const caseId = petition[f].caseId;
      const detail = await http(rig.url('casework'), 'GET', `/api/cases/${caseId}`, { token: t });
      const expected = detailStatus(p, f);
      if (detail.status !== expected) problems.push(`detail of ${f}: ${detail.status}, expected ${expected}`);
      const byPetition = await http(rig.url('casework'), 'GET', `/api/cases?petitionId=${petition[f].id}`, { token: t });
      if (SEES[p] !== 'forbidden' && (byPetition.body.items?.length ?? 0) !== (visible(p).includes(f) ? 1 : 0)) problems.push(`list by petitionId of ${f}: ${byPetition.body.items?.length}`);
      const note = await http(rig.url('casework'), 'POST', `/api/cases/${caseId}/note`, { token: t, body: { text: '内部记录：矩阵测试。', public: false } });
      const expectedNote = SEES[p] === 'forbidden' ? 403 : visible(p).includes(f) ? 200 : ACCUSED[p]?.includes(f) ? 404 : 403;
      if (note.status !== expectedNote) problems.push(`note on ${f}: ${note.status}, expected ${expectedNote}`);
      if (note.status === 403 && SEES[p] !== 'forbidden' && note.body.rule !== 'out-of-scope') problems.push(`note on ${f}: a 403 without rule out-of-scope`);
    }
    expect(problems).toEqual([]);
  });

  it.each(personas)('%s is told only about its own in the notification inbox and the delivery log', async (p) => {
    const t = await token(p);
    const problems: string[] = [];
    const inbox = await http(rig.url('notification'), 'GET', '/api/inbox', { token: t });
    if (inbox.status !== 200) problems.push(`inbox: ${inbox.status}`);
    const linked = fixturesIn((inbox.body.items ?? []).map((m: { link: string | null }) => m.link?.split('/').pop() ?? ''));
    const beyond = linked.filter((f) => !visible(p).includes(f));
    if (beyond.length) problems.push(`inbox tells about ${beyond}`);
    const text = JSON.stringify(inbox.body);
    for (const f of Object.keys(FIXTURES) as Fixture[]) if (!visible(p).includes(f) && (text.includes(petition[f].id) || text.includes(petition[f].caseId))) problems.push(`inbox names ${f}`);
    const deliveries = await http(rig.url('notification'), 'GET', '/api/deliveries?limit=1000', { token: t });
    if (!READS_DELIVERIES.includes(p)) {
      if (deliveries.status !== 403) problems.push(`deliveries: ${deliveries.status}, expected 403`);
    } else {
      const about = fixturesIn((deliveries.body.items ?? []).flatMap((d: { caseId: string | null; petitionId: string | null }) => [d.caseId ?? '', d.petitionId ?? '']));
      const beyondLog = about.filter((f) => !visible(p).includes(f));
      if (beyondLog.length) problems.push(`delivery log shows ${beyondLog}`);
      if (/1370739110\d/.test(JSON.stringify(deliveries.body))) problems.push('delivery log shows an unmasked phone number');
    }
    expect(problems).toEqual([]);
  });

  it('tells the handling units and the township officers what is theirs (the inbox is not simply empty)', async () => {
    await eventually(async () => {
      const links = async (p: Persona) => (await http(rig.url('notification'), 'GET', '/api/inbox', { token: await token(p) })).body.items.map((m: { link: string }) => m.link);
      expect(await links('qOfficer')).toContain(`/petitions/${petition.P_Q.id}`);
      expect(await links('sOfficer')).toContain(`/petitions/${petition.A_DEPT.id}`);
      expect(await links('deptNR')).toContain(`/cases/${petition.P_Q.caseId}`);
      expect(await links('discipline')).toEqual(expect.arrayContaining([`/cases/${petition.A_TWP.caseId}`, `/cases/${petition.A_DEPT.caseId}`]));
    });
  });

  it.each(personas)('%s gets the figures and exports of its table row in reporting', async (p) => {
    const t = await token(p);
    const problems: string[] = [];
    const summary = await http(rig.url('reporting'), 'GET', '/api/stats/summary', { token: t });
    const exported = await raw(rig.url('reporting'), 'GET', '/api/exports/cases?format=csv', { token: t });
    if (FIGURES[p] === 'forbidden') {
      if (summary.status !== 403) problems.push(`summary: ${summary.status}, expected 403`);
      if (exported.status !== 403) problems.push(`export: ${exported.status}, expected 403`);
    } else {
      const expected = FIGURES[p] as Fixture[];
      if (summary.body.received !== expected.length) problems.push(`summary counts ${summary.body.received} received, expected ${expected.length}`);
      const rows = String(exported.body).split('\r\n').slice(1).filter(Boolean);
      const seen = fixturesIn(rows.map((r) => r.split(',')[0]!.replace(/^\uFEFF/, '')));
      if (JSON.stringify(seen) !== JSON.stringify(sorted(expected))) problems.push(`export lists ${seen}, expected ${sorted(expected)}`);
      for (const needle of PERSONAL_DATA) if (String(exported.body).includes(needle) || JSON.stringify(summary.body).includes(needle)) problems.push(`personal data in reporting: ${needle}`);
    }
    expect(problems).toEqual([]);
  });

  it('answers every staff route of every service with 401 without a valid token, and every public route without one', async () => {
    const problems: string[] = [];
    const values = { id: petition.P_Q.id, trackingCode: petition.P_Q.trackingCode, attachmentId: randomUUID(), key: 'petitioner.registered', year: '2027', seq: '1' } as Record<string, string>;
    const names = routes.map((r) => `${r.service} ${r.method} ${r.path}`);
    expect(names.filter((n) => routes[names.indexOf(n)]!.isPublic).sort()).toEqual([...PUBLIC_ROUTES].sort());
    const badTokens = [undefined, 'garbage', `${(await rig.token('county-admin')).slice(0, -4)}AAAA`, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImNvdW50eS1hZG1pbiJ9.'];
    for (const route of routes) {
      const path = fillPath(route, values);
      const body = route.method === 'GET' ? undefined : {};
      if (route.isPublic) {
        const res = await http(rig.url(route.service), route.method, path, { body, headers: freshClient() });
        if (res.status === 401 || res.status === 403 || res.status >= 500) problems.push(`public ${route.method} ${route.path}: ${res.status}`);
        continue;
      }
      for (const bad of badTokens) {
        const res = await http(rig.url(route.service), route.method, path, { body, headers: bad ? { authorization: `Bearer ${bad}` } : {} });
        if (res.status !== 401) problems.push(`${route.service} ${route.method} ${route.path} with ${bad ? 'a bad token' : 'no token'}: ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
    // and the public routes work for a citizen
    expect((await http(rig.url('intake'), 'GET', `/api/public/petitions/${petition.P_Q.trackingCode}`, { headers: freshClient() })).status).toBe(200);
    expect((await http(rig.url('intake'), 'GET', '/api/directory')).status).toBe(200);
  });

  it('shows an analyst no personal data on any route of any service', async () => {
    const t = await token('analyst');
    const problems: string[] = [];
    const values = { id: petition.P_Q.id, trackingCode: petition.P_Q.trackingCode, attachmentId: randomUUID(), key: 'petitioner.registered', year: '2027', seq: '1' } as Record<string, string>;
    for (const route of routes.filter((r) => r.method === 'GET')) {
      for (const f of Object.keys(FIXTURES) as Fixture[]) {
        const path = fillPath(route, { ...values, id: route.service === 'casework' ? petition[f].caseId : petition[f].id, trackingCode: petition[f].trackingCode });
        const query = route.path === '/api/reports/annual' || route.path === '/api/assessments/villages' ? `?year=${new Date().getFullYear()}` : route.path === '/api/duty-roster' ? `?townshipCode=${QINGSHUI}&month=2026-03` : route.path === '/api/stats/breakdown' ? '?by=township' : '';
        const res = await raw(rig.url(route.service), 'GET', `${path}${query}`, { token: route.isPublic ? undefined : t });
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        for (const needle of PERSONAL_DATA) if (text.includes(needle)) problems.push(`${route.service} GET ${path}: ${needle}`);
        if (route.service === 'intake' && route.path.startsWith('/api/petition') && res.status !== 403) problems.push(`${route.service} GET ${route.path}: ${res.status}, expected 403`);
        if (route.service === 'casework' && route.path.startsWith('/api/cases') && res.status !== 403) problems.push(`casework GET ${route.path}: ${res.status}, expected 403`);
        if (route.service === 'reporting' && route.path !== '/api/dead-letters' && res.status !== 200) problems.push(`reporting GET ${route.path}: ${res.status}, expected 200`);
        if (!route.pathParams.length) break;
      }
    }
    expect(problems).toEqual([]);
  });
});
