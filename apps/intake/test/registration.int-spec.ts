import { jest } from '@jest/globals';
import { PetitionRegisteredV1 } from '#contracts';
import { DirectoryService } from '../src/directory/directory.service.js';
import { DEMO_COUNTY } from '../src/seed/demo-county.js';
import { IntakeRig, person, petition, QINGSHUI, QINGSHUI_SHIQIAO, SHIMEN, SHIMEN_HONGYAN, checkCharacter, type CaseRef } from './support.js';

jest.setTimeout(30_000);

/** Registration (POST /api/petitions): the four channels, validation as a petition bureau does it, and who may register and see what. */
describe('intake: registration of the four channels, validation and scope', () => {
  let rig: IntakeRig;

  beforeAll(async () => {
    rig = await IntakeRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  // the petitioners as registered: the detail masks them unless asked to reveal them
  const detail = async (id: string, token?: string) => rig.http('GET', `/api/petitions/${id}?reveal=petitioners`, { token: token ?? (await rig.token('county-admin')) });

  /** A 400 in the platform's shape, naming the field and the rule. */
  function expectRefused(res: { status: number; body: any }, field: string, rule: string) {
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(typeof res.body.message).toBe('string');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule, message: expect.stringMatching(/[\u4e00-\u9fff]/) })]));
  }

  describe('the four channels', () => {
    it('registers a visit with the people present and the ID number of the visitor', async () => {
      const visitor = person('周德明');
      const res = await rig.registered(petition({ channel: 'visit', headcount: 2, petitioners: [visitor] }));
      expect(res).toMatchObject({ status: 'registered', flags: { collective: false, repeat: false, skipLevel: false }, linkedPetitionId: null });
      expect(res.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);

      const d = await detail(res.id);
      expect(d.status).toBe(200);
      expect(d.body).toMatchObject({ channel: 'visit', headcount: 2, townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, category: 'land-acquisition', letterDate: null, callerNumber: null });
      expect(d.body.petitioners).toEqual([expect.objectContaining({ name: '周德明', idNumber: visitor.idNumber, phone: visitor.phone, address: visitor.address })]);

      const [event] = await rig.eventsOf(res.id, PetitionRegisteredV1.subject);
      expect(event!.payload).toMatchObject({ petitionId: res.id, channel: 'visit', headcount: 2, townshipCode: QINGSHUI, registeredAtLevel: 'township', flags: { collective: false, repeat: false, skipLevel: false } });
      expect(event!.payload.petitionerRefs).toEqual([expect.stringMatching(/^pr_[0-9a-f]{16}$/)]);
    });

    it('registers a collective visit (5 or more people) with its representatives, identified by their ID numbers', async () => {
      const people = [person('王秀英'), person('王建军'), { name: '王小红' }];
      const res = await rig.registered(petition({ headcount: 12, petitioners: people, representatives: [0, 1] }));
      expect(res.flags.collective).toBe(true);
      const d = await detail(res.id);
      expect(d.body.headcount).toBe(12);
      expect(d.body.flags.collective).toBe(true);
      expect(d.body.petitioners.map((p: { isRepresentative: boolean }) => p.isRepresentative)).toEqual([true, true, false]);
    });

    it('registers a letter with the date written on it, not after its receipt', async () => {
      const res = await rig.registered(petition({ channel: 'letter', headcount: undefined, receivedAt: '2026-03-02T09:30:00+08:00', letterDate: '2026-02-26', petitioners: [{ name: '李桂兰', address: '清水镇石桥村二组' }] }));
      const d = await detail(res.id);
      expect(d.body).toMatchObject({ channel: 'letter', letterDate: '2026-02-26', headcount: 1, receivedAt: '2026-03-02T01:30:00.000Z' });

      // the same day as the receipt is fine; the day after is not
      expect((await rig.register(petition({ channel: 'letter', headcount: undefined, receivedAt: '2026-03-02T09:30:00+08:00', letterDate: '2026-03-02', petitioners: [person()] }))).status).toBe(201);
      expectRefused(await rig.register(petition({ channel: 'letter', headcount: undefined, receivedAt: '2026-03-02T09:30:00+08:00', letterDate: '2026-03-03', petitioners: [person()] })), 'letterDate', 'notAfterReceipt');
    });

    it('registers a phone call with the number called from, normalised', async () => {
      const res = await rig.registered(petition({ channel: 'phone', headcount: undefined, callerNumber: '0739 5551234', petitioners: [{ name: '赵大山', phone: '+86 138 0013 8000' }] }));
      const d = await detail(res.id);
      expect(d.body).toMatchObject({ channel: 'phone', callerNumber: '0739-5551234' });
      expect(d.body.petitioners[0]).toMatchObject({ name: '赵大山', phone: '13800138000', idNumber: null });
    });

    it('registers with only the fields api.md names: an undated letter, a call without the number, a visit without a head count', async () => {
      for (const channel of ['letter', 'phone', 'visit'] as const) {
        const res = await rig.registered({ channel, townshipCode: '430599101000', category: 'land-acquisition', title: '反映村道损毁', content: '通组公路被冲毁，请求修复。', petitioners: [person()] });
        const d = await detail(res.id);
        expect(d.body).toMatchObject({ channel, letterDate: null, callerNumber: null, headcount: 1 });
      }
    });

    it('registers an online petition entered by staff', async () => {
      const res = await rig.registered(petition({ channel: 'online', headcount: undefined, petitioners: [{ name: '钱多多', phone: '13900001111' }] }));
      const d = await detail(res.id);
      expect(d.body).toMatchObject({ channel: 'online', headcount: 1 });
      const [event] = await rig.eventsOf(res.id, PetitionRegisteredV1.subject);
      expect(event!.payload.channel).toBe('online');
    });
  });

  describe('refusals: 400 naming each field and rule, and nothing stored', () => {
    it('refuses each broken rule with the field named, and stores nothing for any refused request', async () => {
      const stored = async () => ({
        petitions: await rig.count(`SELECT count(*) FROM intake.petition`),
        petitioners: await rig.count(`SELECT count(*) FROM intake.petitioner`),
        outbox: await rig.count(`SELECT count(*) FROM intake.outbox`),
        steps: await rig.count(`SELECT count(*) FROM intake.public_step`),
      });
      const before = await stored();
      const admin = await rig.token('county-admin');
      const someone = person();
      const badCheck = someone.idNumber.slice(0, 17) + (someone.idNumber[17] === '0' ? '1' : '0');
      const feb30 = `430524` + '19990230' + '123';
      const impossibleBirth = feb30 + checkCharacter(feb30);

      // person data
      const bad = await rig.register(petition({ petitioners: [{ ...someone, idNumber: badCheck }] }));
      expectRefused(bad, 'petitioners[0].idNumber', 'residentId');
      expect(bad.body.errors.find((e: { field: string }) => e.field === 'petitioners[0].idNumber').message).toContain('校验位');
      expect(JSON.stringify(bad.body)).not.toContain(badCheck); // the refused value is not echoed back
      const birth = await rig.register(petition({ petitioners: [{ ...someone, idNumber: impossibleBirth }] }));
      expectRefused(birth, 'petitioners[0].idNumber', 'residentId');
      expect(birth.body.errors[0].message).toContain('出生日期');
      expectRefused(await rig.register(petition({ petitioners: [{ ...someone, idNumber: '4305241968031212' }] })), 'petitioners[0].idNumber', 'residentId');
      expectRefused(await rig.register(petition({ petitioners: [someone, { name: '李四', phone: '12345678' }] })), 'petitioners[1].phone', 'phone');

      // the county directory
      expectRefused(await rig.register(petition({ townshipCode: '430599999000', villageCode: undefined }), admin), 'townshipCode', 'knownTownship');
      expectRefused(await rig.register(petition({ villageCode: SHIMEN_HONGYAN })), 'villageCode', 'villageOfTownship');
      expectRefused(await rig.register(petition({ category: 'weather' })), 'category', 'knownCategory');
      expectRefused(await rig.register(petition({ isAccusation: true, accusedUnit: 'dept-nowhere', category: 'discipline' })), 'accusedUnit', 'knownUnit');

      // collective petitions and accusations
      const six = Array.from({ length: 6 }, () => person());
      expectRefused(await rig.register(petition({ headcount: 30, petitioners: six, representatives: [0, 1, 2, 3, 4, 5] })), 'representatives', 'maxRepresentatives');
      expectRefused(await rig.register(petition({ headcount: 8, petitioners: [someone] })), 'representatives', 'representativesForCollectiveVisit');
      expectRefused(await rig.register(petition({ headcount: 1, petitioners: six.slice(0, 5) })), 'representatives', 'representativesForCollectiveVisit');
      expectRefused(await rig.register(petition({ headcount: 2, petitioners: [someone], representatives: [3] })), 'representatives[0]', 'petitionerIndex');
      expectRefused(await rig.register(petition({ isAccusation: true, category: 'discipline' })), 'accusedUnit', 'requiredForAccusation');

      // the channels' own fields
      expectRefused(await rig.register(petition({ channel: 'letter', headcount: undefined, letterDate: '2026-02-30' })), 'letterDate', 'isoDate');
      expectRefused(await rig.register(petition({ channel: 'letter', headcount: undefined, letterDate: '0000-01-01' })), 'letterDate', 'isoDate');
      expectRefused(await rig.register(petition({ channel: 'phone', headcount: undefined, callerNumber: '5551234' })), 'callerNumber', 'phone');
      expectRefused(await rig.register(petition({ channel: 'letter', headcount: 3, letterDate: '2026-01-05' })), 'headcount', 'channelField');
      expectRefused(await rig.register(petition({ letterDate: '2026-01-05' })), 'letterDate', 'channelField');
      expectRefused(await rig.register(petition({ callerNumber: '13800138000' })), 'callerNumber', 'channelField');
      expectRefused(await rig.register(petition({ channel: 'online', headcount: undefined, callerNumber: '13800138000' })), 'callerNumber', 'channelField');

      // unknown fields and wrong types
      expectRefused(await rig.register({ ...petition(), priority: 'urgent' }), 'priority', 'whitelistValidation');
      expectRefused(await rig.register(petition({ petitioners: [{ ...someone, gender: 'male' }] })), 'petitioners[0].gender', 'whitelistValidation');
      expectRefused(await rig.register(petition({ headcount: '3' })), 'headcount', 'isInt');
      expectRefused(await rig.register(petition({ headcount: 2.5 })), 'headcount', 'isInt');
      expectRefused(await rig.register(petition({ title: 42 })), 'title', 'isString');
      expectRefused(await rig.register(petition({ isAccusation: 'yes' })), 'isAccusation', 'isBoolean');
      expectRefused(await rig.register(petition({ channel: 'fax' })), 'channel', 'isIn');
      expectRefused(await rig.register(petition({ receivedAt: 'yesterday' })), 'receivedAt', 'isIso8601');
      expectRefused(await rig.register(petition({ receivedAt: '2099-01-01T00:00:00Z' })), 'receivedAt', 'notInFuture');
      expectRefused(await rig.register(petition({ townshipCode: 430599101000 })), 'townshipCode', 'matches');
      expectRefused(await rig.register(petition({ petitioners: [] })), 'petitioners', 'arrayMinSize');
      expectRefused(await rig.register(petition({ petitioners: '周德明' })), 'petitioners', 'isArray');
      expectRefused(await rig.register(petition({ representatives: ['0'] })), 'representatives', 'isInt');
      expectRefused(await rig.register(petition({ petitioners: [{ ...someone, idNumber: 430524196803121232 }] })), 'petitioners[0].idNumber', 'isString');
      const missing = await rig.register({ channel: 'visit', headcount: 1 });
      for (const field of ['townshipCode', 'category', 'title', 'content', 'petitioners']) expectRefused(missing, field, 'isDefined');
      for (const body of [{ ...petition(), petitioners: [null] }, { ...petition(), petitioners: ['周德明'] }, { ...petition(), petitioners: [[]] }, [], 'null']) {
        const res = await rig.register(body as object);
        expect({ body: JSON.stringify(body).slice(-40), status: res.status }).toEqual({ body: JSON.stringify(body).slice(-40), status: 400 });
        expect(res.body.errors.length).toBeGreaterThan(0);
        // the element itself is named, not the whole list
        if (Array.isArray((body as { petitioners?: unknown }).petitioners)) expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['petitioners[0]']);
      }
      const second = await rig.register({ ...petition(), petitioners: [someone, []] });
      expect(second.body.errors.map((e: { field: string }) => e.field)).toEqual(['petitioners[1]']);

      // several problems at once: every one is named
      const many = await rig.register(petition({ category: 'weather', villageCode: SHIMEN_HONGYAN, petitioners: [{ ...someone, idNumber: badCheck, phone: '999' }] }));
      expect(many.status).toBe(400);
      expect(many.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`).sort()).toEqual(
        ['category:knownCategory', 'petitioners[0].idNumber:residentId', 'petitioners[0].phone:phone', 'villageCode:villageOfTownship'].sort(),
      );

      expect(await stored()).toEqual(before);
    });
  });

  describe('the county directory, as registration sees it', () => {
    it('takes a village as soon as the directory gains it (only yes-answers are remembered), and refuses one that moved away once the directory says so', async () => {
      const admin = await rig.token('county-admin');
      const directory = rig.intake.app.get(DirectoryService);
      const NEW_VILLAGE = '430599101299';
      const withQingshuiVillages = (villages: { code: string; name: string }[]) => ({
        ...DEMO_COUNTY,
        townships: DEMO_COUNTY.townships.map((t) => (t.code === QINGSHUI ? { ...t, villages } : t)),
      });
      const qingshui = DEMO_COUNTY.townships.find((t) => t.code === QINGSHUI)!;

      expectRefused(await rig.register(petition({ villageCode: NEW_VILLAGE }), admin), 'villageCode', 'villageOfTownship');
      await directory.importDirectory(withQingshuiVillages([...qingshui.villages, { code: NEW_VILLAGE, name: '新建社区' }]));
      expect((await rig.registered(petition({ villageCode: NEW_VILLAGE }))).status).toBe('registered');

      // remembered yes: the same village again, then the village moves to 石门镇 — this replica's import forgets at once
      expect((await rig.registered(petition({ villageCode: NEW_VILLAGE }))).status).toBe('registered');
      await directory.importDirectory({
        ...withQingshuiVillages(qingshui.villages),
        townships: withQingshuiVillages(qingshui.villages).townships.map((t) => (t.code === SHIMEN ? { ...t, villages: [...t.villages, { code: NEW_VILLAGE, name: '新建社区' }] } : t)),
      });
      expectRefused(await rig.register(petition({ villageCode: NEW_VILLAGE }), admin), 'villageCode', 'villageOfTownship');
    });
  });

  describe('scope', () => {
    let qingshuiPetition: string;
    let shimenPetition: string;

    beforeAll(async () => {
      qingshuiPetition = (await rig.registered(petition())).id;
      shimenPetition = (await rig.registered(petition({ townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN }), await rig.token('township-officer', SHIMEN))).id;
    });

    it('a township officer cannot register for another township (403), and nothing is stored', async () => {
      const before = await rig.count(`SELECT count(*) FROM intake.petition`);
      const res = await rig.register(petition({ townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN }), await rig.token('township-officer', QINGSHUI));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      expect(await rig.count(`SELECT count(*) FROM intake.petition`)).toBe(before);
    });

    it("a township officer does not see another township's petitions: the list leaves them out, the detail is 404", async () => {
      const shimen = await rig.token('township-officer', SHIMEN);
      const list = await rig.http('GET', '/api/petitions?pageSize=200', { token: shimen });
      expect(list.status).toBe(200);
      const ids = list.body.items.map((p: { id: string }) => p.id);
      expect(ids).toContain(shimenPetition);
      expect(ids).not.toContain(qingshuiPetition);
      expect(list.body.items.every((p: { townshipCode: string }) => p.townshipCode === SHIMEN)).toBe(true);
      // asking for the other township explicitly yields nothing, not its petitions
      const asked = await rig.http('GET', `/api/petitions?townshipCode=${QINGSHUI}`, { token: shimen });
      expect(asked.body).toMatchObject({ total: 0, items: [] });
      const other = await detail(qingshuiPetition, shimen);
      expect(other.status).toBe(404);
      expect(other.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect((await detail(shimenPetition, shimen)).status).toBe(200);
      // the county sees both
      const county = await rig.http('GET', '/api/petitions?pageSize=200', { token: await rig.token('county-admin') });
      expect(county.body.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([qingshuiPetition, shimenPetition]));
    });

    it('an analyst (and a village liaison) gets 403 on petitions: no list, no detail, no registration', async () => {
      for (const token of [await rig.token('analyst'), await rig.token('liaison', QINGSHUI)]) {
        expect((await rig.http('GET', '/api/petitions', { token })).status).toBe(403);
        expect((await detail(qingshuiPetition, token)).status).toBe(403);
        expect((await rig.register(petition(), token)).status).toBe(403);
      }
      expect((await rig.http('GET', '/api/petitions')).status).toBe(401);
    });

    it("an accusation against a department is invisible to that department's officer, even when routed to it", async () => {
      const officer = await rig.registered(petition());
      const accusation = await rig.registered(petition({ category: 'discipline', title: '检举县自然资源局工作人员索要好处费', content: '县自然资源局某工作人员在办理征地补偿手续时向村民索要好处费，每户两千元。', isAccusation: true, accusedUnit: 'dept-natural-resources' }));
      const unit = { code: 'dept-natural-resources', kind: 'department' as const, name: '县自然资源局' };
      for (const id of [officer.id, accusation.id]) {
        const c: CaseRef = await rig.casework.opened(id);
        await rig.casework.transferred(c, unit);
      }
      const dept = await rig.token('department-officer', 'dept-natural-resources');
      const list = await rig.http('GET', '/api/petitions?pageSize=200', { token: dept });
      expect(list.status).toBe(200);
      const ids = list.body.items.map((p: { id: string }) => p.id);
      expect(ids).toContain(officer.id); // routed to the department: visible
      expect(ids).not.toContain(accusation.id);
      expect((await detail(officer.id, dept)).status).toBe(200);
      expect((await detail(accusation.id, dept)).status).toBe(404);
      expect((await rig.http('GET', `/api/petitions/${accusation.id}/attachments/00000000-0000-4000-8000-000000000000`, { token: dept })).status).toBe(404);
      // another department sees neither: nothing was routed to it
      const hrss = await rig.http('GET', '/api/petitions?pageSize=200', { token: await rig.token('department-officer', 'dept-hrss') });
      expect(hrss.body.items.map((p: { id: string }) => p.id)).not.toContain(officer.id);
      // the township and the county still see it
      expect((await detail(accusation.id, await rig.token('township-officer', QINGSHUI))).status).toBe(200);
    });

    it("an accusation against a township government is invisible to that township's officers and leaders", async () => {
      const admin = await rig.token('county-admin');
      const accuser = person('揭发人');
      const accusation = await rig.registered(
        petition({ category: 'discipline', title: '检举清水镇政府截留征地补偿款', content: '清水镇人民政府在发放石桥村征地补偿款时截留部分款项，用于弥补镇里的办公经费。', isAccusation: true, accusedUnit: `twp-${QINGSHUI}`, petitioners: [accuser] }),
        admin,
      );
      for (const token of [await rig.token('township-officer', QINGSHUI), await rig.token('leader', QINGSHUI)]) {
        const list = await rig.http('GET', '/api/petitions?pageSize=200', { token });
        expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(accusation.id);
        const byId = await rig.http('GET', `/api/petitions?idNumber=${accuser.idNumber}`, { token });
        expect(byId.body.total).toBe(0);
        expect((await detail(accusation.id, token)).status).toBe(404);
      }
      // another township's government is not accused: the matter stays in 清水镇, so 石门镇 does not see it either
      expect((await detail(accusation.id, await rig.token('township-officer', SHIMEN))).status).toBe(404);
      expect((await detail(accusation.id, admin)).status).toBe(200);
    });
  });
});
