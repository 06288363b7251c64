import { strFromU8, unzipSync } from 'fflate';
import { PetitionRegisteredV1, type Channel } from '#contracts';
import { eventually, http } from '#testing';
import { REBUILD_LOCK_KEY, rebuildProjections } from '../../apps/reporting/src/rebuild/rebuild.js';
import { at, directoryEvent, envelope, QINGSHUI, QINGSHUI_COMMUNITY, ReportingRig, Scenario, SHIMEN, SHIMEN_HONGYAN, SHIQIAO, shuffled, YANGLIU, type Published } from './support.js';

/**
 * Issue 6's proof: a known year of 清水镇 — 23 petitions across the four channels, all 23
 * closed — fed onto the bus as intake and casework publish it, in shuffled order; every figure
 * checked, the .docx text read back, then a rebuild while events keep flowing gives the same figures.
 */
const Y = new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear();
const BAISHA = '430599103000'; // 白沙镇

function knownYear(): { scenario: Scenario; accusationId: string } {
  const s = new Scenario();
  const channels: Channel[] = [...Array(8).fill('visit'), ...Array(5).fill('letter'), ...Array(6).fill('online'), ...Array(4).fill('phone')];
  const categories = [...Array(10).fill('land-acquisition'), ...Array(5).fill('labour-wages'), ...Array(4).fill('environment'), ...Array(2).fill('social-security'), ...Array(2).fill('other')];
  const petitions: Array<ReturnType<Scenario['register']>> = [];
  for (let i = 0; i < 23; i++) {
    const village = i < 10 ? SHIQIAO : i < 18 ? YANGLIU : QINGSHUI_COMMUNITY;
    // the first at local midnight of 1 January: in the year (China time), though UTC still says December
    const receivedAt = i === 0 ? at(Y, 1, 1, 0) : at(Y, (i % 12) + 1, 10);
    petitions.push(
      s.register({
        channel: channels[i]!,
        category: categories[i]!,
        village,
        receivedAt,
        collective: i === 2 || i === 3,
        repeat: i === 21,
        skipLevel: i === 22,
        registeredAtLevel: i === 22 ? 'county' : 'township',
        linkedPetitionId: i === 21 ? petitions[0]!.petitionId : i === 22 ? petitions[1]!.petitionId : null,
      }),
    );
  }
  for (let i = 0; i < 21; i++) {
    const c = s.open(petitions[i]!, channels[i], categories[i]);
    if (i < 4) c.own();
    if (i === 0) c.link(petitions[21]!.petitionId, 'repeat');
    if (i === 1) c.link(petitions[22]!.petitionId, 'skip-level');
    if (i < 15) c.transfer();
    if (i === 5) c.object().transfer('dept-agriculture', 2);
    if (i >= 15) c.assign();
    if (i === 20) {
      c.reject(true).close('rejected');
      continue;
    }
    const unit = i >= 15 ? `twp-${QINGSHUI}` : i === 5 ? 'dept-agriculture' : 'dept-natural-resources';
    c.accept(!(i === 18 || i === 19), unit);
    if (i === 16 || i === 17) c.supervise();
    if (i === 16) c.overdue();
    if (i === 6) c.mediate('resolved');
    c.reply(!(i === 16 || i === 17), unit).close('replied');
    if (i === 4) c.requestReview().decideReview().close('review-decided');
  }
  for (let i = 0; i < 18; i++) s.evaluate(petitions[i]!.petitionId, i < 12 ? 'satisfied' : i < 17 ? 'basically-satisfied' : 'unsatisfied', at(Y, 12, 20));

  // around it: the year before, another township, and an accusation against 清水镇's own government
  s.open(s.register({ channel: 'visit', category: 'other', village: SHIQIAO, receivedAt: at(Y - 1, 12, 31, 23) })).transfer().accept().reply().close();
  for (let i = 0; i < 5; i++) {
    const c = s.open(s.register({ township: SHIMEN, village: SHIMEN_HONGYAN, channel: 'phone', category: 'other', receivedAt: at(Y, 6, 10 + i) }));
    if (i < 2) c.transfer().accept().reply().close();
  }
  const accusation = s.register({ channel: 'letter', category: 'discipline', village: null, receivedAt: at(Y, 5, 5), isAccusation: true, accusedUnitCode: `twp-${QINGSHUI}` });
  s.open(accusation).transfer('discipline');

  s.screen({ village: SHIQIAO, month: `${Y}-03`, easilyEscalating: true });
  s.screen({ village: YANGLIU, month: `${Y}-03`, easilyEscalating: false, resolvedLater: true });
  s.screen({ village: SHIQIAO, month: `${Y}-04`, easilyEscalating: true, resolvedLater: true });
  return { scenario: s, accusationId: accusation.petitionId };
}

