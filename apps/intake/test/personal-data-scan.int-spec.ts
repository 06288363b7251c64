import { jest } from '@jest/globals';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import pg from 'pg';
import { firstValueFrom, timeout } from 'rxjs';
import { DEAD_LETTER_STREAM, EVENT_STREAMS, PETITIONER_CONTACT_SUBJECT } from '#contracts';
import { eventually, http, SpawnedService, startInProcess, TestPlatform } from '#testing';
import { DirectoryService } from '../src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../src/intake.module.js';
import { DEMO_COUNTY } from '../src/seed/demo-county.js';
import { CaseworkSimulator, daysFromNow, QINGSHUI, QINGSHUI_SHIQIAO, QINGSHUI_YANGLIU, readStream, residentId, SHIMEN, SHIMEN_HONGYAN, type CaseworkTarget } from './support.js';

jest.setTimeout(90_000);

/** A valid ID number whose check character is X, so its last six characters cannot turn up by chance in hex (hashes, UUIDs). */
function idEndingInX(birth: string, from: number, area = '430524'): string {
  for (let seq = from; ; seq++) {
    const id = residentId(birth, seq, area);
    if (id.endsWith('X')) return id;
  }
}

/** Distinctive people: every value below must stay inside intake's encrypted columns. */
const PEOPLE = {
  visitor: { name: '诸葛翠花', idNumber: idEndingInX('19630427', 311), phone: '13811457926', address: '清水镇石桥村七组诸葛家大院3号' },
  representative: { name: '司马铁牛', idNumber: idEndingInX('19580913', 522), phone: '15173904462', address: '清水镇石桥村七组司马家老屋' },
  letterWriter: { name: '东方明月', phone: '0739-8123467', address: '石门镇红岩村四组东方氏祠堂旁' },
  caller: { name: '皇甫春生', idNumber: idEndingInX('19770102', 733, '430521'), phone: '18907396615', address: '清水镇杨柳村二组皇甫家' },
  citizen: { name: '独孤秋云', idNumber: idEndingInX('19890630', 144, '430502'), phone: '13607391288', address: '清水镇杨柳村五组独孤家新屋' },
};
/** Values sent in refused requests: never stored, never logged. */
const REFUSED = { name: '欧阳未存', idNumber: `${idEndingInX('19900101', 250).slice(0, 17)}0`, phone: '1390739', address: '清水镇不存在村十组欧阳家' };

function needles(): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const [who, p] of Object.entries({ ...PEOPLE, refused: REFUSED })) {
    out.push({ label: `${who}.name`, value: p.name }, { label: `${who}.address`, value: p.address }, { label: `${who}.phone`, value: p.phone });
    const digits = p.phone.replace(/\D/g, '');
    if (digits !== p.phone) out.push({ label: `${who}.phone digits`, value: digits }, { label: `${who}.phone local number`, value: p.phone.split('-')[1]! });
    if ('idNumber' in p && p.idNumber) out.push({ label: `${who}.idNumber`, value: p.idNumber }, { label: `${who}.idNumber last 6`, value: p.idNumber.slice(-6) }, { label: `${who}.idNumber lower case`, value: p.idNumber.toLowerCase() });
  }
  return out;
}

function findLeaks(where: string, text: string): string[] {
  return needles()
    .filter((n) => text.includes(n.value))
    .map((n) => `${n.label} (${n.value}) in ${where}: …${text.slice(Math.max(0, text.indexOf(n.value) - 80), text.indexOf(n.value) + n.value.length + 40)}…`);
}

/**
 * No personal data in any event, any log line, or as plaintext anywhere in the database
 * (issue 3, "Proof"). Intake runs as its own process from the build, with every log level on,
 * so everything it writes to stdout and stderr is captured.
 */
