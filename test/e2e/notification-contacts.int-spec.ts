import pg from 'pg';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { NOTIFICATION_SERVICE } from '../../apps/notification/src/notification.module.js';
import { eventually, FakeSmsGateway, FULL_MOBILE, http, SmtpSink, startInProcess, TestPlatform, type InProcessService } from '#testing';

const QINGSHUI = '430599101000';

/**
 * Notification with the real intake: the petitioner's contact is asked of intake over NATS
 * request/reply at send time (and intake logs the read), the text reaches the fake gateway, and
 * afterwards nothing of the petitioners — name, ID number, phone, address — is in notification's
 * schema. (apps/notification/test plays intake's side of the contract; this checks the real one.)
 */
describe('notification asks intake for contacts at send time', () => {
  let platform: TestPlatform;
  let intake: InProcessService;
  let notification: InProcessService;
  let sms: FakeSmsGateway;
  let mail: SmtpSink;
  let db: pg.Pool;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    [sms, mail] = await Promise.all([FakeSmsGateway.start(), SmtpSink.start()]);
    [intake, notification] = await Promise.all([
      startInProcess(INTAKE_SERVICE, platform),
      startInProcess(NOTIFICATION_SERVICE, platform, { SMS_GATEWAY_URL: sms.url, SMTP_URL: mail.url, DISPATCH_INTERVAL_MS: '50', DELIVERY_RETRY_BASE_MS: '10', QUIET_HOURS_START: '0', QUIET_HOURS_END: '0' }),
    ]);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    db = new pg.Pool({ connectionString: platform.db.url, max: 2 });
  });

  afterAll(async () => {
    await Promise.all([intake, notification].filter(Boolean).map((s) => s.close()));
    await Promise.all([sms?.stop(), mail?.stop(), db?.end()]);
    await platform?.close();
  });

  const people = {
    mobile: { name: '欧阳明远', idNumber: '430524196803121232', phone: '13812345678', address: '清水镇石桥村三组17号' },
    landline: { name: '司马秀英', idNumber: '430524197205083322', phone: '0731-84123456', address: '清水镇杨柳村五组8号' },
  };

  async function register(petitioner: object): Promise<{ id: string; trackingCode: string }> {
    const res = await http(intake.url, 'POST', '/api/petitions', {
      token: await platform.token('township-officer', QINGSHUI),
      body: {
        channel: 'visit',
        townshipCode: QINGSHUI,
        villageCode: '430599101201',
        category: 'land-acquisition',
        title: '反映征地补偿款未足额发放',
        content: '2025年修建县道占用我组耕地，补偿款至今只发放一半，要求足额发放。',
        petitioners: [petitioner],
      },
    });
    if (res.status !== 201) throw new Error(`registration answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function smsDelivery(petitionId: string) {
    const admin = await platform.token('county-admin');
    return eventually(async () => {
      const res = await http(notification.url, 'GET', `/api/deliveries?petitionId=${petitionId}&channel=sms`, { token: admin });
      const [item] = res.body.items;
      if (!item || !['sent', 'failed'].includes(item.status)) throw new Error(`sms for ${petitionId} not settled: ${JSON.stringify(item)}`);
      return item;
    });
  }

  it('texts the mobile intake holds, with the tracking code, and intake logs that notification read it', async () => {
    const registered = await register(people.mobile);
    const item = await smsDelivery(registered.id);
    expect(item).toMatchObject({ status: 'sent', recipient: '138****5678', attempts: 1 });
    expect(sms.received).toEqual([expect.objectContaining({ to: '13812345678', text: expect.stringContaining(`查询码 ${registered.trackingCode}`) })]);
    expect(sms.received[0]!.text.startsWith('【清溪县信访局】您反映的信访事项已于')).toBe(true);
    const { rows } = await db.query(`SELECT actor_kind, actor_id, purpose FROM intake.personal_data_access WHERE petition_id = $1 AND actor_kind = 'service'`, [registered.id]);
    expect(rows).toEqual([{ actor_kind: 'service', actor_id: 'notification', purpose: 'sms:intake.petition.registered.v1' }]);
  });

  it('records a petitioner with only a landline as failed, in Chinese, and texts no one', async () => {
    const registered = await register(people.landline);
    const item = await smsDelivery(registered.id);
    expect(item).toMatchObject({ status: 'failed', lastError: '信访人未留手机号，无法短信告知', recipient: null });
    expect(sms.received).toHaveLength(1);
  });

  it('keeps nothing of the petitioners in notification’s schema', async () => {
    const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = 'notification' AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const { table_name, column_name } of columns) {
      const { rows } = await db.query(`SELECT string_agg("${column_name}"::text, E'\\n') AS text FROM notification."${table_name}"`);
      const text: string = rows[0].text ?? '';
      for (const p of Object.values(people)) for (const value of Object.values(p)) if (text.includes(value)) leaks.push(`${table_name}.${column_name}: ${value.slice(0, 1)}…`);
      if (FULL_MOBILE.test(text)) leaks.push(`${table_name}.${column_name}: a full mobile number`);
    }
    expect(leaks).toEqual([]);
  });
});
