import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { discoverRoutes, fuzzRoutes, send, type FuzzContext, type Route } from './fuzz-kit.js';
import { Rig } from './support.js';

jest.setTimeout(300_000);

/**
 * Bad input against every notification and reporting route: zero 5xx, every 400 naming its
 * fields, nothing stored by a refused request. (Intake runs only to publish the county directory.)
 */
describe('notification and reporting under bad input', () => {
  let rig: Rig;
  let routes: Route[];
  let ctx: FuzzContext;

  beforeAll(async () => {
    rig = await Rig.start(['intake', 'notification', 'reporting']);
    routes = [...(await discoverRoutes('notification', rig.services.notification!)), ...(await discoverRoutes('reporting', rig.services.reporting!))];
    ctx = {
      rig,
      pathValue: (_route, param) => ({ id: randomUUID(), key: 'petitioner.registered', seq: '1' })[param] ?? 'x',
    };
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('documents the routes of api.md', () => {
    const names = routes.map((r) => `${r.service} ${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'notification GET /api/inbox',
        'notification POST /api/inbox/{id}/read',
        'notification GET /api/deliveries',
        'reporting GET /api/stats/summary',
        'reporting GET /api/reports/annual',
        'reporting GET /api/exports/cases',
      ]),
    );
  });

  it('fuzzes every notification route', async () => {
    expect(await fuzzRoutes(ctx, routes.filter((r) => r.service === 'notification'))).toBe('');
  });

  it('fuzzes every reporting route', async () => {
    // reporting's routes are reads with queries, each a statistics query: fewer runs keep the file short
    expect(await fuzzRoutes(ctx, routes.filter((r) => r.service === 'reporting'), 0.6)).toBe('');
  });

  it('answers a template preview with hostile values, never with a 5xx', async () => {
    const route = routes.find((r) => r.path === '/api/templates/{key}/preview')!;
    const admin = await rig.token('county-admin');
    for (const values of [{ caseId: "' OR 1=1 --", townshipCode: '%' }, { days: 1e308, replyBy: 'not-a-date', dueAt: -1 }, { receivedAt: '2026-02-30T99:99:99Z', unitCode: { nested: true } }, { trackingCode: null, items: ['a', { b: 1 }] }]) {
      const res = await send(rig, { route, path: '/api/templates/petitioner.replied/preview', token: admin, json: { values } });
      expect(res.status).toBeLessThan(500);
    }
  });
});
