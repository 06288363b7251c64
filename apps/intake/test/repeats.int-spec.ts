import { jest } from '@jest/globals';
import { PetitionRefusedV1, PetitionRegisteredV1 } from '#contracts';
import { IntakeRig, OTHER_MATTERS, person, petition, QINGSHUI, SHIMEN } from './support.js';

jest.setTimeout(30_000);

const MONTH = 30 * 24 * 3600 * 1000;

/**
 * Repeat petitions (重复访), skip-level petitions (越级访) and matters final after re-review
 * (Arts. 19, 36), learnt from casework's events; and the ledger of long-standing petitioners.
 */
describe('intake: repeats, skip-level petitions, final matters and long-standing petitioners', () => {
  let rig: IntakeRig;
  let admin: string;

  beforeAll(async () => {
    rig = await IntakeRig.start();
    admin = await rig.token('county-admin');
  });

  afterAll(async () => {
    await rig?.close();
  });

  const registeredEvent = async (id: string) => (await rig.eventsOf(id, PetitionRegisteredV1.subject))[0]!.payload;

  describe('repeats (same petitioner, same matter, earlier petition open)', () => {
    it('links a repeat by ID number to the original, across channels and rewordings', async () => {
      const zhou = person('周德明');
      const first = await rig.registered(petition({ petitioners: [zhou] }));
      expect(first.flags.repeat).toBe(false);

      // a month later by phone, the same person (his ID number typed with spaces), the same text
      const again = await rig.registered(petition({ channel: 'phone', headcount: undefined, callerNumber: zhou.phone, petitioners: [{ name: '周德明', idNumber: `${zhou.idNumber.slice(0, 6)} ${zhou.idNumber.slice(6)}` }] }));
      expect(again).toMatchObject({ status: 'registered', flags: { repeat: true, skipLevel: false }, linkedPetitionId: first.id });

      // reworded in the citizen's own words: still the same matter, still linked to the first one, not to the repeat
      const reworded = await rig.registered(
        petition({
          channel: 'letter',
          headcount: undefined,
          letterDate: new Date().toISOString().slice(0, 10),
          title: '公路征地补偿余款',
          content: '石桥村三组，公路扩建征了我家1.8亩田（大塘坵），补偿款8.6万元只给了4万元，还差4.6万元未付，请尽快解决。',
          petitioners: [{ name: '周德明', idNumber: zhou.idNumber }],
        }),
      );
      expect(reworded).toMatchObject({ flags: { repeat: true }, linkedPetitionId: first.id });

      const event = await registeredEvent(again.id);
      expect(event).toMatchObject({ flags: { repeat: true, skipLevel: false }, linkedPetitionId: first.id });
      // the same person keeps the same pseudonymous reference across petitions
      expect(event.petitionerRefs).toEqual((await registeredEvent(first.id)).petitionerRefs);
      const detail = await rig.http('GET', `/api/petitions/${again.id}`, { token: admin });
      expect(detail.body).toMatchObject({ linkedPetitionId: first.id, flags: { repeat: true } });
      const repeats = await rig.http('GET', `/api/petitions?repeat=true&idNumber=${zhou.idNumber}`, { token: admin });
      expect(repeats.body.items.map((p: { id: string }) => p.id).sort()).toEqual([again.id, reworded.id].sort());
    });

    it('links a repeat by name and phone when there is no ID number; another name on the same phone is another person', async () => {
      const first = await rig.registered(petition({ channel: 'letter', headcount: undefined, letterDate: '2026-01-05', petitioners: [{ name: '孙玉梅', phone: '13912345678' }] }));
      const again = await rig.registered(petition({ channel: 'phone', headcount: undefined, callerNumber: '+86 139 1234 5678', petitioners: [{ name: '孙玉梅', phone: '+86 139 1234 5678' }] }));
      expect(again).toMatchObject({ flags: { repeat: true }, linkedPetitionId: first.id });

      const sister = await rig.registered(petition({ channel: 'phone', headcount: undefined, callerNumber: '13912345678', petitioners: [{ name: '孙玉兰', phone: '13912345678' }] }));
      expect(sister).toMatchObject({ flags: { repeat: false }, linkedPetitionId: null });
    });

    it('links one of two simultaneous registrations of the same matter to the other (two desks at once)', async () => {
      const he = person('何宝山');
      const results = await Promise.all([rig.registered(petition({ petitioners: [he] })), rig.registered(petition({ channel: 'phone', headcount: undefined, callerNumber: he.phone, petitioners: [he] }), admin)]);
      const originals = results.filter((r) => r.linkedPetitionId === null);
      expect(originals).toHaveLength(1);
      const other = results.find((r) => r !== originals[0])!;
      expect(other.linkedPetitionId).toBe(originals[0]!.id);
      expect(other.flags.repeat || other.flags.skipLevel).toBe(true);
    });

    it('registers a different matter of the same person as new', async () => {
      const li = person('李长贵');
      const first = await rig.registered(petition({ petitioners: [li] }));
      const other = await rig.registered(petition({ ...OTHER_MATTERS[0], petitioners: [li] }));
      expect(other).toMatchObject({ status: 'registered', flags: { repeat: false, skipLevel: false }, linkedPetitionId: null });
      expect(first.id).not.toBe(other.id);
    });

    it('registers the same matter as new once the earlier case is closed', async () => {
      const wu = person('吴春花');
      const first = await rig.registered(petition({ petitioners: [wu] }));
      const c = await rig.casework.opened(first.id);
      // still open: a repeat, which casework attaches to the case
      const repeat = await rig.registered(petition({ petitioners: [wu] }));
      expect(repeat).toMatchObject({ flags: { repeat: true }, linkedPetitionId: first.id });
      await rig.casework.linked(c, repeat.id, 'repeat');
      await rig.casework.closed(c, 'replied');
      expect((await rig.query(`SELECT case_status FROM intake.petition WHERE id = ANY($1) ORDER BY 1`, [[first.id, repeat.id]])).map((r) => r.case_status)).toEqual(['closed', 'closed']);

      const later = await rig.registered(petition({ petitioners: [wu] }));
      expect(later).toMatchObject({ status: 'registered', flags: { repeat: false, skipLevel: false }, linkedPetitionId: null });
    });
  });

  describe('skip-level petitions (Art. 19)', () => {
    it('flags a county-level registration as skip-level while the township handles it in time, and as a repeat once the township is overdue', async () => {
      const zheng = person('郑国强');
      const first = await rig.registered(petition({ petitioners: [zheng] }));
      const c = await rig.casework.opened(first.id);

      // the county bureau registers the same matter (a county-admin token has no township: level county)
      const skip = await rig.registered(petition({ petitioners: [zheng] }), admin);
      expect(skip).toMatchObject({ status: 'registered', flags: { skipLevel: true, repeat: false }, linkedPetitionId: first.id });
      expect(await registeredEvent(skip.id)).toMatchObject({ registeredAtLevel: 'county', flags: { skipLevel: true, repeat: false }, linkedPetitionId: first.id });
      await rig.casework.linked(c, skip.id, 'skip-level');

      // raised again at the township itself: a repeat, not skip-level
      const repeat = await rig.registered(petition({ petitioners: [zheng] }));
      expect(repeat).toMatchObject({ flags: { repeat: true, skipLevel: false }, linkedPetitionId: first.id });
      await rig.casework.linked(c, repeat.id, 'repeat');

      // the township let its time limit run out: going to the county is no longer skipping a level
      await rig.casework.overdue(c, 'route');
      const afterOverdue = await rig.registered(petition({ petitioners: [zheng] }), admin);
      expect(afterOverdue).toMatchObject({ flags: { skipLevel: false, repeat: true }, linkedPetitionId: first.id });
    });

    it('is not skip-level when a county department, not the township, handles the matter', async () => {
      const feng = person('冯志刚');
      const first = await rig.registered(petition({ petitioners: [feng] }));
      const c = await rig.casework.opened(first.id);
      await rig.casework.transferred(c, { code: 'dept-natural-resources', kind: 'department', name: '县自然资源局' });
      const county = await rig.registered(petition({ petitioners: [feng] }), admin);
      expect(county).toMatchObject({ flags: { skipLevel: false, repeat: true }, linkedPetitionId: first.id });
    });

    it('is skip-level while the matter is routed to the township government within its acceptance limit', async () => {
      const chen = person('陈桂芳');
      const first = await rig.registered(petition({ petitioners: [chen] }));
      const c = await rig.casework.opened(first.id);
      await rig.casework.transferred(c, { code: `twp-${QINGSHUI}`, kind: 'township', name: '清水镇人民政府' });
      expect(await rig.registered(petition({ petitioners: [chen] }), admin)).toMatchObject({ flags: { skipLevel: true, repeat: false }, linkedPetitionId: first.id });
    });
  });

  describe('after re-review (Art. 36)', () => {
    it('refuses the same matter as a repeat (不再受理), with the reason, and publishes intake.petition.refused.v1', async () => {
      const huang = person('黄友富');
      const first = await rig.registered(petition({ petitioners: [huang] }));
      const c = await rig.casework.opened(first.id);
      await rig.casework.replied(c);
      // a review that is not final keeps the matter open: a repeat
      await rig.casework.reviewDecided(c, false);
      expect((await rig.registered(petition({ petitioners: [huang] }))).flags.repeat).toBe(true);
      await rig.casework.reviewDecided(c, true);

      const refused = await rig.register(petition({ petitioners: [huang] }));
      expect(refused.status).toBe(201);
      expect(refused.body).toMatchObject({ status: 'refused', flags: { repeat: true, skipLevel: false }, linkedPetitionId: first.id });
      expect(refused.body.refusalReason).toMatch(/第三十六条/);
      expect(refused.body.refusalReason).toMatch(/不再受理/);

      const events = await rig.eventsOf(refused.body.id);
      expect(events.map((e) => `${e.type}.v${e.version}`)).toEqual([PetitionRegisteredV1.subject, PetitionRefusedV1.subject]);
      expect(events[1]!.payload).toEqual({ petitionId: refused.body.id, linkedPetitionId: first.id, rule: 'final-after-re-review', reason: refused.body.refusalReason });

      // the citizen sees it refused, with the reason; staff see it too
      const track = await rig.http('GET', `/api/public/petitions/${refused.body.trackingCode}`);
      expect(track.body.status.code).toBe('refused');
      expect(JSON.stringify(track.body.timeline)).toContain('第三十六条');
      const detail = await rig.http('GET', `/api/petitions/${refused.body.id}`, { token: admin });
      expect(detail.body).toMatchObject({ status: 'refused', refusalReason: refused.body.refusalReason });

      // a different matter of the same person is registered normally
      expect(await rig.registered(petition({ ...OTHER_MATTERS[2], petitioners: [huang] }))).toMatchObject({ status: 'registered', flags: { repeat: false } });
      // the case closing afterwards does not reopen the final matter
      await rig.casework.closed(c, 're-review-decided');
      expect((await rig.registered(petition({ petitioners: [huang] }))).status).toBe('refused');
    });
  });

  describe('long-standing petitioners (信访老户: 3 or more petitions in 24 months)', () => {
    it('flags the third petition of a person within 24 months, and lists the person in the ledger', async () => {
      const ma = person('马铁柱');
      const flags: boolean[] = [];
      for (const matter of OTHER_MATTERS.slice(0, 3)) {
        const res = await rig.registered(petition({ ...matter, petitioners: [ma] }));
        flags.push((await registeredEvent(res.id)).longStandingPetitioner);
      }
      expect(flags).toEqual([false, false, true]);

      const ledger = await rig.http('GET', '/api/petitioners/long-standing', { token: admin });
      expect(ledger.status).toBe(200);
      expect(ledger.body.rule).toEqual({ minPetitions: 3, windowMonths: 24 });
      // the name masked as in every list, never the ID number or phone; each petition of the window, newest first
      expect(JSON.stringify(ledger.body)).not.toContain('马铁柱');
      expect(JSON.stringify(ledger.body)).not.toContain(ma.idNumber);
      const entry = ledger.body.items.find((i: { name: string }) => i.name === '马*柱');
      expect(entry).toMatchObject({ petitions: 3, townshipCodes: [QINGSHUI], categories: ['environment', 'labour-wages', 'social-security'] });
      expect(entry.petitionList.map((p: { title: string }) => p.title)).toEqual([OTHER_MATTERS[2].title, OTHER_MATTERS[1].title, OTHER_MATTERS[0].title]);
      expect(entry.petitionList[0]).toEqual({ id: entry.latestPetitionId, receivedAt: entry.lastReceivedAt, title: OTHER_MATTERS[2].title, category: 'social-security', caseStatus: 'registered', townshipCode: QINGSHUI });
      const township = await rig.http('GET', '/api/petitioners/long-standing', { token: await rig.token('township-officer', QINGSHUI) });
      expect(township.body.items.map((i: { name: string }) => i.name)).toContain('马*柱');
      const elsewhere = await rig.http('GET', '/api/petitioners/long-standing', { token: await rig.token('township-officer', SHIMEN) });
      expect(elsewhere.body.items.map((i: { name: string }) => i.name)).not.toContain('马*柱');
      expect((await rig.http('GET', `/api/petitioners/long-standing?townshipCode=${QINGSHUI}`, { token: await rig.token('township-officer', SHIMEN) })).status).toBe(403);
      expect((await rig.http('GET', '/api/petitioners/long-standing', { token: await rig.token('analyst') })).status).toBe(403);
      // reading the ledger is reading personal data: logged
      expect(await rig.count(`SELECT count(*) FROM intake.personal_data_access WHERE actor_id = 'test-county-admin-county' AND purpose LIKE 'long-standing-ledger%'`)).toBeGreaterThan(0);
    });

    it('does not count a petition older than 24 months', async () => {
      const niu = person('牛满仓');
      await rig.registered(petition({ ...OTHER_MATTERS[3], receivedAt: new Date(Date.now() - 30 * MONTH).toISOString(), petitioners: [niu] }));
      await rig.registered(petition({ ...OTHER_MATTERS[0], petitioners: [niu] }));
      const third = await rig.registered(petition({ ...OTHER_MATTERS[1], petitioners: [niu] }));
      expect((await registeredEvent(third.id)).longStandingPetitioner).toBe(false);
      const ledger = await rig.http('GET', '/api/petitioners/long-standing', { token: admin });
      expect(ledger.body.items.map((i: { name: string }) => i.name)).not.toContain('牛*仓');
    });

    it("does not show the accused township a person who accused its government (Art. 30)", async () => {
      const accuser = person('杨揭发');
      for (const [i, title] of ['检举清水镇政府截留征地补偿款', '检举清水镇政府虚报危房改造户数', '检举清水镇政府违规发放低保'].entries()) {
        await rig.registered(petition({ category: 'discipline', title, content: `${title}：第${i + 1}次反映，附有相关账目复印件。`, isAccusation: true, accusedUnit: `twp-${QINGSHUI}`, petitioners: [accuser] }), admin);
      }
      const county = await rig.http('GET', '/api/petitioners/long-standing', { token: admin });
      expect(county.body.items.map((i: { name: string }) => i.name)).toContain('杨*发');
      for (const token of [await rig.token('township-officer', QINGSHUI), await rig.token('leader', QINGSHUI)]) {
        const ledger = await rig.http('GET', '/api/petitioners/long-standing', { token });
        expect(ledger.status).toBe(200);
        expect(ledger.body.items.map((i: { name: string }) => i.name)).not.toContain('杨*发');
      }
    });
  });
});
