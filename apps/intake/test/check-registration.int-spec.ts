import { jest } from '@jest/globals';
import { IntakeRig, person, petition, QINGSHUI, SHIMEN, SHIMEN_HONGYAN } from './support.js';

jest.setTimeout(30_000);

/**
 * The staff form's check before registering (POST /api/petitions/check): the same body, scope and
 * errors as POST /api/petitions, nothing stored, and what registering would do — the flags, the
 * petition it would be linked to, and the earlier petitions of the same person that may be the
 * same matter — the same answer registration then gives.
 */
describe('intake: checking a staff registration before it is made', () => {
  let rig: IntakeRig;
  let officer: string;
  let admin: string;

  beforeAll(async () => {
    rig = await IntakeRig.start();
    officer = await rig.token('township-officer', QINGSHUI);
    admin = await rig.token('county-admin');
  });

  afterAll(async () => {
    await rig?.close();
  });

  const check = (body: object, token = officer) => rig.http('POST', '/api/petitions/check', { token, body });
  const stored = async () => ({
    petitions: await rig.count(`SELECT count(*) FROM intake.petition`),
    petitioners: await rig.count(`SELECT count(*) FROM intake.petitioner`),
    outbox: await rig.count(`SELECT count(*) FROM intake.outbox`),
  });

  it('answers 200 for a valid form with what registering would do, and stores nothing', async () => {
    const before = await stored();
    const res = await check(petition({ petitioners: [person('顾长林')] }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ flags: { collective: false, repeat: false, skipLevel: false }, linkedPetitionId: null, status: 'registered', longStandingPetitioner: false, repeatCandidates: [] });
    // five people on a visit: collective
    const many = await check(petition({ headcount: 6, petitioners: [person(), person(), person(), person(), person()], representatives: [0, 1] }));
    expect(many.body.flags.collective).toBe(true);
    expect(await stored()).toEqual(before);
  });

  it('names each field and rule exactly as registering does, and stores nothing', async () => {
    const bodies = [
      petition({ petitioners: [{ ...person(), idNumber: '430524197205180027' }, { ...person(), phone: '12345' }] }),
      petition({ villageCode: SHIMEN_HONGYAN, category: 'no-such-category' }),
      petition({ headcount: 8, petitioners: [person()] }), // a collective visit must name representatives
      petition({ channel: 'letter', headcount: 2, letterDate: '2026-02-30' }),
      petition({ title: '   ', isAccusation: true }),
      { ...petition(), petitioners: [] },
    ];
    const before = await stored();
    for (const body of bodies) {
      const checked = await check(body);
      const registered = await rig.register(body);
      expect({ status: checked.status, errors: checked.body.errors }).toEqual({ status: 400, errors: registered.body.errors });
      expect(checked.body.errors.length).toBeGreaterThan(0);
    }
    const first = await check(bodies[0]!);
    expect(first.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'petitioners[0].idNumber', rule: 'residentId', message: '身份证号校验位不正确（GB 11643）' },
        { field: 'petitioners[1].phone', rule: 'phone', message: '必须是大陆手机号或带区号的固定电话' },
      ]),
    );
    expect(await stored()).toEqual(before);
  });

  it('finds the earlier petition of the same person on the same matter, as registration then links it', async () => {
    const xu = person('许光明');
    const first = await rig.registered(petition({ petitioners: [xu] }));
    const again = petition({
      channel: 'phone',
      headcount: undefined,
      callerNumber: xu.phone,
      title: '公路征地补偿余款',
      content: '石桥村三组，公路扩建征了我家1.8亩田（大塘坵），补偿款8.6万元只给了4万元，还差4.6万元未付，请尽快解决。',
      petitioners: [{ name: xu.name, idNumber: xu.idNumber }],
    });
    const checked = await check(again);
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ flags: { repeat: true, skipLevel: false }, linkedPetitionId: first.id, status: 'registered' });
    expect(checked.body.repeatCandidates).toHaveLength(1);
    expect(checked.body.repeatCandidates[0]).toMatchObject({
      petitionId: first.id,
      strength: 'strong',
      title: '反映公路改扩建征地补偿款未足额发放',
      caseStatus: 'registered',
      sharedFacts: expect.arrayContaining(['相同数字：86000']),
      conflictingFacts: [],
    });
    expect(checked.body.repeatCandidates[0].score).toBeGreaterThan(0.55);

    // registering the same body: the same decision, the same candidates
    const registered = await rig.register(again);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ flags: checked.body.flags, linkedPetitionId: checked.body.linkedPetitionId, status: 'registered', repeatCandidates: checked.body.repeatCandidates });

    // a third time: both earlier ones are candidates, and the link still goes to the original
    const third = await check(again);
    expect(third.body.linkedPetitionId).toBe(first.id);
    expect(third.body.repeatCandidates.map((c: { petitionId: string }) => c.petitionId).sort()).toEqual([first.id, registered.body.id].sort());
  });

  it('shows a possible match without linking it, with what differs', async () => {
    const lu = person('陆海平');
    const first = await rig.registered(petition({ petitioners: [lu] }));
    const res = await check(petition({ title: '反映征地补偿问题', content: '石桥村五组修建工业园征收我家水田，补偿款至今未发放。', petitioners: [lu] }));
    expect(res.body).toMatchObject({ flags: { repeat: false }, linkedPetitionId: null });
    expect(res.body.repeatCandidates).toEqual([expect.objectContaining({ petitionId: first.id, strength: 'possible', conflictingFacts: ['所在村民小组不同'] })]);
  });

  it('finds a skip-level petition at county level while the township still handles the matter', async () => {
    const qian = person('钱秀英');
    const first = await rig.registered(petition({ petitioners: [qian] }));
    const res = await check(petition({ petitioners: [qian] }), admin);
    expect(res.body).toMatchObject({ flags: { skipLevel: true, repeat: false }, linkedPetitionId: first.id });
  });

  it('keeps the scope: another township is 403, a role that cannot register is 403, no token is 401; another township’s earlier petition shows without its title', async () => {
    expect((await check(petition({ townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN })))).toMatchObject({ status: 403, body: { message: '只能登记本乡镇的信访件' } });
    expect((await check(petition(), await rig.token('analyst'))).status).toBe(403);
    expect((await check(petition(), await rig.token('department-officer', 'dept-hrss'))).status).toBe(403);
    expect((await rig.http('POST', '/api/petitions/check', { body: petition() })).status).toBe(401);

    const tang = person('唐春生');
    const elsewhere = await rig.registered(petition({ townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, petitioners: [tang] }), admin);
    const res = await check(petition({ villageCode: undefined, petitioners: [tang] }));
    expect(res.status).toBe(200);
    expect(res.body.repeatCandidates).toEqual([expect.objectContaining({ petitionId: elsewhere.id, title: null })]);
    // the county sees its title
    const county = await check(petition({ villageCode: undefined, petitioners: [tang] }), admin);
    expect(county.body.repeatCandidates[0].title).toBe('反映公路改扩建征地补偿款未足额发放');
  });

  it('does not show a citizen any other petition: the online submission answers with its tracking code only', async () => {
    const he = person('贺玉兰');
    await rig.registered(petition({ petitioners: [he] }));
    const { villageCode, category, title, content } = petition();
    const res = await rig.http('POST', '/api/public/petitions', { body: { townshipCode: QINGSHUI, villageCode, category, title, content, petitioners: [he] } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(['trackingCode']);
  });
});
