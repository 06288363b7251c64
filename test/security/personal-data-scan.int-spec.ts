import { jest } from '@jest/globals';
import { eventually, FakeSmsGateway, SpawnedService, startInProcess, TestPlatform } from '#testing';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { Bus, Db, http, idEndingInX, NOTIFICATION_TEST_ENV, QINGSHUI, QINGSHUI_SHIQIAO, QINGSHUI_YANGLIU, quiesce, SERVICE_NAMES, SHIMEN, SHIMEN_HONGYAN, type ServiceName } from './support.js';

jest.setTimeout(240_000);

/** Distinctive people: their names, ID numbers, phones and addresses may live in intake's encrypted columns and nowhere else. */
const PEOPLE = {
  visitor: { name: '欧阳翠屏', idNumber: idEndingInX('19610203', 611), phone: '13973105501', address: '清水镇石桥村十一组欧阳家大屋' },
  representative: { name: '诸葛长庚', idNumber: idEndingInX('19590817', 722), phone: '15873105502', address: '清水镇石桥村十一组诸葛老屋' },
  letterWriter: { name: '司徒雪梅', idNumber: idEndingInX('19750505', 833, '430521'), phone: '18673105503', address: '石门镇红岩村七组司徒氏祠堂' },
  caller: { name: '端木春雷', idNumber: idEndingInX('19820909', 944), phone: '13373105504', address: '清水镇杨柳村三组端木家' },
  citizen: { name: '公孙晓岚', idNumber: idEndingInX('19910101', 155, '430502'), phone: '17773105505', address: '清水镇杨柳村八组公孙家新屋' },
};
const CALLER_LINE = '0739-5105506';

interface Needle {
  label: string;
  value: string;
}
function needles(): Needle[] {
  const out: Needle[] = [{ label: 'caller line', value: CALLER_LINE }, { label: 'caller line digits', value: CALLER_LINE.replace('-', '') }];
  for (const [who, p] of Object.entries(PEOPLE)) {
    out.push(
      { label: `${who}.name`, value: p.name },
      { label: `${who}.address`, value: p.address },
      { label: `${who}.phone`, value: p.phone },
      { label: `${who}.phone +86`, value: `86${p.phone}` },
      { label: `${who}.idNumber`, value: p.idNumber },
      { label: `${who}.idNumber lower case`, value: p.idNumber.toLowerCase() },
      // the last six characters end in X: they cannot turn up by chance in hex (hashes, UUIDs)
      { label: `${who}.idNumber last 6`, value: p.idNumber.slice(-6) },
    );
  }
  return out;
}

/** Every needle found in a text, with where and some context. */
function leaks(where: string, text: string, skip: (n: Needle) => boolean = () => false): string[] {
  return needles()
    .filter((n) => !skip(n) && text.includes(n.value))
    .map((n) => {
      const i = text.indexOf(n.value);
      return `${n.label} in ${where}: …${text.slice(Math.max(0, i - 60), i + n.value.length + 30)}…`;
    });
}

/**
 * Personal data stays in intake: petitions from every channel, taken through casework, texted
 * by notification (to the fake SMS gateway) and projected by reporting, with the four services
 * as processes logging at trace level — then no name, ID number, phone number or address in any
 * message of any stream, any log line, or any table of casework, notification (masked
 * recipients aside) and reporting. (Intake's own tables: apps/intake/test/personal-data-scan.)
 */
