import type { EventHandler } from '#messaging';
import { CASEWORK_PROJECTIONS, INTAKE_PROJECTIONS } from '../../apps/reporting/src/projections/event-handlers.js';
import { at, directoryEvent, QINGSHUI, ReportingRig, Scenario, SHIMEN, shuffled } from './support.js';

/**
 * Two reporting processes on one database and one durable consumer per stream: every event is
 * applied once (one inbox row, its facts once), whichever replica takes it and in whatever
 * order, and the figures are exact.
 */
describe('reporting: two replicas', () => {
  let rig: ReportingRig;

  beforeAll(async () => {
    rig = await ReportingRig.start({ replicas: 2 });
  }, 60_000);

  afterAll(async () => {
    await rig?.close();
  }, 60_000);

  it('apply each event once between them, and count exactly', async () => {
    const handled = [0, 0];
    rig.replicas.forEach((replica, i) => {
      for (const cls of [...INTAKE_PROJECTIONS, ...CASEWORK_PROJECTIONS]) {
        const handler = replica.app.get<EventHandler>(cls, { strict: false });
        const handle = handler.handle.bind(handler);
        handler.handle = async (event, tx) => {
          handled[i]!++;
          await handle(event, tx);
        };
      }
    });

    const s = new Scenario();
    const Y = 2026;
    for (let i = 0; i < 120; i++) {
      const township = i % 2 ? SHIMEN : QINGSHUI;
      const c = s.open(s.register({ township, channel: (['visit', 'letter', 'online', 'phone'] as const)[i % 4], category: 'other', receivedAt: at(Y, (i % 12) + 1, 3) }));
      c.transfer().accept(i % 3 !== 0);
      if (i % 5 === 0) c.supervise();
      if (i % 2 === 0) c.reply().close();
    }
    const events = shuffled([directoryEvent(), ...s.events], 7);
    await rig.publish(events);
    // 100 of them again as new stream messages (past the dedup window, a relay's retry would be): applied once all the same
    for (const e of events.slice(0, 100)) await rig.js.publish(e.subject, JSON.stringify(e.envelope), { msgID: `${String(e.envelope.id)}-again` });
    await rig.applied(events, 60_000);

    const [inbox] = await rig.query(`SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS events FROM reporting.inbox WHERE consumer = 'reporting'`);
    expect(inbox).toEqual({ rows: events.length, events: events.length });
    // every delivery reached a handler at most once; the 100 copies found their inbox row taken
    expect(handled[0]! + handled[1]!).toBe(events.length);
    expect(handled[0]).toBeGreaterThan(0);
    expect(handled[1]).toBeGreaterThan(0);

    const [facts] = await rig.query(`SELECT count(*)::int AS n FROM reporting.case_event_fact`);
    expect(facts!.n).toBe(120 + 24); // a transfer each, and 24 supervisions
    const summary = await rig.get(`/api/stats/summary?from=${Y}-01-01&to=${Y}-12-31`, 'analyst');
    expect(summary.body).toMatchObject({
      received: 120,
      byChannel: { visit: 30, letter: 30, online: 30, phone: 30 },
      closed: 60,
      closureRate: 0.5,
      timelyAcceptanceRate: 80 / 120,
      routing: { transfers: 120, supervisions: 24 },
    });
    await rig.rollupsFresh();
    expect((await rig.get(`/api/stats/summary?from=${Y}-01-01&to=${Y}-12-31`, 'analyst')).body).toEqual(summary.body);
    console.log(`two reporting replicas applied ${handled[0]} + ${handled[1]} events`);
  }, 120_000);
});