/** What the township sees of its year. */
const TOWNSHIP_YEAR = {
  received: 23,
  byChannel: { visit: 8, letter: 5, online: 6, phone: 4 },
  closed: 23,
  closureRate: 1,
  timelyAcceptanceRate: 19 / 21,
  onTimeClosureRate: 18 / 20,
  evaluationRate: 18 / 22,
  satisfactionRate: 17 / 18,
  repeat: 1,
  skipLevel: 1,
  collective: 2,
  satisfactionCounting: 'satisfied+basically-satisfied',
  strictSatisfactionRate: 12 / 18,
  satisfaction: { eligible: 22, evaluated: 18, satisfied: 12, basicallySatisfied: 5, unsatisfied: 1 },
  acceptance: { decided: 21, timely: 19, accepted: 20, rejected: 1, refused: 0 },
  replies: { replied: 20, onTime: 18, extended: 0 },
  leaderOwned: { cases: 4, resolved: 4, resolutionRate: 1 },
  routing: { transfers: 16, transferredCases: 15, assignments: 6, assignedCases: 6, supervisions: 2, supervisedCases: 2, objections: 1 },
  overdueCases: 1,
  escalatedCases: 0,
  reviewedCases: 1,
  longStanding: 0,
  countyLevel: 1,
  accusations: 0,
  mediation: {
    casesMediated: 1,
    casesResolvedByMediation: 1,
    disputes: { screened: 3, resolved: 2, inProgress: 1, escalated: 0, referred: 0, easilyEscalating: 2, unresolvedEasilyEscalating: 1, peopleInvolved: 12, resolutionRate: 2 / 3 },
  },
};

const yearQuery = `from=${Y}-01-01&to=${Y}-12-31`;