describe('personal data in events, logs and the other services’ tables', () => {
  let platform: TestPlatform;
  let sms: FakeSmsGateway;
  let db: Db;
  let bus: Bus;
  const services = {} as Record<ServiceName, SpawnedService>;
  const urls = {} as Record<ServiceName, string>;
  const tokens: Record<string, string> = {};
  const petitions: Record<string, { id: string; trackingCode: string; caseId?: string }> = {};

  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    sms = await FakeSmsGateway.start();
    // the directory through intake's own code; its event waits in the outbox for the spawned intake to publish
    const seeder = await startInProcess(INTAKE_SERVICE, platform, { OUTBOX_RELAY: 'off', EVENT_CONSUMERS: 'off' });
    await seeder.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    await seeder.close();
    const trace = { LOG_LEVEL: 'trace' };
    const envs: Record<ServiceName, Record<string, string>> = { intake: trace, casework: trace, reporting: trace, notification: { ...trace, ...NOTIFICATION_TEST_ENV, SMS_GATEWAY_URL: sms.url, DELIVERY_RETRY_BASE_MS: '200' } };
    // four processes starting at once on a busy 2-core machine: give them a minute
    await Promise.all(SERVICE_NAMES.map(async (name) => (services[name] = await SpawnedService.start(name, platform, envs[name], { healthyWithinMs: 60_000 }))));
    for (const name of SERVICE_NAMES) urls[name] = services[name].url;
    db = await Db.connect(platform.db.url);
    bus = await Bus.connect(platform.nats.url);
    for (const [key, role, scope] of [['admin', 'county-admin'], ['qOfficer', 'township-officer', QINGSHUI], ['sOfficer', 'township-officer', SHIMEN], ['qLeader', 'leader', QINGSHUI], ['deptNR', 'department-officer', 'dept-natural-resources'], ['deptHRSS', 'department-officer', 'dept-hrss'], ['deptEco', 'department-officer', 'dept-ecology']] as const) {
      tokens[key] = await platform.token(role, scope);
    }
    await quiesce(db, bus, SERVICE_NAMES, 30_000);

    // the gateway turns the first texts away, echoing the number as real gateways do: the error path must not keep it either
    sms.fail(3, 503, `upstream busy, message to ${PEOPLE.visitor.phone} / ${PEOPLE.representative.phone} not accepted`);

    // ─── registrations from every channel ───
    const register = async (key: string, token: string, body: Record<string, unknown>) => {
      const res = await http(urls.intake, 'POST', '/api/petitions', { token, body });
      if (res.status !== 201) throw new Error(`${key}: ${res.status} ${JSON.stringify(res.body)}`);
      petitions[key] = { id: res.body.id, trackingCode: res.body.trackingCode };
    };
    const land = { townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, category: 'land-acquisition', title: '反映土地征收补偿标准偏低', content: '十一组二十户承包地被征收，补偿标准比邻村低，要求按同一标准补偿。' };
    await register('visit', tokens.qOfficer!, { ...land, channel: 'visit', headcount: 8, petitioners: [PEOPLE.visitor, PEOPLE.representative, { name: '十一组村民' }], representatives: [0, 1] });
    await register('letter', tokens.sOfficer!, { channel: 'letter', townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, category: 'environment', title: '反映采石场炮声震裂房屋', content: '红岩村采石场放炮，七组多户房屋墙体开裂。', letterDate: '2026-03-01', petitioners: [PEOPLE.letterWriter] });
    await register('phone', tokens.admin!, { channel: 'phone', townshipCode: QINGSHUI, villageCode: QINGSHUI_YANGLIU, category: 'social-security', title: '反映低保被取消', content: '家中有重病人，今年低保被取消，要求复核。', callerNumber: CALLER_LINE, petitioners: [PEOPLE.caller] });
    const online = await http(urls.intake, 'POST', '/api/public/petitions', {
      headers: { 'x-forwarded-for': '203.0.113.77' },
      body: { townshipCode: QINGSHUI, villageCode: QINGSHUI_YANGLIU, category: 'social-security', title: '反映养老保险待遇未发放', content: '今年三月起养老金停发，未告知原因。', petitioners: [PEOPLE.citizen] },
    });
    expect(online.status).toBe(201);
    const [{ id: onlineId }] = await db.query<{ id: string }>(`SELECT id FROM intake.petition WHERE tracking_code = $1`, [online.body.trackingCode]);
    petitions.online = { id: onlineId!, trackingCode: online.body.trackingCode };

    // ─── casework: routing, ownership, acceptance, extension, replies, a rejection, evaluations, review, closure ───
    for (const p of Object.values(petitions)) {
      p.caseId = await eventually(async () => {
        const list = await http(urls.casework, 'GET', `/api/cases?petitionId=${p.id}`, { token: tokens.admin });
        expect(list.body.items).toHaveLength(1);
        return list.body.items[0].id as string;
      }, 30_000);
    }
    const act = async (key: string, action: string, token: string, body: unknown = {}) => {
      const res = await http(urls.casework, 'POST', `/api/cases/${petitions[key]!.caseId}/${action}`, { token, body });
      if (res.status !== 200) throw new Error(`${key} ${action}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    const track = (key: string, status: string) =>
      eventually(async () => expect((await http(urls.intake, 'GET', `/api/public/petitions/${petitions[key]!.trackingCode}`, { headers: { 'x-forwarded-for': '203.0.113.78' } })).body.status.code).toBe(status), 20_000);
    await act('visit', 'transfer', tokens.admin!, { unitCode: 'dept-natural-resources', reason: '属征地补偿事项，转县自然资源局。' });
    await act('visit', 'take-ownership', tokens.qLeader!);
    await act('visit', 'accept', tokens.deptNR!);
    await act('visit', 'extend', tokens.qLeader!, { days: 15, reason: '需补充测绘。' });
    await act('visit', 'note', tokens.deptNR!, { text: '已约见信访人代表，正在核对补偿名册。', public: true });
    await act('visit', 'reply', tokens.deptNR!, { outcome: 'explain', text: '经核查，补偿标准符合规定，差额部分列入下年度计划。' });
    await track('visit', 'replied');
    expect((await http(urls.intake, 'POST', `/api/public/petitions/${petitions.visit!.trackingCode}/evaluation`, { headers: { 'x-forwarded-for': '203.0.113.79' }, body: { rating: 'unsatisfied', comment: '差额仍未到位' } })).status).toBe(201);
    await act('visit', 'request-review', tokens.admin!, { reason: '信访人不服，申请复查。' });
    await act('visit', 'decide-review', tokens.admin!, { outcome: 'upheld', text: '维持原处理意见。' });
    await act('visit', 'close', tokens.admin!);
    await act('online', 'transfer', tokens.admin!, { unitCode: 'dept-hrss', reason: '转县人社局。' });
    await act('online', 'accept', tokens.deptHRSS!);
    await act('online', 'reply', tokens.deptHRSS!, { outcome: 'support', text: '已恢复发放并补发。' });
    await track('online', 'replied');
    expect((await http(urls.intake, 'POST', `/api/public/petitions/${petitions.online!.trackingCode}/evaluation`, { headers: { 'x-forwarded-for': '203.0.113.80' }, body: { rating: 'satisfied' } })).status).toBe(201);
    await act('letter', 'assign', tokens.admin!, { unitCode: 'dept-ecology', dueAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), reason: '交市生态环境局清溪分局限期办理。' });
    await act('letter', 'accept', tokens.deptEco!);
    await act('phone', 'reject', tokens.qOfficer!, { ground: 'not-a-petition-matter', reason: '低保复核请按社会救助程序办理。' });

    // ─── notification texted the petitioners; reporting projected everything ───
    await eventually(() => {
      const to = new Set(sms.received.map((m) => m.to));
      for (const p of [PEOPLE.visitor, PEOPLE.representative, PEOPLE.letterWriter, PEOPLE.caller, PEOPLE.citizen]) expect(to).toContain(p.phone);
      expect(sms.received.length).toBeGreaterThanOrEqual(12);
    }, 40_000);
    await quiesce(db, bus, SERVICE_NAMES, 30_000);
    await eventually(async () => expect((await http(urls.reporting, 'GET', '/api/stats/summary', { token: tokens.admin })).body).toMatchObject({ received: 4, byChannel: { visit: 1, letter: 1, online: 1, phone: 1 } }), 20_000);
    await eventually(async () => expect(await db.scalar(`SELECT count(*) FROM notification.delivery WHERE status IN ('pending', 'retrying', 'deferred')`)).toBe(0), 20_000);
    // stop the processes so that everything they wrote is flushed
    await Promise.all(SERVICE_NAMES.map((name) => services[name].stop()));
  });

  afterAll(async () => {
    await Promise.all(SERVICE_NAMES.map((name) => services[name]?.stop()));
    await bus?.close();
    await db?.close();
    await sms?.stop();
    await platform?.close();
  });

  it('texted the petitioners their tracking codes and steps (the scan is not vacuous)', () => {
    expect(sms.received.some((m) => m.to === PEOPLE.citizen.phone && m.text.includes(petitions.online!.trackingCode))).toBe(true);
    expect(sms.received.filter((m) => m.to === PEOPLE.visitor.phone).length).toBeGreaterThanOrEqual(3);
  });

  it('puts no personal data in any message of any JetStream stream', async () => {
    const streams = await bus.streamNames();
    expect(streams).toEqual(expect.arrayContaining(['INTAKE', 'CASEWORK', 'DEAD_LETTERS']));
    const found: string[] = [];
    let messages = 0;
    let stored = 0;
    for (const stream of streams) {
      stored += (await bus.jsm.streams.info(stream)).state.messages;
      for (const m of await bus.readStream(stream)) {
        messages++;
        found.push(...leaks(`${stream} #${m.seq} ${m.subject}`, `${m.data}\n${JSON.stringify(m.headers)}`));
      }
    }
    // every message was read: the directory, four registrations, two evaluations, and each case's steps
    expect(messages).toBe(stored);
    expect(messages).toBeGreaterThanOrEqual(25);
    expect(found).toEqual([]);
  });

  it('writes no personal data in any log line of any service', () => {
    const found: string[] = [];
    for (const name of SERVICE_NAMES) {
      const log = services[name].log;
      const lines = log.split('\n').filter(Boolean);
      // the capture is complete (under the 1 MB the helper keeps) and at trace level: requests and consumed events were logged
      expect(log.length).toBeLessThan(1_000_000);
      expect(lines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThan(0);
      expect(log).toContain('listening');
      found.push(...leaks(`${name}'s log`, log));
    }
    expect(found).toEqual([]);
  });

  it.each(['casework', 'notification', 'reporting'])('stores no personal data in any table of the %s schema', async (schema) => {
    const columns = await db.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [schema],
    );
    const found: string[] = [];
    let values = 0;
    for (const { table_name: table, column_name: column } of columns) {
      const rows = await db.query<{ v: string | null }>(`SELECT "${column}"::text AS v FROM "${schema}"."${table}"`);
      for (const { v } of rows) {
        if (v === null) continue;
        values++;
        // a masked recipient (137****5501) is what the delivery log is for; it holds no whole number, so every needle still applies
        found.push(...leaks(`${schema}.${table}.${column}`, v));
      }
    }
    expect(values).toBeGreaterThan(50);
    expect(found).toEqual([]);
    if (schema === 'notification') {
      // the delivery log does name its recipients, masked
      const masked = await db.query<{ r: string }>(`SELECT DISTINCT recipient_masked AS r FROM notification.delivery WHERE channel = 'sms' AND status = 'sent'`);
      expect(masked.map((m) => m.r)).toEqual(expect.arrayContaining([expect.stringMatching(/^1\d{2}\*{4}\d{4}/)]));
    }
  });
});
