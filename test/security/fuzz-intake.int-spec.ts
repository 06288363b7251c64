import { randomUUID } from 'node:crypto';
import { searchTerms } from '../../apps/intake/src/petitions/domain/search-terms.js';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import { check, discoverRoutes, fuzzRoutes, named, namesField, NASTY_STRINGS, runs, send, textArb, type FuzzContext, type Route } from './fuzz-kit.js';
import { CATEGORY_CODES, http, idEndingInX, QINGSHUI, QINGSHUI_SHIQIAO, QINGSHUI_YANGLIU, Rig, SHIMEN, SHIMEN_HONGYAN } from './support.js';

jest.setTimeout(300_000);

/**
 * Bad input against every intake route (public and staff): zero 5xx, every 400 naming its
 * fields, nothing stored by a refused request; and registrations full of hostile strings are
 * stored exactly as sent, searchable only literally.
 */
describe('intake under bad input', () => {
  let rig: Rig;
  let routes: Route[];
  let ctx: FuzzContext;
  /** What was registered, for the search oracle. */
  const registered: { id: string; trackingCode: string; title: string; content: string; townshipCode: string }[] = [];

  const REGISTRATION = (overrides: Record<string, unknown> = {}) => ({
    channel: 'visit',
    townshipCode: QINGSHUI,
    villageCode: QINGSHUI_SHIQIAO,
    category: 'land-acquisition',
    title: '反映征地补偿款未足额发放',
    content: '2025年修建县道占用耕地，补偿款至今只发放一半。',
    headcount: 1,
    petitioners: [{ name: '测试人', idNumber: idEndingInX('19700101', 101), phone: '13800000001', address: '清水镇石桥村一组' }],
    ...overrides,
  });

  beforeAll(async () => {
    rig = await Rig.start(['intake']);
    routes = await discoverRoutes('intake', rig.services.intake!);
    const officer = await rig.token('township-officer', QINGSHUI);
    for (const [i, title] of ['反映100%补偿未到位', '关于村道_硬化工程', '普通事项：低保被取消'].entries()) {
      const body = REGISTRATION({ title, content: `第${i}件：${title}`, petitioners: [{ name: `测试${i}`, phone: `1380000010${i}` }] });
      const res = await http(rig.url('intake'), 'POST', '/api/petitions', { token: officer, body });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      registered.push({ id: res.body.id, trackingCode: res.body.trackingCode, title, content: body.content, townshipCode: QINGSHUI });
    }
    ctx = {
      rig,
      pathValue: (_route, param) => ({ id: registered[0]!.id, trackingCode: registered[0]!.trackingCode, attachmentId: randomUUID(), seq: '1' })[param] ?? 'x',
    };
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('documents the routes it serves, public and staff', () => {
    const names = routes.map((r) => `${r.method} ${r.path}${r.isPublic ? ' (public)' : ''}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/petitions',
        'GET /api/petitions',
        'GET /api/petitions/{id}',
        'POST /api/petitions/{id}/attachments',
        'POST /api/public/petitions (public)',
        'GET /api/public/petitions/{trackingCode} (public)',
        'POST /api/public/petitions/{trackingCode}/evaluation (public)',
        'GET /api/directory (public)',
        'GET /api/categories (public)',
        'GET /api/petitioners/long-standing',
        'GET /api/dead-letters',
      ]),
    );
  });

  it('fuzzes every route: bad ids, malformed and oversized bodies, one broken field, hostile valid bodies, broken queries', async () => {
    expect(await fuzzRoutes(ctx, routes)).toBe('');
  });

  it('stores hostile strings in a registration exactly as sent, from every channel (or refuses them, storing nothing)', async () => {
    const admin = await rig.token('county-admin');
    const intake = rig.url('intake');
    const channelFields: Record<string, Record<string, unknown>> = {
      visit: { headcount: 2 },
      letter: { letterDate: '2026-03-01' },
      phone: { callerNumber: '0739-5551234' },
      online: {},
    };
    const arb = fc.record({
      channel: fc.constantFrom('visit', 'letter', 'phone', 'online'),
      township: fc.constantFrom([QINGSHUI, QINGSHUI_YANGLIU], [SHIMEN, SHIMEN_HONGYAN]),
      category: fc.constantFrom(...CATEGORY_CODES),
      title: textArb(200, true),
      content: textArb(20000, true),
      name: textArb(50, true),
      address: fc.option(textArb(200), { nil: undefined }),
      accusation: fc.boolean(),
    });
    const failure = await check('registration with hostile strings', arb, async (v) => {
      const body = REGISTRATION({
        channel: v.channel,
        townshipCode: v.township[0],
        villageCode: v.township[1],
        category: v.category,
        title: v.title,
        content: v.content,
        headcount: undefined,
        ...channelFields[v.channel],
        petitioners: [{ name: v.name, phone: '13800000002', ...(v.address === undefined ? {} : { address: v.address }) }],
        ...(v.accusation ? { isAccusation: true, accusedUnit: `twp-${v.township[0]}` } : {}),
      });
      const route = routes.find((r) => r.method === 'POST' && r.path === '/api/petitions')!;
      const res = await send(rig, { route, path: '/api/petitions', token: admin, json: body });
      // text is stored trimmed; text that is only whitespace, or that PostgreSQL cannot store, is refused naming the field
      const unstorable = (t: string) => /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
      const refusable = { title: v.title, content: v.content, 'petitioners[0].name': v.name, 'petitioners[0].address': v.address ?? '' };
      const mustRefuse = Object.entries(refusable).filter(([f, t]) => unstorable(t) || (f !== 'petitioners[0].address' && !t.trim())).map(([f]) => f);
      if (res.status === 400) {
        // the validation layer and the registration rules answer in turn: the 400 names at least one field that is at fault
        const expected = mustRefuse.length ? mustRefuse : ['title', 'content', 'petitioners[0].name', 'petitioners[0].address'];
        if (!expected.some((f) => namesField(res, f))) throw new Error(`a 400 naming ${named(res)}, expected ${expected.join(' or ')}`);
        return;
      }
      if (mustRefuse.length) throw new Error(`accepted (${res.status}) though ${mustRefuse.join(', ')} cannot be stored as given`);
      if (res.status !== 201) throw new Error(`answered ${res.status}: ${JSON.stringify(res.body)}`);
      const detail = await send(rig, { route: routes.find((r) => r.method === 'GET' && r.path === '/api/petitions/{id}')!, path: `/api/petitions/${res.body.id}`, query: 'reveal=petitioners', token: admin });
      expect(detail.body).toMatchObject({ title: v.title.trim(), content: v.content.trim(), channel: v.channel });
      expect(detail.body.petitioners[0].name).toBe(v.name.trim());
      expect(detail.body.petitioners[0].address).toBe(v.address?.trim() || null);
      registered.push({ id: res.body.id, trackingCode: res.body.trackingCode, title: v.title, content: v.content, townshipCode: v.township[0] });
    }, runs(40));
    expect(failure).toBeNull();
  });

  it('searches literally: % and _ and SQL in q match only petitions that contain every word of it', async () => {
    const admin = await rig.token('county-admin');
    const route = routes.find((r) => r.method === 'GET' && r.path === '/api/petitions')!;
    const arb = fc.oneof(fc.constantFrom('%', '_', '%_%', '\\', '\\%', "' OR '1'='1", '100%', '道_硬', '补偿', ...NASTY_STRINGS), fc.string({ minLength: 1, maxLength: 6 }));
    const failure = await check('search by q', arb, async (q) => {
      const res = await send(rig, { route, path: '/api/petitions', query: new URLSearchParams({ q, pageSize: '200' }).toString(), token: admin });
      if (res.status === 400) {
        if (!namesField(res, 'q')) throw new Error(`a 400 not naming q: ${named(res)}`);
        return;
      }
      // the oracle: the petitions whose title or content contains every word of q as a plain substring
      // (strpos knows no wildcards); q is split into words as a clerk types them, on spaces and punctuation
      const words = searchTerms(q);
      const literal = await rig.db.query<{ id: string }>(
        `SELECT id FROM intake.petition WHERE ${words.map((_, i) => `(strpos(lower(title), lower($${i + 1})) > 0 OR strpos(lower(content), lower($${i + 1})) > 0)`).join(' AND ') || 'true'}`,
        words,
      );
      expect(res.body.total).toBe(literal.length);
      const expected = new Set(literal.map((p) => p.id));
      for (const p of res.body.items as { id: string }[]) if (!expected.has(p.id)) throw new Error(`q=${JSON.stringify(q)} found ${p.id}, which does not contain it`);
    }, runs(60));
    expect(failure).toBeNull();
    // the wildcard characters themselves
    const percent = await send(rig, { route, path: '/api/petitions', query: 'q=%25', token: admin });
    expect(percent.body.items.map((p: { title: string }) => p.title)).toContain('反映100%补偿未到位');
    const underscore = await send(rig, { route, path: '/api/petitions', query: 'q=_', token: admin });
    expect(underscore.body.items.map((p: { title: string }) => p.title)).toContain('关于村道_硬化工程');
    expect(underscore.body.items.map((p: { title: string }) => p.title)).not.toContain('普通事项：低保被取消');
  });

  it('answers unknown and malformed tracking codes with 404, and an evaluation before the reply with 409, storing nothing', async () => {
    const track = routes.find((r) => r.path === '/api/public/petitions/{trackingCode}' && r.method === 'GET')!;
    const evaluate = routes.find((r) => r.path === '/api/public/petitions/{trackingCode}/evaluation')!;
    const failure = await check('tracking codes', fc.oneof(fc.stringMatching(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/), fc.string({ maxLength: 30 })), async (code) => {
      if (registered.some((p) => p.trackingCode === code)) return;
      const res = await send(rig, { route: track, path: `/api/public/petitions/${encodeURIComponent(code)}` });
      expect(res.status).toBe(404);
    }, runs(40));
    expect(failure).toBeNull();
    for (const rating of ['satisfied', 'unsatisfied']) {
      const res = await send(rig, { route: evaluate, path: `/api/public/petitions/${registered[0]!.trackingCode}/evaluation`, json: { rating } });
      expect(res.body).toMatchObject({ statusCode: 409, rule: 'evaluation-before-reply' });
    }
  });
});