describe('intake: no personal data in events, logs, or the database in plaintext', () => {
  let platform: TestPlatform;
  let intake: SpawnedService;
  let db: pg.Pool;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let casework: CaseworkSimulator;
  const petitionIds: string[] = [];

  beforeAll(async () => {
    platform = await TestPlatform.start();
    // migrations and the demo directory through intake's own code, publishing nothing
    const seeder = await startInProcess(INTAKE_SERVICE, platform, { OUTBOX_RELAY: 'off', EVENT_CONSUMERS: 'off' });
    await seeder.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    await seeder.close();
    intake = await SpawnedService.start('intake', platform, { LOG_LEVEL: 'trace' });

    db = new pg.Pool({ connectionString: platform.db.url, max: 3 });
    db.on('error', () => undefined);
    nc = await connect({ servers: platform.nats.url });
    jsm = await jetstreamManager(nc);
    const target: CaseworkTarget = {
      js: jetstream(nc, { timeout: 5000 }),
      query: async (sql, params = []) => (await db.query(sql, params)).rows,
      count: async (sql, params = []) => Number(Object.values((await db.query(sql, params)).rows[0] ?? {})[0] ?? 0),
    };
    casework = new CaseworkSimulator(target);

    // ─── the activity: every channel, a repeat, a refusal, attachments, reads, the contact request, casework events ───
    const officer = await platform.token('township-officer', QINGSHUI);
    const admin = await platform.token('county-admin');
    const register = async (body: object, token = officer) => {
      const res = await http(intake.url, 'POST', '/api/petitions', { token, body });
      if (res.status !== 201) throw new Error(`registration answered ${res.status}: ${JSON.stringify(res.body)}`);
      petitionIds.push(res.body.id);
      return res.body as { id: string; trackingCode: string };
    };
    const land = { townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, category: 'land-acquisition', title: '反映土地征收补偿标准偏低', content: '石桥村七组二十三户的承包地被征收用于工业园建设，补偿标准比邻村低，要求按同一标准补偿。' };
    const visit = await register({ ...land, channel: 'visit', headcount: 23, petitioners: [PEOPLE.visitor, PEOPLE.representative, { name: '七组村民' }], representatives: [0, 1] });
    await register({ ...land, channel: 'visit', headcount: 2, petitioners: [PEOPLE.visitor] }); // a repeat
    await register(
      { channel: 'letter', townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, category: 'environment', title: '反映采石场炮声震裂房屋', content: '红岩村采石场放炮，四组多户房屋墙体开裂，要求停止夜间放炮并赔偿。', letterDate: '2026-03-01', petitioners: [PEOPLE.letterWriter] },
      await platform.token('township-officer', SHIMEN),
    );
    const call = await register({ channel: 'phone', townshipCode: QINGSHUI, villageCode: QINGSHUI_YANGLIU, category: 'social-security', title: '反映低保被取消', content: '家中有重病人，今年低保被取消，未告知原因，要求复核。', callerNumber: `+86 ${PEOPLE.caller.phone}`, petitioners: [PEOPLE.caller] }, admin);
    const online = await http(intake.url, 'POST', '/api/public/petitions', {
      headers: { 'x-forwarded-for': '203.0.113.7' },
      body: { townshipCode: QINGSHUI, villageCode: QINGSHUI_YANGLIU, category: 'rural-affairs', title: '反映村道硬化工程偷工减料', content: '杨柳村五组村道硬化才一年就大面积开裂，怀疑偷工减料，要求核查。', petitioners: [PEOPLE.citizen] },
    });
    expect(online.status).toBe(201);
    // refused requests carrying personal data
    for (const body of [
      { ...land, channel: 'visit', headcount: 1, petitioners: [{ ...REFUSED }] },
      { ...land, channel: 'visit', headcount: 1, petitioners: [{ name: REFUSED.name, idNumber: PEOPLE.visitor.idNumber, phone: REFUSED.phone, address: REFUSED.address }] },
    ]) {
      expect((await http(intake.url, 'POST', '/api/petitions', { token: officer, body })).status).toBe(400);
    }
    expect((await http(intake.url, 'POST', '/api/public/petitions', { headers: { 'x-forwarded-for': '203.0.113.8' }, body: { ...land, petitioners: [{ ...REFUSED }] } })).status).toBe(400);

    // an attachment whose file name names the petitioner
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n% scanned letter\n%%EOF\n')], { type: 'application/pdf' }), `${PEOPLE.visitor.name}来信扫描件.pdf`);
    expect((await fetch(`${intake.url}/api/petitions/${visit.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${officer}` }, body: form })).status).toBe(201);

    // staff reads: detail, search by ID number and by name-bearing free text, the ledger
    expect((await http(intake.url, 'GET', `/api/petitions/${visit.id}`, { token: officer })).status).toBe(200);
    expect((await http(intake.url, 'GET', `/api/petitions?idNumber=${PEOPLE.caller.idNumber}`, { token: admin })).body.total).toBe(1);
    expect((await http(intake.url, 'GET', `/api/petitions?q=${encodeURIComponent(PEOPLE.visitor.name)}`, { token: admin })).status).toBe(200);
    expect((await http(intake.url, 'GET', '/api/petitioners/long-standing', { token: admin })).status).toBe(200);

    // casework's events, and notification's contact request
    const c = await casework.opened(call.id);
    await casework.accepted(c, daysFromNow(60), 'dept-civil-affairs');
    await casework.replied(c, 'support', 'dept-civil-affairs');
    const client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [platform.nats.url] } });
    try {
      const reply = await firstValueFrom(client.send(PETITIONER_CONTACT_SUBJECT, { petitionId: call.id, purpose: 'sms:casework.case.replied.v1', requestedBy: 'notification' }).pipe(timeout(5000)));
      expect(JSON.stringify(reply)).toContain(PEOPLE.caller.name);
    } finally {
      await client.close();
    }
    expect((await http(intake.url, 'POST', `/api/public/petitions/${call.trackingCode}/evaluation`, { body: { rating: 'satisfied', comment: '处理及时' }, headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(201);

    // let every event flow
    await eventually(async () => {
      const [{ pending }] = (await db.query(`SELECT count(*)::int AS pending FROM intake.outbox WHERE published_at IS NULL`)).rows;
      expect(pending).toBe(0);
    }, 15_000);
    // stop the process so that everything it wrote is flushed
    await intake.stop();
  });

  afterAll(async () => {
    await intake?.stop();
    await nc?.close().catch(() => undefined);
    await db?.end().catch(() => undefined);
    await platform?.close();
  });

  it('puts no personal data in any message of the INTAKE stream', async () => {
    const messages = await readStream(jsm, EVENT_STREAMS.intake.name);
    const subjects = new Set(messages.map((m) => m.subject));
    // the activity produced five registrations (all four channels and a repeat), an attachment and an evaluation
    expect(messages.filter((m) => m.subject === 'intake.petition.registered.v1')).toHaveLength(5);
    expect([...subjects]).toEqual(expect.arrayContaining(['intake.petition.registered.v1', 'intake.petition.attachment-added.v1', 'intake.petition.evaluated.v1']));
    expect(new Set(messages.filter((m) => m.subject === 'intake.petition.registered.v1').map((m) => m.envelope.payload.channel))).toEqual(new Set(['visit', 'letter', 'phone', 'online']));
    const leaks = messages.flatMap((m) => findLeaks(`${m.subject} #${m.envelope.id}`, m.data));
    expect(leaks).toEqual([]);
    // nor in what intake dead-lettered
    const dead = await readStream(jsm, DEAD_LETTER_STREAM.name).catch(() => []);
    expect(dead.flatMap((m) => findLeaks(`dead letter ${m.subject}`, m.data))).toEqual([]);
  });

  it('writes no personal data in any log line', async () => {
    const log = intake.log;
    const lines = log.split('\n').filter(Boolean);
    // the capture works: start-up, requests and consumed events were logged at trace level
    expect(lines.length).toBeGreaterThan(20);
    expect(log).toContain('listening');
    expect(lines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(10);
    expect(findLeaks('the log', log)).toEqual([]);
  });

  it('stores no personal data as plaintext anywhere in the intake schema', async () => {
    const columns = (
      await db.query<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT c.table_name, c.column_name, c.data_type
         FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'intake' AND t.table_type = 'BASE TABLE'
           AND c.data_type IN ('text', 'character', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY')
         ORDER BY 1, 2`,
      )
    ).rows;
    const scanned = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    for (const expected of ['petitioner.name_enc', 'petitioner.id_number_enc', 'petitioner.phone_enc', 'petitioner.address_enc', 'petition.caller_number_enc', 'petition.content', 'attachment.content_enc', 'attachment.file_name_enc', 'outbox.envelope', 'public_step.description', 'personal_data_access.purpose', 'rate_limit.key']) {
      expect(scanned).toContain(expected);
    }
    const leaks: string[] = [];
    let values = 0;
    for (const { table_name: table, column_name: column, data_type: type } of columns) {
      if (type === 'bytea') {
        const { rows } = await db.query<{ v: Buffer | null }>(`SELECT "${column}" AS v FROM intake."${table}"`);
        for (const { v } of rows) {
          if (!v) continue;
          values++;
          for (const n of needles()) if (v.includes(Buffer.from(n.value, 'utf8'))) leaks.push(`${n.label} in ${table}.${column} (bytea)`);
        }
      } else {
        const { rows } = await db.query<{ v: string | null }>(`SELECT "${column}"::text AS v FROM intake."${table}"`);
        for (const { v } of rows) {
          if (v === null) continue;
          values++;
          leaks.push(...findLeaks(`${table}.${column}`, v));
        }
      }
    }
    expect(values).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
    // and the data is there, encrypted: every petitioner row has a ciphertext name
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM intake.petitioner WHERE name_enc LIKE 'k1:%'`);
    expect(rows[0].n).toBeGreaterThanOrEqual(7);
  });

  it('registered what it was given (the scan is not vacuous)', async () => {
    expect(petitionIds).toHaveLength(4);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM intake.petition`);
    expect(rows[0].n).toBe(5); // the four staff registrations and the citizen's; the refused requests stored nothing
  });
});
