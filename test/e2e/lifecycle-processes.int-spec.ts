import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { eventually, FakeSmsGateway, FULL_MOBILE, http, SmtpSink, SpawnedService, TestPlatform } from '#testing';
import { CHINA_HOLIDAYS_2025_2026, WorkingCalendar } from '../../apps/casework/src/cases/domain/calendar.js';
import { acceptanceNoticeBy, objectionBy, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from '../../apps/casework/src/cases/domain/clocks.js';

jest.setTimeout(120_000);

/**
 * One online petition's whole life with the four services as separate processes, built by
 * `npm run build` and started as `npm start` does, on a database and a nats-server of the test's
 * own, with a fake SMS gateway and an SMTP sink: a citizen submits online (no login); the county
 * transfers it to the unit the routing table proposes; the unit accepts it; a leader takes
 * ownership; the unit replies; the citizen evaluates with the tracking code; the county requests
 * a review on the petitioner's behalf and decides it; the unit closes the case. After each step
 * the petition is checked in every service's API:
 * - intake: the public tracking page (status, label, dated steps, no personal data) and the staff detail;
 * - casework: the case (status, deadlines, timeline);
 * - notification: the petitioner's texts at the gateway, the staff inboxes, the emails at the
 *   sink, and the delivery log (each delivery once, recipients masked);
 * - reporting: the township's and the county's summary, the breakdown and the case export.
 */

const ROOT = process.cwd();
const BUILT = [
  'dist/apps/intake/src/main.js',
  'dist/apps/casework/src/main.js',
  'dist/apps/notification/src/main.js',
  'dist/apps/reporting/src/main.js',
  'dist/apps/intake/src/seed/seed.js',
  'dist/apps/casework/src/seed/seed.js',
];

const COUNTY = '清溪县';
const QINGSHUI = '430599101000'; // 清水镇
const SHIQIAO = '430599101201'; // 清水镇石桥村
const SHIMEN = '430599102000'; // 石门镇: another township
const UNIT = 'dept-natural-resources';
const UNIT_NAME = '县自然资源局';
const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);
const iso = (d: Date) => d.toISOString();

/** 2026年3月5日, as the templates and the public steps write a date (China time). */
function chineseDate(at: string): string {
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(at));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

/** A valid resident ID (GB 11643 check character). */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

const PETITIONER = { name: '赵桂芳', idNumber: residentId('43052419680923204'), phone: '13907318826', address: '清水镇石桥村五组12号' };
const ONLINE = {
  townshipCode: QINGSHUI,
  villageCode: SHIQIAO,
  category: 'land-acquisition',
  title: '反映集镇扩建征收宅基地补偿未到位',
  content: '2024年清水镇集镇扩建征收我家宅基地及附属房屋，补偿协议约定补偿款12.4万元，至今只支付了6万元，余款多次催问未果，请求督促兑现。',
  petitioners: [PETITIONER],
};

/** The staff who get emails: the unit's two officers (one without an address), the leader, a township officer. */
const STAFF = {
  deptOfficer: { accountId: `test-department-officer-${UNIT}`, name: '张立新', role: 'department-officer', unitCode: UNIT, email: 'zhang.lixin@zrzyj.qingxi.gov.cn' },
  deptClerk: { accountId: `clerk-${UNIT}`, name: '李小红', role: 'department-officer', unitCode: UNIT },
  leader: { accountId: `test-leader-${QINGSHUI}`, name: '周建华', role: 'leader', townshipCode: QINGSHUI, email: 'zhou.jianhua@qingshui.gov.cn' },
  officer: { accountId: `test-township-officer-${QINGSHUI}`, name: '陈敏', role: 'township-officer', townshipCode: QINGSHUI, email: 'chen.min@qingshui.gov.cn' },
};