describe('reporting: a known year of 清水镇, every figure, the report, and a rebuild', () => {
  let rig: ReportingRig;
  let year: ReturnType<typeof knownYear>;

  beforeAll(async () => {
    rig = await ReportingRig.start();
    year = knownYear();
    const events = shuffled([directoryEvent(), ...year.scenario.events], 20260601);
    await rig.publish(events);
    await rig.applied(events);
  }, 120_000);

  afterAll(async () => {
    await rig?.close();
  }, 60_000);

  it('counts every figure of the township year, live and from the rollups alike', async () => {
    const live = await rig.get(`/api/stats/summary?townshipCode=${QINGSHUI}&${yearQuery}`, 'township-officer', QINGSHUI);
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ townshipCode: QINGSHUI, villageCode: null, from: `${Y}-01-01`, to: `${Y}-12-31`, ...TOWNSHIP_YEAR });
    await rig.rollupsFresh();
    const rolled = await rig.get(`/api/stats/summary?${yearQuery}`, 'township-officer', QINGSHUI);
    expect(rolled.body).toEqual(live.body);
    // a period cut inside months reads rollups for whole months and facts for the edges
    const cut = await rig.get(`/api/stats/summary?townshipCode=${QINGSHUI}&from=${Y}-01-01T00:00:00%2B08:00&to=${Y}-03-10`, 'analyst');
    expect(cut.body).toMatchObject({ received: 6, byChannel: { visit: 3, letter: 1, online: 2, phone: 0 }, closed: 6 }); // two each on 1 (or 10) Jan, 10 Feb, 10 Mar
  });

  it('shows the county everything, and hides the accusation against 清水镇 from 清水镇 alone', async () => {
    const county = await rig.get(`/api/stats/summary?${yearQuery}`, 'analyst');
    expect(county.body).toMatchObject({ received: 23 + 5 + 1, closed: 23 + 2, accusations: 1, byChannel: { visit: 8, letter: 6, online: 6, phone: 9 } });
    const countyOfTownship = await rig.get(`/api/stats/summary?townshipCode=${QINGSHUI}&${yearQuery}`, 'county-admin');
    expect(countyOfTownship.body).toMatchObject({ received: 24, accusations: 1 });
    expect((await rig.get(`/api/stats/summary?townshipCode=${SHIMEN}`, 'township-officer', QINGSHUI)).status).toBe(403);
    expect((await rig.get(`/api/stats/summary`, 'department-officer', 'dept-natural-resources')).status).toBe(403);
    expect((await rig.get(`/api/stats/summary`)).status).toBe(200);
    expect((await rig.get(`/api/stats/summary?townshipCode=${QINGSHUI}&villageCode=${SHIMEN_HONGYAN}`)).status).toBe(400);
  });

  it('breaks the year down by channel, category, unit, month and village', async () => {
    const by = async (dim: string) => (await rig.get(`/api/stats/breakdown?by=${dim}&${yearQuery}`, 'township-officer', QINGSHUI)).body.items as Array<Record<string, any>>;
    expect((await by('channel')).map((i) => [i.name, i.received, i.closed])).toEqual([
      ['来访', 8, 8],
      ['来信', 5, 5],
      ['网上信访', 6, 6],
      ['来电', 4, 4],
    ]);
    const categories = await by('category');
    expect(Object.fromEntries(categories.map((c) => [c.name, c.received]))).toEqual({ 征地拆迁与补偿: 10, 劳动用工与工资拖欠: 5, 生态环境: 4, 社会保障: 2, 其他: 2 });
    const months = await by('month');
    expect(months.map((m) => [m.key, m.received])).toEqual(Array.from({ length: 12 }, (_, i) => [`${Y}-${String(i + 1).padStart(2, '0')}`, i < 11 ? 2 : 1]));
    const villages = await by('village');
    expect(Object.fromEntries(villages.map((v) => [v.name, v.received]))).toEqual({ 石桥村: 10, 杨柳村: 8, 清水社区: 5 });
    const units = await by('unit');
    expect(Object.fromEntries(units.map((u) => [u.name, u.received]))).toEqual({ 县自然资源局: 16, 县农业农村局: 1, 清水镇人民政府: 5, '县委政法委（涉法涉诉）': 1 });
    const village = await rig.get(`/api/stats/summary?villageCode=${YANGLIU}&${yearQuery}`, 'township-officer', QINGSHUI);
    expect(village.body).toMatchObject({ townshipCode: QINGSHUI, villageCode: YANGLIU, received: 8, overdueCases: 1 });
    const complained = await rig.get(`/api/stats/complained-units?${yearQuery}`, 'county-admin');
    expect(complained.body.items[0]).toMatchObject({ unitName: '县自然资源局', petitions: 16 + 2 });
    expect(complained.body.items.find((u: { unitCode: string }) => u.unitCode === `twp-${QINGSHUI}`)).toMatchObject({ accusations: 1 });
    const township = await rig.get(`/api/stats/complained-units?${yearQuery}`, 'township-officer', QINGSHUI);
    expect(township.body.items.every((u: { accusations: number }) => u.accusations === 0)).toBe(true);
  });

  it('writes the annual self-inspection report: JSON, a Word document in the official style, an Excel workbook', async () => {
    const json = await rig.get(`/api/reports/annual?townshipCode=${QINGSHUI}&year=${Y}`, 'township-officer', QINGSHUI);
    expect(json.status).toBe(200);
    expect(json.body.title).toBe(`清水镇${Y}年信访工作自查报告`);
    expect(json.body.figures).toEqual(TOWNSHIP_YEAR);
    const paragraph: string = json.body.sections[0].text;
    expect(paragraph).toBe(
      '今年我镇共收到信访案件(访、信、网、电)23件，办结23件，办结率为100%。其中来访8件、来信5件、网上信访6件、来电4件。及时受理率为90.5%，按期办结率为90%。' +
        '参评18件，参评率为81.8%；其中满意12件、基本满意5件、不满意1件，群众满意率（满意和基本满意）为94.4%，其中满意率为66.7%。重复访1件，越级访1件，集体访2件。' +
        '领导包案4件，化解4件，包案化解率为100%。转送16件次，交办6件次，督办2件次。开展矛盾纠纷排查，排查出矛盾纠纷3件，化解2件，其中易激化矛盾纠纷2件。组织调解1件，调解成功1件。',
    );
    expect(json.body.sections.map((s: { heading: string; text: string | null }) => [s.heading, s.text === null])).toEqual([
      ['一、基本情况', false],
      ['二、主要做法', true],
      ['三、存在问题', true],
      ['四、下一步工作', true],
    ]);

    const docx = await rig.download(`/api/reports/annual?townshipCode=${QINGSHUI}&year=${Y}&format=docx`, 'township-officer', QINGSHUI);
    expect(docx.status).toBe(200);
    expect(docx.type).toContain('wordprocessingml');
    expect(decodeURIComponent(docx.disposition)).toContain(`清水镇${Y}年信访工作自查报告.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.body))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    for (const expected of [`清水镇${Y}年信访工作自查报告`, '一、基本情况', paragraph, '表1 信访案件渠道分布', '表2 信访事项类别分布', '表3 信访案件月份分布', '二、主要做法', '三、存在问题', '四、下一步工作', '征地拆迁与补偿', '网上信访']) {
      expect(text).toContain(expected);
    }
    // the channel table: 来访 8 8 100%
    expect(text).toContain('来访|8|8|100%');

    const county = await rig.get(`/api/reports/annual?year=${Y}`, 'county-admin');
    expect(county.body.title).toBe(`清溪县${Y}年信访工作自查报告`);
    expect(county.body.sections[0].text).toMatch(/^今年我县共收到信访案件\(访、信、网、电\)29件，办结25件，办结率为86.2%。/);

    const xlsx = await rig.download(`/api/reports/annual?townshipCode=${QINGSHUI}&year=${Y}&format=xlsx`, 'township-officer', QINGSHUI);
    expect(xlsx.status).toBe(200);
    const files = unzipSync(new Uint8Array(xlsx.body));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    for (const sheet of ['概况', '渠道', '事项类别', '月份', '承办单位']) expect(workbook).toContain(sheet);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()) + Object.keys(files).filter((f) => f.startsWith('xl/worksheets/')).map((f) => strFromU8(files[f]!)).join('');
    expect(strings).toContain('收到信访案件（件）');
  }, 30_000);

  it('scores each village by the documented rule, and the county may change the rule', async () => {
    const res = await rig.get(`/api/assessments/villages?year=${Y}&townshipCode=${QINGSHUI}`, 'township-officer', QINGSHUI);
    expect(res.status).toBe(200);
    expect(res.body.rule.description).toBe('信访工作满分5分；每起集体访扣1分，每起越级访扣1分，每起重复访扣0.5分，每件超期案件扣0.5分，每件不满意评价扣0.5分，每起未化解的易激化矛盾纠纷扣0.5分；扣完为止，最低0分。');
    const scores = Object.fromEntries(res.body.items.map((v: { villageName: string; score: number }) => [v.villageName, v.score]));
    expect(scores).toEqual({ 清水社区: 3.5, 石桥村: 2.5, 杨柳村: 4, 荷塘村: 5, 大坪村: 5, 茶园村: 5 });
    const shiqiao = res.body.items.find((v: { villageCode: string }) => v.villageCode === SHIQIAO);
    expect(shiqiao.deductions).toEqual([
      { item: 'collective', name: '集体访', count: 2, perOccurrence: 1, points: 2 },
      { item: 'unresolvedEasilyEscalating', name: '未化解的易激化矛盾纠纷', count: 1, perOccurrence: 0.5, points: 0.5 },
    ]);

    const token = await rig.token('county-admin');
    expect((await http(rig.url, 'PUT', '/api/assessments/rule', { token: await rig.token('township-officer', QINGSHUI), body: { points: 5, deductions: { collective: 1, skipLevel: 1, repeat: 1, overdue: 1, unsatisfied: 1, unresolvedEasilyEscalating: 1 } } })).status).toBe(403);
    const bad = await http(rig.url, 'PUT', '/api/assessments/rule', { token, body: { points: 0, deductions: { collective: 1, skipLevel: 1, repeat: 1, overdue: 1, unsatisfied: 1, unresolvedEasilyEscalating: 1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('points');
    const put = await http(rig.url, 'PUT', '/api/assessments/rule', { token, body: { year: Y, points: 10, deductions: { collective: 3, skipLevel: 1, repeat: 1, overdue: 1, unsatisfied: 0, unresolvedEasilyEscalating: 0 } } });
    expect(put.status).toBe(200);
    const again = await rig.get(`/api/assessments/villages?year=${Y}&townshipCode=${QINGSHUI}`);
    expect(again.body.items.find((v: { villageCode: string }) => v.villageCode === SHIQIAO).score).toBe(4);
  });

  it('exports the case list without personal data, as CSV and XLSX', async () => {
    const csv = await rig.download(`/api/exports/cases?${yearQuery}&format=csv`, 'township-officer', QINGSHUI);
    expect(csv.status).toBe(200);
    const lines = csv.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('信访件编号,案件编号,乡镇,村（社区）,渠道,事项类别,收到时间,登记层级,集体访,重复访,越级访,检举控告,承办单位,状态,及时受理,按期答复,答复时间,办结时间,评价');
    expect(lines).toHaveLength(1 + 23);
    expect(lines.slice(1).every((l) => l.includes(',清水镇,') && l.includes(',已办结,'))).toBe(true);
    expect(lines.some((l) => l.includes(year.accusationId))).toBe(false);
    const county = await rig.download(`/api/exports/cases?townshipCode=${QINGSHUI}&${yearQuery}&format=csv`, 'county-admin');
    expect(county.body.toString('utf8').includes(year.accusationId)).toBe(true);
    const xlsx = await rig.download(`/api/exports/cases?${yearQuery}&format=xlsx`, 'township-officer', QINGSHUI);
    expect(xlsx.type).toContain('spreadsheetml');
  }, 30_000);

  it('rebuilds every projection from the streams while events keep flowing, and the figures are the same after', async () => {
    const before = {
      township: (await rig.get(`/api/stats/summary?townshipCode=${QINGSHUI}&${yearQuery}`, 'township-officer', QINGSHUI)).body,
      county: (await rig.get(`/api/stats/summary?${yearQuery}`, 'analyst')).body,
      categories: (await rig.get(`/api/stats/breakdown?by=category&${yearQuery}`, 'analyst')).body,
    };
    // while the rebuild runs: petitions of another township, some replayed and written live, some live only
    const during = new Scenario();
    const flowing = () => {
      const s = new Scenario();
      s.open(s.register({ township: BAISHA, channel: 'online', category: 'other', receivedAt: at(Y, 8, 8) })).transfer().accept().reply().close();
      during.events.push(...s.events);
      return s.events;
    };
    // and an event that breaks its contract: the live consumer dead-letters it, the replay skips it
    const broken: Published = envelope(PetitionRegisteredV1, { ...PetitionRegisteredV1.sample, petitionId: '00000000-0000-4000-8000-00000000beef' }, { townshipCode: QINGSHUI });
    (broken.envelope.payload as Record<string, unknown>).channel = 'fax';
    await rig.publish([broken]);

    const result = await rebuildProjections({
      databaseUrl: rig.platform.db.url,
      natsUrl: rig.platform.nats.url,
      batchSize: 50,
      log: () => undefined,
      onPhase: async (phase) => {
        if (phase === 'created' || phase === 'replayed' || phase === 'rolled-up') {
          const events = flowing();
          await rig.publish(events);
          await rig.applied(events);
        }
      },
    });
    expect(result).toMatchObject({ from: 1, to: 2, invalid: 1 });
    expect(result.events).toBeGreaterThan(before.county.received);

    const [gen] = await rig.query(`SELECT current, building FROM reporting.projection_generation`);
    expect(gen).toEqual({ current: 2, building: null });
    const old = await rig.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'reporting' AND tablename LIKE '%\\_\\_g1'`);
    expect(old).toEqual([]);

    const after = {
      township: (await rig.get(`/api/stats/summary?townshipCode=${QINGSHUI}&${yearQuery}`, 'township-officer', QINGSHUI)).body,
      county: (await rig.get(`/api/stats/summary?${yearQuery}`, 'analyst')).body,
      categories: (await rig.get(`/api/stats/breakdown?by=category&${yearQuery}`, 'analyst')).body,
    };
    expect(after.township).toEqual(before.township);
    expect(after.county).toMatchObject({ received: before.county.received + 3, closed: before.county.closed + 3, byChannel: { ...before.county.byChannel, online: before.county.byChannel.online + 3 } });
    await rig.rollupsFresh();
    const fresh = (await rig.get(`/api/stats/summary?${yearQuery}`, 'analyst')).body;
    expect(fresh).toEqual(after.county);
    const other = after.categories.items.find((c: { key: string }) => c.key === 'other');
    expect(other.received).toBe(before.categories.items.find((c: { key: string }) => c.key === 'other').received + 3);

    // and the live consumer goes on writing to the new generation
    const later = flowing();
    await rig.publish(later);
    await rig.applied(later);
    await eventually(async () => expect((await rig.get(`/api/stats/summary?${yearQuery}`, 'analyst')).body.received).toBe(before.county.received + 4));
    expect(during.events.length).toBeGreaterThan(0);
  }, 120_000);

  it('runs one rebuild at a time: a second one, from any replica or operator, is refused while the first holds the lock', async () => {
    const holder = await rig.db.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock($1)`, [REBUILD_LOCK_KEY]);
      await expect(rebuildProjections({ databaseUrl: rig.platform.db.url, natsUrl: rig.platform.nats.url, log: () => undefined })).rejects.toThrow(/另一个重建正在进行/);
      const [gen] = await rig.query(`SELECT current, building FROM reporting.projection_generation`);
      expect(gen).toEqual({ current: 2, building: null });
    } finally {
      await holder.query(`SELECT pg_advisory_unlock($1)`, [REBUILD_LOCK_KEY]);
      holder.release();
    }
  }, 30_000);
});
