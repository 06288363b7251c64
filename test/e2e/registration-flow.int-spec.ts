import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { NOTIFICATION_SERVICE } from '../../apps/notification/src/notification.module.js';
import { REPORTING_SERVICE } from '../../apps/reporting/src/reporting.module.js';
import { eventually, FakeSmsGateway, http, SmtpSink, startInProcess, TestPlatform, type InProcessService } from '#testing';

/** One registration through the whole backbone: intake → JetStream → casework, notification, reporting. */
describe('a registered petition reaches every service', () => {
  let platform: TestPlatform;
  let services: Record<'intake' | 'casework' | 'notification' | 'reporting', InProcessService>;
  let sms: FakeSmsGateway;
  let mail: SmtpSink;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    [sms, mail] = await Promise.all([FakeSmsGateway.start(), SmtpSink.start()]);
    const [intake, casework, notification, reporting] = await Promise.all([
      startInProcess(INTAKE_SERVICE, platform),
      startInProcess(CASEWORK_SERVICE, platform),
      startInProcess(NOTIFICATION_SERVICE, platform, { SMS_GATEWAY_URL: sms.url, SMTP_URL: mail.url, DISPATCH_INTERVAL_MS: '100', QUIET_HOURS_START: '0', QUIET_HOURS_END: '0' }),
      startInProcess(REPORTING_SERVICE, platform),
    ]);
    services = { intake, casework, notification, reporting };
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
  });

  afterAll(async () => {
    await Promise.all(Object.values(services ?? {}).map((s) => s.close()));
    await Promise.all([sms?.stop(), mail?.stop()]);
    await platform?.close();
  });

  it('shows the petition in casework, notification and reporting exactly once', async () => {
    const admin = await platform.token('county-admin');
    const officer = await platform.token('township-officer', '430599101000');
    const registered = await http(services.intake.url, 'POST', '/api/petitions', {
      token: officer,
      body: {
        channel: 'visit',
        townshipCode: '430599101000',
        villageCode: '430599101201',
        category: 'land-acquisition',
        title: '反映征地补偿款未足额发放',
        content: '2025年修建县道占用我组耕地12亩，补偿款至今只发放一半。',
        headcount: 6,
        petitioners: [{ name: '李四', idNumber: '430524196803121232', phone: '13800000000' }],
        representatives: [0],
      },
    });
    expect(registered.status).toBe(201);
    expect(registered.body.flags).toEqual({ collective: true, repeat: false, skipLevel: false });
    const petitionId = registered.body.id;

    await eventually(async () => {
      const cases = await http(services.casework.url, 'GET', `/api/cases?petitionId=${petitionId}`, { token: admin });
      expect(cases.body.items).toHaveLength(1);
      expect(cases.body.items[0]).toMatchObject({ petitionId, townshipCode: '430599101000', status: 'registered' });
    });
    await eventually(async () => {
      const inbox = await http(services.notification.url, 'GET', '/api/inbox', { token: officer });
      expect(inbox.body.items.filter((m: { link: string }) => m.link === `/petitions/${petitionId}`)).toHaveLength(1);
    });
    await eventually(() => {
      expect(sms.received).toHaveLength(1);
      expect(sms.received[0]).toMatchObject({ to: '13800000000', text: expect.stringContaining(registered.body.trackingCode) });
    });
    await eventually(async () => {
      const summary = await http(services.reporting.url, 'GET', '/api/stats/summary', { token: admin });
      expect(summary.body).toMatchObject({ received: 1, byChannel: { visit: 1, letter: 0, online: 0, phone: 0 }, collective: 1 });
    });
  });
});