/** Runs a built script with the platform's environment; rejects with its output when it fails. */
function runBuilt(script: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

type Service = 'intake' | 'casework' | 'notification' | 'reporting';

describe('an online petition through every service, each a process of its own', () => {
  let platform: TestPlatform;
  let sms: FakeSmsGateway;
  let mail: SmtpSink;
  const services = {} as Record<Service, SpawnedService>;
  const tokens: Record<string, string> = {};
  const url = (s: Service) => services[s].url;

  beforeAll(async () => {
    const missing = BUILT.filter((f) => !existsSync(join(ROOT, f)));
    if (missing.length) throw new Error(`dist/ is missing ${missing.join(', ')}: run \`npm run build\` first (this test runs the built services as separate processes)`);

    [platform, sms, mail] = await Promise.all([TestPlatform.start(), FakeSmsGateway.start(), SmtpSink.start()]);
    const env = platform.env({
      LOG_LEVEL: 'warn',
      // notification: send at once, at any hour, without a budget
      SMS_GATEWAY_URL: sms.url,
      SMTP_URL: mail.url,
      DISPATCH_INTERVAL_MS: '100',
      DELIVERY_RETRY_BASE_MS: '100',
      QUIET_HOURS_START: '0',
      QUIET_HOURS_END: '0',
      SMS_PER_MINUTE: '10000',
      EMAIL_PER_MINUTE: '10000',
      // casework: sweep deadlines often (none is due in this test: nothing may come of it)
      DEADLINE_SWEEP_INTERVAL_MS: '1000',
      ZERO_REPORT_SWEEPER: 'off',
      // reporting: refresh the rollups often
      ROLLUP_REFRESH_MS: '500',
    });
    // everything at once: intake after the demo county's directory is seeded, casework after its
    // routing table, notification and reporting straight away (they learn the directory from
    // intake's events whenever these come); those that came up are stopped even if another did not
    const start = (name: Service) => SpawnedService.startWithEnv(name, env, { healthyWithinMs: 90_000 });
    const started = await Promise.allSettled([
      runBuilt('dist/apps/intake/src/seed/seed.js', ['--directory-only'], env).then(() => start('intake')),
      runBuilt('dist/apps/casework/src/seed/seed.js', [], env).then(() => start('casework')),
      start('notification'),
      start('reporting'),
    ]);
    for (const s of started) if (s.status === 'fulfilled') services[s.value.name as Service] = s.value;
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;

    tokens.admin = await platform.token('county-admin');
    tokens.officer = await platform.token('township-officer', QINGSHUI);
    tokens.leader = await platform.token('leader', QINGSHUI);
    tokens.dept = await platform.token('department-officer', UNIT);
    tokens.otherDept = await platform.token('department-officer', 'dept-hrss');
    tokens.otherOfficer = await platform.token('township-officer', SHIMEN);
    tokens.analyst = await platform.token('analyst');

    const contacts = await http(url('notification'), 'PUT', '/api/staff-contacts', { token: tokens.admin, body: { contacts: Object.values(STAFF) } });
    expect(contacts.status).toBe(200);
    expect(contacts.body.contacts).toHaveLength(4);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await Promise.all([sms?.stop(), mail?.stop()]);
    await platform?.close();
  });

  // ── each service's API ──────────────────────────────────────────────────────────────
  const soon = <T>(assertion: () => Promise<T> | T) => eventually(assertion, 20_000, 100);
  let client = 0;
  /** The public page, as different citizens (the page is rate-limited per address; tests stand in for several through X-Forwarded-For). */
  const track = async (code: string) => {
    client++;
    const res = await http(url('intake'), 'GET', `/api/public/petitions/${code}`, { headers: { 'x-forwarded-for': `10.7.${(client >> 8) & 255}.${client & 255}` } });
    expect(res.status).toBe(200);
    return res.body;
  };
  const act = async (token: string, caseId: string, action: string, body: unknown = {}) => {
    const res = await http(url('casework'), 'POST', `/api/cases/${caseId}/${action}`, { token, body });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const caseOf = async (caseId: string) => (await http(url('casework'), 'GET', `/api/cases/${caseId}`, { token: tokens.admin })).body;
  const staffDetail = async (petitionId: string) => {
    const res = await http(url('intake'), 'GET', `/api/petitions/${petitionId}?reveal=petitioners`, { token: tokens.officer });
    expect(res.status).toBe(200);
    return res.body;
  };
  const inbox = async (token: string, caseId: string, petitionId: string) => {
    const res = await http(url('notification'), 'GET', '/api/inbox', { token });
    expect(res.status).toBe(200);
    return res.body.items.filter((m: { link: string }) => m.link === `/cases/${caseId}` || m.link === `/petitions/${petitionId}`);
  };
  const deliveries = async (petitionId: string) => {
    const res = await http(url('notification'), 'GET', `/api/deliveries?petitionId=${petitionId}`, { token: tokens.admin });
    expect(res.status).toBe(200);
    return res.body.items as { ruleId: string; channel: string; recipient: string | null; status: string; attempts: number; caseId: string | null; petitionId: string }[];
  };
  const summary = async (token: string, townshipCode?: string) => {
    const res = await http(url('reporting'), 'GET', `/api/stats/summary${townshipCode ? `?townshipCode=${townshipCode}` : ''}`, { token });
    expect(res.status).toBe(200);
    return res.body;
  };
  /** The township's summary (by its officer) and the county's (by the county) agree, and both show `figures`. */
  const figures = (expected: Record<string, unknown>) =>
    soon(async () => {
      const [township, county] = await Promise.all([summary(tokens.officer, QINGSHUI), summary(tokens.admin)]);
      expect(township).toMatchObject({ townshipCode: QINGSHUI, ...expected });
      expect(county).toMatchObject({ townshipCode: null, ...expected });
      return county;
    });
  /** Intake's public page shows this step (intake learns from casework's events) with the case's status. */
  const publicly = (code: string, kinds: string[], status: string, label: string) =>
    soon(async () => {
      const page = await track(code);
      expect(page.timeline.map((s: { kind: string }) => s.kind)).toEqual(kinds);
      expect(page.status).toEqual({ code: status, label });
      return page;
    });
  /** The texts the petitioner got so far, in order (the gateway keeps each message id once). */
  const texts = (n: number) =>
    soon(() => {
      expect(sms.received).toHaveLength(n);
      return sms.received.map((m) => m.text);
    });
  const at = (c: { timeline: { at: string }[] }) => new Date(c.timeline.at(-1)!.at);
  const types = (c: { timeline: { type: string }[] }) => c.timeline.map((t) => t.type);
  const sorted = <T extends { ruleId: string; recipient: string | null }>(items: T[]) => [...items].sort((a, b) => `${a.ruleId} ${a.recipient}`.localeCompare(`${b.ruleId} ${b.recipient}`));
  const noPersonalData = (text: string) => {
    for (const value of Object.values(PETITIONER)) expect(text).not.toContain(value);
    expect(text).not.toMatch(FULL_MOBILE);
  };

  it('submit online → transfer → accept → own → reply → evaluate → review → decide → close, in intake, casework, notification and reporting', async () => {
    try {
      await lifecycle();
    } catch (err) {
      // the processes' own words explain most failures
      for (const s of Object.values(services)) if (s.log.trim()) process.stderr.write(`\n── ${s.name} (last lines) ──\n${s.log.slice(-3000)}\n`);
      throw err;
    }
  });

  async function lifecycle(): Promise<void> {
    const t0 = Date.now();
    const steps: string[] = [];
    const mark = (step: string) => steps.push(`${step} ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // ── online submission: no login, only the tracking code comes back ────────────────────
    const submitted = await http(url('intake'), 'POST', '/api/public/petitions', { body: ONLINE, headers: { 'x-forwarded-for': '10.8.0.1' } });
    expect(submitted.status).toBe(201);
    expect(Object.keys(submitted.body)).toEqual(['trackingCode']);
    const { trackingCode } = submitted.body as { trackingCode: string };

    // intake (staff): the petition, its petitioner, online, in 清水镇
    const [listed] = await soon(async () => {
      const res = await http(url('intake'), 'GET', '/api/petitions?channel=online', { token: tokens.officer });
      expect(res.body.items).toHaveLength(1);
      return res.body.items;
    });
    const petitionId: string = listed.id;
    // casework: a case opened for it, the routing table's unit proposed
    const c0 = await soon(async () => {
      const list = await http(url('casework'), 'GET', `/api/cases?petitionId=${petitionId}`, { token: tokens.admin });
      expect(list.body.items).toHaveLength(1);
      return caseOf(list.body.items[0].id);
    });
    const caseId: string = c0.id;
    const receivedAt: string = c0.receivedAt;
    expect(c0).toMatchObject({ petitionId, status: 'registered', channel: 'online', townshipCode: QINGSHUI, villageCode: SHIQIAO, handlingUnitCode: null, ownerId: null, ownershipRequired: false, proposedUnit: { code: UNIT, name: UNIT_NAME } });
    expect(c0.flags).toMatchObject({ collective: false, repeat: false, skipLevel: false });
    expect(c0.deadlines).toEqual({ routeBy: iso(routeBy(new Date(receivedAt), calendar)) });
    expect(types(c0)).toEqual(['opened']);

    let detail = await soon(async () => {
      const d = await staffDetail(petitionId);
      expect(d.caseId).toBe(caseId);
      return d;
    });
    expect(detail).toMatchObject({ id: petitionId, trackingCode, channel: 'online', townshipCode: QINGSHUI, villageCode: SHIQIAO, category: 'land-acquisition', title: ONLINE.title, caseStatus: 'registered', dueAt: c0.deadlines.routeBy });
    expect(detail.petitioners).toEqual([expect.objectContaining({ name: PETITIONER.name, idNumber: PETITIONER.idNumber, phone: PETITIONER.phone, address: PETITIONER.address })]);
    expect(new Date(detail.receivedAt).toISOString()).toBe(receivedAt);

    // intake (public): status, the dated registration step, no personal data
    let page = await publicly(trackingCode, ['registered'], 'registered', '已登记，待转送承办单位');
    expect(page).toMatchObject({ trackingCode, channel: '网上信访', category: '征地拆迁与补偿', township: '清水镇', dueAt: c0.deadlines.routeBy, canEvaluate: false, evaluation: null });
    expect(new Date(page.timeline[0].at).toISOString()).toBe(receivedAt);
    noPersonalData(JSON.stringify(page));
    // the citizen cannot evaluate before the reply
    expect((await http(url('intake'), 'POST', `/api/public/petitions/${trackingCode}/evaluation`, { body: { rating: 'satisfied' }, headers: { 'x-forwarded-for': '10.8.0.1' } })).status).toBe(409);

    // notification: the registration text with the tracking code; the township officers' inbox
    let sent = await texts(1);
    expect(sms.received[0]!.to).toBe(PETITIONER.phone);
    expect(sent[0]).toBe(`【${COUNTY}信访局】您反映的信访事项已于${chineseDate(receivedAt)}登记，查询码 ${trackingCode}，可凭查询码查询办理进度、评价办理结果，请妥善保存。`);
    const [registeredNotice] = await soon(async () => {
      const items = await inbox(tokens.officer, caseId, petitionId);
      expect(items).toHaveLength(1);
      return items;
    });
    expect(registeredNotice).toMatchObject({ title: '新登记网上信访件', link: `/petitions/${petitionId}`, readAt: null });
    expect(registeredNotice.body).toContain('清水镇');
    expect(registeredNotice.body).toContain('征地拆迁与补偿');
    noPersonalData(JSON.stringify(registeredNotice));
    expect(await inbox(tokens.otherOfficer, caseId, petitionId)).toEqual([]);

    // reporting: one online petition received in 清水镇, nothing closed, nothing to rate yet
    await figures({ received: 1, byChannel: { visit: 0, letter: 0, online: 1, phone: 0 }, closed: 0, closureRate: 0, timelyAcceptanceRate: null, onTimeClosureRate: null, evaluationRate: null, satisfactionRate: null, repeat: 0, skipLevel: 0, collective: 0 });
    expect(await summary(tokens.admin, SHIMEN)).toMatchObject({ received: 0, closureRate: null });
    mark('submitted');

    // ── transfer (county) ─────────────────────────────────────────────────────────────────
    const c1 = await act(tokens.admin, caseId, 'transfer', { unitCode: UNIT, reason: '属征地补偿事项，转县自然资源局依法处理。' });
    expect(c1).toMatchObject({ status: 'transferred', handlingUnitCode: UNIT });
    expect(c1.deadlines).toEqual({ acceptanceNoticeBy: iso(acceptanceNoticeBy(at(c1), calendar)), objectionBy: iso(objectionBy(at(c1), calendar)) });
    expect(types(c1)).toEqual(['opened', 'transferred']);

    page = await publicly(trackingCode, ['registered', 'transferred'], 'transferred', '已转送承办单位，待受理');
    expect(page.timeline[1]).toEqual({ at: c1.timeline[1].at, kind: 'transferred', description: `已转送${UNIT_NAME}办理` });
    expect(page.dueAt).toBe(c1.deadlines.acceptanceNoticeBy);
    detail = await soon(async () => {
      const d = await staffDetail(petitionId);
      expect(d).toMatchObject({ caseStatus: 'transferred', handlingUnitCode: UNIT, dueAt: c1.deadlines.acceptanceNoticeBy });
      return d;
    });

    // the petitioner is told where it went; the unit finds it in its inbox and its officer by email
    sent = await texts(2);
    expect(sent[1]).toBe(`【${COUNTY}信访局】您的信访事项已转送${UNIT_NAME}办理，该单位将在收到之日起15日内告知是否受理。查询码 ${trackingCode}。`);
    const [routedNotice] = await soon(async () => {
      const items = await inbox(tokens.dept, caseId, petitionId);
      expect(items).toHaveLength(1);
      return items;
    });
    expect(routedNotice).toMatchObject({ title: '新转送信访件：清水镇', link: `/cases/${caseId}` });
    expect(routedNotice.body).toBe(`县信访局将一件清水镇的信访件转送至${UNIT_NAME}。请于${chineseDate(c1.deadlines.acceptanceNoticeBy)}前作出是否受理的决定；如认为不属本单位职责，请于${chineseDate(c1.deadlines.objectionBy)}前提出异议。`);
    expect(await inbox(tokens.otherDept, caseId, petitionId)).toEqual([]);
    const routedMail = await soon(() => {
      expect(mail.received).toHaveLength(1);
      return mail.received[0]!;
    });
    expect(routedMail.to).toEqual([STAFF.deptOfficer.email]);
    expect(routedMail.subject).toBe('【信访】新转送信访件：清水镇');
    expect(routedMail.text).toContain(`${STAFF.deptOfficer.name}：`);
    expect(routedMail.text).toContain(`请于${chineseDate(c1.deadlines.acceptanceNoticeBy)}前作出是否受理的决定`);
    expect(routedMail.text).toContain(`/cases/${caseId}`);
    noPersonalData(routedMail.text);
    await figures({ received: 1, closed: 0, timelyAcceptanceRate: null });
    mark('transferred');

    // ── accept (the unit) ─────────────────────────────────────────────────────────────────
    const c2 = await act(tokens.dept, caseId, 'accept');
    const acceptedAt = at(c2);
    expect(c2).toMatchObject({ status: 'accepted', handlingUnitCode: UNIT, ownerId: null });
    expect(c2.deadlines).toEqual({ replyBy: iso(replyBy(acceptedAt, 0, calendar)) });
    expect(types(c2)).toEqual(['opened', 'transferred', 'accepted']);

    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted'], 'accepted', '已受理，办理中');
    expect(page.timeline[2]).toEqual({ at: iso(acceptedAt), kind: 'accepted', description: `已受理，将于${chineseDate(c2.deadlines.replyBy)}前书面答复` });
    expect(page.dueAt).toBe(c2.deadlines.replyBy);
    await soon(async () => expect(await staffDetail(petitionId)).toMatchObject({ caseStatus: 'accepted', dueAt: c2.deadlines.replyBy }));

    sent = await texts(3);
    expect(sent[2]).toBe(`【${COUNTY}信访局】${UNIT_NAME}已受理您的信访事项，将于${chineseDate(c2.deadlines.replyBy)}前作出书面答复。查询码 ${trackingCode}。`);
    await figures({ received: 1, closed: 0, timelyAcceptanceRate: 1, onTimeClosureRate: null });
    mark('accepted');

    // ── a leader owns it (not required for this petition: done anyway, as the county may) ─
    const c3 = await act(tokens.leader, caseId, 'take-ownership');
    expect(c3).toMatchObject({ status: 'accepted', ownerId: STAFF.leader.accountId });
    expect(c3.deadlines).toEqual(c2.deadlines);
    expect(types(c3).at(-1)).toBe('leader-took-ownership');

    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted', 'leader-ownership'], 'accepted', '已受理，办理中');
    expect(page.timeline[3]).toEqual({ at: c3.timeline.at(-1).at, kind: 'leader-ownership', description: '已由领导包案，负责到底' });
    // the owner is told in the inbox and by email; the petitioner is not texted about it
    const [ownerNotice] = await soon(async () => {
      const items = await inbox(tokens.leader, caseId, petitionId);
      expect(items).toHaveLength(1);
      return items;
    });
    expect(ownerNotice).toMatchObject({ title: '您已包案一件信访案件', body: '您已包案清水镇的一件信访案件，请对该案负责到底，按期化解。', link: `/cases/${caseId}` });
    const ownerMail = await soon(() => {
      expect(mail.received).toHaveLength(2);
      return mail.received[1]!;
    });
    expect(ownerMail).toMatchObject({ to: [STAFF.leader.email], subject: '【信访】领导包案确认' });
    expect(ownerMail.text).toContain(`${STAFF.leader.name}：`);
    expect(ownerMail.text).toContain(`/cases/${caseId}`);
    mark('owned');

    // ── reply (the unit) ──────────────────────────────────────────────────────────────────
    const c4 = await act(tokens.dept, caseId, 'reply', { outcome: 'explain', text: '经核查，余款6.4万元已列入本年度征收补偿资金计划，将于年底前一次性支付。' });
    expect(c4).toMatchObject({ status: 'replied', reply: { outcome: 'explain', onTime: true } });
    expect(c4.deadlines).toEqual({ reviewRequestBy: iso(reviewRequestBy(at(c4), calendar)) });
    expect(types(c4).at(-1)).toBe('replied');

    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted', 'leader-ownership', 'replied'], 'replied', '已答复');
    expect(page.timeline[4]).toEqual({ at: c4.timeline.at(-1).at, kind: 'replied', description: `已书面答复（解释说明）。欢迎对答复进行评价；如不服，可于${chineseDate(c4.deadlines.reviewRequestBy)}前申请复查` });
    expect(page).toMatchObject({ canEvaluate: true, evaluation: null, dueAt: c4.deadlines.reviewRequestBy });
    await soon(async () => expect(await staffDetail(petitionId)).toMatchObject({ caseStatus: 'replied' }));

    // the reply text invites the petitioner to evaluate with the tracking code
    sent = await texts(4);
    expect(sent[3]).toBe(`【${COUNTY}信访局】您的信访事项已作出书面答复（解释说明），请凭查询码 ${trackingCode} 查看并对办理结果进行评价；如不服，可于${chineseDate(c4.deadlines.reviewRequestBy)}前申请复查。`);
    await figures({ received: 1, closed: 0, onTimeClosureRate: 1, evaluationRate: 0, satisfactionRate: null });
    mark('replied');

    // ── the citizen evaluates with the tracking code (lower case and without dashes: the code is forgiving) ─
    const evaluated = await http(url('intake'), 'POST', `/api/public/petitions/${trackingCode.toLowerCase().replace(/-/g, '')}/evaluation`, {
      body: { rating: 'unsatisfied', comment: '余款何时到账没有明确时间' },
      headers: { 'x-forwarded-for': '10.8.0.1' },
    });
    expect(evaluated.status).toBe(201);
    const c5 = await soon(async () => {
      const c = await caseOf(caseId);
      expect(c.evaluation).toBe('unsatisfied');
      expect(types(c).at(-1)).toBe('evaluated');
      return c;
    });
    expect(c5.status).toBe('replied');
    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted', 'leader-ownership', 'replied', 'evaluated'], 'replied', '已答复');
    expect(page).toMatchObject({ canEvaluate: false, evaluation: { rating: 'unsatisfied' } });
    expect(page.timeline[5].description).toBe('信访人评价：不满意');
    expect(JSON.stringify(page)).not.toContain('余款何时到账');
    expect((await staffDetail(petitionId)).evaluation).toMatchObject({ rating: 'unsatisfied', comment: '余款何时到账没有明确时间' });
    // only once
    expect((await http(url('intake'), 'POST', `/api/public/petitions/${trackingCode}/evaluation`, { body: { rating: 'satisfied' }, headers: { 'x-forwarded-for': '10.8.0.1' } })).status).toBe(409);
    await figures({ received: 1, closed: 0, evaluationRate: 1, satisfactionRate: 0 });
    mark('evaluated');

    // ── review: requested by the county on the petitioner's behalf, then decided ───────────
    const c6 = await act(tokens.admin, caseId, 'request-review', { reason: '信访人对答复不满意，申请复查。' });
    expect(c6).toMatchObject({ status: 'review' });
    expect(c6.deadlines).toEqual({ reviewDecisionBy: iso(reviewDecisionBy(at(c6), 0, calendar)) });
    expect(types(c6).at(-1)).toBe('review-requested');
    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted', 'leader-ownership', 'replied', 'evaluated', 'review-requested'], 'review', '复查中');
    expect(page.timeline[6]).toEqual({ at: c6.timeline.at(-1).at, kind: 'review-requested', description: `已申请复查，将于${chineseDate(c6.deadlines.reviewDecisionBy)}前作出意见` });
    expect(page.dueAt).toBe(c6.deadlines.reviewDecisionBy);
    await soon(async () => expect(await staffDetail(petitionId)).toMatchObject({ caseStatus: 'review' }));
    await figures({ received: 1, closed: 0, reviewedCases: 1 });

    const c7 = await act(tokens.admin, caseId, 'decide-review', { outcome: 'upheld', text: '原答复意见认定事实清楚，补偿款支付计划明确，予以维持。' });
    expect(c7).toMatchObject({ status: 'reviewed', final: false });
    expect(c7.deadlines).toEqual({ reviewRequestBy: iso(reviewRequestBy(at(c7), calendar)) });
    expect(types(c7).at(-1)).toBe('review-decided');
    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted', 'leader-ownership', 'replied', 'evaluated', 'review-requested', 'review-decided'], 'replied', '已答复');
    expect(page.timeline[7]).toEqual({ at: c7.timeline.at(-1).at, kind: 'review-decided', description: `复查意见：维持原处理意见。如不服，可于${chineseDate(c7.deadlines.reviewRequestBy)}前申请复核` });
    // the citizen sees until when re-review may be requested
    expect(page.dueAt).toBe(c7.deadlines.reviewRequestBy);
    // the review decision is texted with until when re-review may be requested
    sent = await texts(5);
    expect(sent[4]).toBe(`【${COUNTY}信访局】您申请复查的信访事项已作出复查意见（维持原处理意见），请凭查询码 ${trackingCode} 查看；如不服，可于${chineseDate(c7.deadlines.reviewRequestBy)}前申请复核。`);
    mark('reviewed');

    // ── close (the unit) ──────────────────────────────────────────────────────────────────
    const c8 = await act(tokens.dept, caseId, 'close');
    expect(c8).toMatchObject({ status: 'closed', final: false, deadlines: {}, ownerId: STAFF.leader.accountId, evaluation: 'unsatisfied' });
    expect(c8.closedAt).toBe(c8.timeline.at(-1).at);
    expect(types(c8)).toEqual(['opened', 'transferred', 'accepted', 'leader-took-ownership', 'replied', 'evaluated', 'review-requested', 'review-decided', 'closed']);
    // every public step carries the time of the case's own event
    const caseTimes = Object.fromEntries(c8.timeline.map((t: { type: string; at: string }) => [t.type, t.at]));
    page = await publicly(trackingCode, ['registered', 'transferred', 'accepted', 'leader-ownership', 'replied', 'evaluated', 'review-requested', 'review-decided', 'closed'], 'closed', '已办结');
    expect(page.timeline.map((s: { at: string }) => s.at)).toEqual(
      ['opened', 'transferred', 'accepted', 'leader-took-ownership', 'replied', 'evaluated', 'review-requested', 'review-decided', 'closed'].map((t) => (t === 'opened' ? receivedAt : t === 'evaluated' ? page.evaluation.evaluatedAt : caseTimes[t])),
    );
    expect(page.timeline.at(-1).description).toBe('已办结');
    expect(page).toMatchObject({ dueAt: null, canEvaluate: false });
    noPersonalData(JSON.stringify(page));
    detail = await soon(async () => {
      const d = await staffDetail(petitionId);
      expect(d).toMatchObject({ caseStatus: 'closed', dueAt: null, handlingUnitCode: UNIT });
      return d;
    });
    expect(detail.timeline).toEqual(page.timeline);
    mark('closed');

    // ── reporting: closed, rated, and the same in the township, the county, the breakdown and the export
    const county = await figures({
      received: 1,
      byChannel: { visit: 0, letter: 0, online: 1, phone: 0 },
      closed: 1,
      closureRate: 1,
      timelyAcceptanceRate: 1,
      onTimeClosureRate: 1,
      evaluationRate: 1,
      satisfactionRate: 0,
      repeat: 0,
      skipLevel: 0,
      collective: 0,
    });
    expect(county).toMatchObject({ reviewedCases: 1, leaderOwned: { cases: 1, resolved: 1 }, routing: { transfers: 1, transferredCases: 1 }, satisfaction: { eligible: 1, evaluated: 1, unsatisfied: 1 } });
    expect(await summary(tokens.admin, SHIMEN)).toMatchObject({ received: 0, closed: 0 });
    const byChannel = await http(url('reporting'), 'GET', `/api/stats/breakdown?by=channel&townshipCode=${QINGSHUI}`, { token: tokens.officer });
    expect(byChannel.status).toBe(200);
    expect(byChannel.body.items).toEqual([expect.objectContaining({ key: 'online', name: '网上信访', received: 1, closed: 1, closureRate: 1 })]);
    const byUnit = await http(url('reporting'), 'GET', '/api/stats/breakdown?by=unit', { token: tokens.admin });
    expect(byUnit.body.items).toEqual([expect.objectContaining({ key: UNIT, name: UNIT_NAME, received: 1, closed: 1 })]);
    const exported = await http(url('reporting'), 'GET', '/api/exports/cases?format=csv', { token: tokens.analyst });
    expect(exported.status).toBe(200);
    const rows = (exported.body as string).replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.split(','));
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({ 信访件编号: petitionId, 案件编号: caseId, 乡镇: '清水镇', 渠道: '网上信访', 事项类别: '征地拆迁与补偿', 承办单位: UNIT_NAME, 状态: '已办结', 及时受理: '是', 按期答复: '是', 评价: '不满意' });
    expect(row['村（社区）']).toMatch(/石桥村$/);
    noPersonalData(exported.body);
    expect(exported.body).not.toContain(ONLINE.title);

    // ── notification: every delivery once, sent, recipients masked; the review decision texted, nothing for the closure
    const log = await soon(async () => {
      const items = await deliveries(petitionId);
      expect(items.every((d) => d.status === 'sent')).toBe(true);
      expect(items).toHaveLength(10);
      return items;
    });
    const phone = `${PETITIONER.phone.slice(0, 3)}****${PETITIONER.phone.slice(-4)}`;
    expect(sorted(log).map((d) => ({ ruleId: d.ruleId, channel: d.channel, recipient: d.recipient, attempts: d.channel === 'inbox' ? 0 : d.attempts }))).toEqual(
      sorted([
        { ruleId: 'petitioner-registered', channel: 'sms', recipient: phone, attempts: 1 },
        { ruleId: 'township-registered', channel: 'inbox', recipient: '清水镇乡镇信访专干', attempts: 0 },
        { ruleId: 'petitioner-transferred', channel: 'sms', recipient: phone, attempts: 1 },
        { ruleId: 'unit-transferred-inbox', channel: 'inbox', recipient: UNIT_NAME, attempts: 0 },
        { ruleId: 'unit-transferred-email', channel: 'email', recipient: '张** z***@zrzyj.qingxi.gov.cn', attempts: 1 },
        { ruleId: 'petitioner-accepted', channel: 'sms', recipient: phone, attempts: 1 },
        { ruleId: 'owner-ownership-inbox', channel: 'inbox', recipient: `包案领导（${STAFF.leader.accountId}）`, attempts: 0 },
        { ruleId: 'owner-ownership-email', channel: 'email', recipient: '周** z***@qingshui.gov.cn', attempts: 1 },
        { ruleId: 'petitioner-replied', channel: 'sms', recipient: phone, attempts: 1 },
        { ruleId: 'petitioner-review-decided', channel: 'sms', recipient: phone, attempts: 1 },
      ]),
    );
    expect(log.every((d) => d.petitionId === petitionId && (d.ruleId === 'petitioner-registered' || d.ruleId === 'township-registered' || d.caseId === caseId))).toBe(true);
    expect(JSON.stringify(log)).not.toContain(PETITIONER.phone);
    expect(JSON.stringify(log)).not.toMatch(/zhang\.lixin|zhou\.jianhua/);
    // the gateway and the sink got each message once: five texts, two emails, nothing more
    expect(sms.received.map((m) => m.to)).toEqual(Array(5).fill(PETITIONER.phone));
    expect(new Set(sms.received.map((m) => m.messageId)).size).toBe(5);
    expect(mail.received.map((m) => m.to)).toEqual([[STAFF.deptOfficer.email], [STAFF.leader.email]]);
    expect(await inbox(tokens.dept, caseId, petitionId)).toHaveLength(1);
    expect(await inbox(tokens.leader, caseId, petitionId)).toHaveLength(1);
    expect(await inbox(tokens.officer, caseId, petitionId)).toHaveLength(1);
    mark('checked everywhere');
    process.stdout.write(`lifecycle across four processes: ${steps.join(', ')}\n`);
  }
});
