import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import type { Role } from '#platform';
import { eventually } from '#testing';
import { check, discoverRoutes, fieldsOf, fuzzRoutes, objectArb, runs, send, type FuzzContext, type Route } from './fuzz-kit.js';
import { changedTables, errorProblems, http, QINGSHUI, QINGSHUI_SHIQIAO, Rig, SHIMEN, SHIMEN_HONGYAN } from './support.js';

jest.setTimeout(300_000);

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

/**
 * Bad input against every casework route, and illegal state transitions: random actions by
 * random staff on cases in random states. A refused action answers 403/404/409/422 with the rule
 * named (or a 400 naming its fields), and leaves the case, its history and the outbox as they were.
 */
describe('casework under bad input and illegal transitions', () => {
  let rig: Rig;
  let routes: Route[];
  let ctx: FuzzContext;
  const caseIds: string[] = [];
  let periodId: string;
  let screeningId: string;

  const registerCase = async (townshipCode: string, villageCode: string, extra: Record<string, unknown> = {}) => {
    const res = await http(rig.url('intake'), 'POST', '/api/petitions', {
      token: await rig.token('county-admin'),
      body: {
        channel: 'letter',
        townshipCode,
        villageCode,
        category: 'land-acquisition',
        title: `反映征地补偿款未足额发放（${caseIds.length}）`,
        content: `第${caseIds.length}件：补偿款至今只发放一半，要求兑现。${randomUUID()}`,
        letterDate: '2026-03-01',
        petitioners: [{ name: `测试${caseIds.length}`, phone: `1390000${String(1000 + caseIds.length)}` }],
        ...extra,
      },
    });
    if (res.status !== 201) throw new Error(`registration: ${res.status} ${JSON.stringify(res.body)}`);
    return eventually(async () => {
      const list = await http(rig.url('casework'), 'GET', `/api/cases?petitionId=${res.body.id}`, { token: await rig.token('county-admin') });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id as string;
    }, 15_000);
  };
  const act = async (caseId: string, action: string, token: string, body: unknown = {}) => {
    const res = await http(rig.url('casework'), 'POST', `/api/cases/${caseId}/${action}`, { token, body });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  };

  beforeAll(async () => {
    // no background sweeps: an overdue or escalation fired on a fixture between a refused request's
    // two snapshots of the schema would read as the refused request having changed something
    rig = await Rig.start(['intake', 'casework'], { env: { casework: { DEADLINE_SWEEPER: 'off', ZERO_REPORT_SWEEPER: 'off' } } });
    routes = await discoverRoutes('casework', rig.services.casework!);
    const admin = await rig.token('county-admin');
    const dept = await rig.token('department-officer', 'dept-natural-resources');
    // cases in several states: registered; transferred; accepted; replied; closed; another township's; an accusation against 清水镇's government
    for (let i = 0; i < 6; i++) caseIds.push(await registerCase(QINGSHUI, QINGSHUI_SHIQIAO));
    caseIds.push(await registerCase(SHIMEN, SHIMEN_HONGYAN));
    caseIds.push(await registerCase(QINGSHUI, QINGSHUI_SHIQIAO, { category: 'discipline', isAccusation: true, accusedUnit: `twp-${QINGSHUI}` }));
    const transfer = { unitCode: 'dept-natural-resources', reason: '属征地补偿事项，转县自然资源局依法处理。' };
    for (const id of caseIds.slice(1, 5)) await act(id, 'transfer', admin, transfer);
    for (const id of caseIds.slice(2, 5)) await act(id, 'accept', dept);
    for (const id of caseIds.slice(3, 5)) await act(id, 'reply', dept, { outcome: 'explain', text: '经核查，余款已列入补偿资金计划。' });
    await act(caseIds[4]!, 'close', admin);
    const period = await http(rig.url('casework'), 'POST', '/api/sensitive-periods', { token: admin, body: { name: '测试时期', from: '2099-01-01', to: '2099-01-10' } });
    periodId = period.body.id;
    const screening = await http(rig.url('casework'), 'POST', '/api/dispute-screenings', {
      token: await rig.token('township-officer', QINGSHUI),
      body: { month: '2026-03', townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, parties: '张某与李某两户', matter: '宅基地边界争议', easilyEscalating: false, outcome: 'in-progress' },
    });
    screeningId = screening.body.id;
    if (!periodId || !screeningId) throw new Error(`fixtures: ${JSON.stringify(period.body)} ${JSON.stringify(screening.body)}`);
    await rig.quiesce();
    let n = 0;
    ctx = {
      rig,
      pathValue: (route, param) => {
        if (param === 'id' && route.path.startsWith('/api/sensitive-periods')) return periodId;
        if (param === 'id' && route.path.startsWith('/api/dispute-screenings')) return screeningId;
        if (param === 'id') return caseIds[n++ % caseIds.length]!;
        return ({ year: '2027', seq: '1' } as Record<string, string>)[param] ?? 'x';
      },
    };
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('fuzzes every route: bad ids, malformed and oversized bodies, one broken field, hostile valid bodies, broken queries', async () => {
    expect(routes.filter((r) => r.path.startsWith('/api/cases/{id}/')).length).toBeGreaterThanOrEqual(15);
    expect(await fuzzRoutes(ctx, routes)).toBe('');
  });

  it('refuses actions the state or the role does not allow with the rule named, and changes nothing then', async () => {
    await rig.quiesce();
    const actions = routes.filter((r) => r.method === 'POST' && /^\/api\/cases\/\{id\}\/[a-z-]+$/.test(r.path));
    const staff: [Role, string | undefined][] = [
      ['county-admin', undefined],
      ['township-officer', QINGSHUI],
      ['township-officer', SHIMEN],
      ['leader', QINGSHUI],
      ['leader', undefined],
      ['department-officer', 'dept-natural-resources'],
      ['department-officer', 'dept-hrss'],
      ['department-officer', `twp-${QINGSHUI}`],
      ['analyst', undefined],
      ['liaison', QINGSHUI],
    ];
    // bodies valid by each action's rules, with plausible values where they matter (units, future dates, 1..30 days)
    const bodyOf = (route: Route) =>
      route.bodyClass
        ? objectArb(fieldsOf(route.bodyClass)).chain((random) =>
            fc.record({ unitCode: fc.constantFrom('dept-natural-resources', 'dept-hrss', `twp-${QINGSHUI}`, 'discipline'), dueAt: fc.constantFrom(inDays(10), inDays(40), inDays(-3)), days: fc.integer({ min: -2, max: 35 }) }).map((plausible) => {
              const body: Record<string, unknown> = { ...random };
              for (const [k, v] of Object.entries(plausible)) if (k in body) body[k] = v;
              return body;
            }),
          )
        : fc.constant({});
    const arb = fc.record({
      caseIndex: fc.nat({ max: caseIds.length - 1 }),
      route: fc.constantFrom(...actions),
      // the roles that may act (the county, the handling department, the township's leader) more often, so that cases move through their states
      who: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(staff[0]!, staff[5]!) }, { weight: 1, arbitrary: fc.constantFrom(staff[3]!, staff[1]!) }, { weight: 2, arbitrary: fc.constantFrom(...staff) }),
    }).chain((v) => bodyOf(v.route).map((body) => ({ ...v, body })));
    const outcomes = new Map<string, number>();
    const failure = await check('random actions on cases in random states', arb, async ({ caseIndex, route, who, body }) => {
      const caseId = caseIds[caseIndex]!;
      const admin = await rig.token('county-admin');
      const before = await http(rig.url('casework'), 'GET', `/api/cases/${caseId}`, { token: admin });
      const snapshot = await rig.db.snapshot('casework');
      const token = await rig.token(who[0], who[1]);
      const res = await http(rig.url('casework'), 'POST', route.path.replace('{id}', caseId), { token, body });
      const action = route.path.split('/').pop()!;
      outcomes.set(`${action} ${res.status}`, (outcomes.get(`${action} ${res.status}`) ?? 0) + 1);
      const problems = errorProblems(res);
      if (res.status >= 400) {
        if (![400, 403, 404, 409, 422].includes(res.status)) problems.push(`unexpected status ${res.status}`);
        if ([409, 422].includes(res.status) && !res.body.rule) problems.push(`a ${res.status} without the rule`);
        if (res.status === 403 && !res.body.rule && !/角色/.test(res.body.message)) problems.push('a 403 naming neither the rule nor the role');
        const changed = changedTables(snapshot, await rig.db.snapshot('casework'));
        if (changed.length) problems.push(`refused, but casework.${changed.join(', casework.')} changed`);
        const after = await http(rig.url('casework'), 'GET', `/api/cases/${caseId}`, { token: admin });
        if (JSON.stringify(after.body) !== JSON.stringify(before.body)) problems.push('refused, but the case changed');
      } else if (res.status !== 200) {
        problems.push(`unexpected status ${res.status}`);
      } else {
        // the events of an applied action (and what intake answers with) settle before the next action is judged
        await rig.quiesce();
      }
      if (problems.length) throw new Error(`${who.join(' ')} ${action} on a ${before.body.status} case → ${res.status} ${JSON.stringify(res.body).slice(0, 400)}\n${problems.join('\n')}`);
    }, runs(150));
    process.stdout.write(`casework transitions tried: ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}\n`);
    expect(failure).toBeNull();
    // the runs reached both sides: some actions applied, some refused for the state, some for the role or scope
    const statuses = [...outcomes.keys()].map((k) => Number(k.split(' ')[1]));
    expect(statuses).toEqual(expect.arrayContaining([200, 403, 409]));
  });

  it('keeps a hidden accusation hidden from the accused township even when acted on', async () => {
    const accusation = caseIds.at(-1)!;
    for (const [role, scope] of [['township-officer', QINGSHUI], ['leader', QINGSHUI]] as [Role, string][]) {
      const token = await rig.token(role, scope);
      expect((await http(rig.url('casework'), 'GET', `/api/cases/${accusation}`, { token })).status).toBe(404);
      for (const action of ['accept', 'note', 'take-ownership']) {
        const res = await http(rig.url('casework'), 'POST', `/api/cases/${accusation}/${action}`, { token, body: action === 'note' ? { text: '查看', public: false } : {} });
        expect(res.status).toBe(404);
      }
    }
  });

  it('answers unknown case ids with 404 for every action', async () => {
    const admin = await rig.token('county-admin');
    for (const route of routes.filter((r) => r.path.startsWith('/api/cases/{id}'))) {
      const res = await send(rig, { route, path: route.path.replace('{id}', randomUUID()), token: admin, json: route.method === 'GET' ? undefined : {} });
      expect([400, 404]).toContain(res.status);
    }
  });
});
