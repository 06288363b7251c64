import { randomUUID } from 'node:crypto';
import { CaseAcceptedV1, CaseEscalatedV1, CaseTransferredV1 } from '#contracts';
import { eventually } from '#testing';
import { Dispatcher } from '../src/deliveries/dispatcher.js';
import { chinaDate, emailOf, expectNoPersonalData, mask, metricValue, NotificationRig, petitioner, type DeliveryRow, type Petitioner } from './support.js';

const HOUR = 3600_000;

/** The China-time hour now, and quiet hours from an hour ago to two hours ahead: now is inside them. */
const chinaHourNow = (new Date().getUTCHours() + 8) % 24;
const QUIET = { startHour: (chinaHourNow + 23) % 24, endHour: (chinaHourNow + 2) % 24 };

/** The next endHour:00 China time after now (computed here, not with the code under test). */
function quietWindowEnd(now: Date): Date {
  const local = new Date(now.getTime() + 8 * HOUR);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), QUIET.endHour) - 8 * HOUR;
  return new Date(end > now.getTime() ? end : end + 24 * HOUR);
}

/**
 * How texts and emails travel: quiet hours for citizens (deferred, then sent), a gateway that
 * fails and recovers, permanent refusals, petitioners without a mobile, intake unreachable, an
 * SMTP server that refuses — each ending visible in the delivery log and the metrics, and
 * nothing sent twice.
 */
describe('delivery of texts and emails', () => {
  let rig: NotificationRig;
  const everyone: Petitioner[] = [];
  const started = new Date();

  const register = async (options: Parameters<NotificationRig['register']>[0] = {}) => {
    const p = await rig.register(options);
    everyone.push(...p.people);
    return p;
  };
  const smsRow = async (eventId: string, states?: DeliveryRow['status'][]) => (await rig.settled(eventId, states)).find((r) => r.channel === 'sms')!;
  const sent = (row: DeliveryRow) => rig.sms.received.filter((m) => m.messageId === row.id || m.messageId.startsWith(`${row.id}-`));

  beforeAll(async () => {
    rig = await NotificationRig.start({
      env: { QUIET_HOURS_START: String(QUIET.startHour), QUIET_HOURS_END: String(QUIET.endHour), DELIVERY_MAX_ATTEMPTS: '6', CONTACT_TIMEOUT_MS: '300' },
    });
    await rig.putStaffContacts();
  });

  afterAll(async () => {
    await rig?.close();
  });

  describe(`quiet hours (${QUIET.startHour}:00–${QUIET.endHour}:00 China time, now inside)`, () => {
    let registration: Awaited<ReturnType<typeof register>>;
    let transfer: { eventId: string; caseId: string };
    let end: Date;

    it('defers a text to a citizen until the window ends, and sends nothing; staff are told at once', async () => {
      registration = await register();
      const caseId = randomUUID();
      const event = await rig.publish(CaseTransferredV1, { ...CaseTransferredV1.sample, caseId, petitionId: registration.petitionId });
      transfer = { eventId: event.id, caseId };
      end = quietWindowEnd(started);

      for (const eventId of [registration.event.id, transfer.eventId]) {
        const rows = await rig.settled(eventId, ['sent', 'deferred']);
        const sms = rows.find((r) => r.channel === 'sms')!;
        expect(sms).toMatchObject({ status: 'deferred', attempts: 0, recipient_masked: null });
        expect(sms.next_attempt_at.toISOString()).toBe(end.toISOString());
        // inbox and email to staff are not held back
        for (const r of rows.filter((x) => x.channel !== 'sms')) expect(r.status).toBe('sent');
      }
      expect(rig.mail.received.filter((m) => m.to.includes(emailOf('zrj-li')))).toHaveLength(1);

      const log = await rig.admin('GET', `/api/deliveries?petitionId=${registration.petitionId}&status=deferred`);
      expect(log.body.items).toHaveLength(2);
      for (const item of log.body.items) expect(item).toMatchObject({ channel: 'sms', status: 'deferred', nextAttemptAt: end.toISOString(), recipient: null, sentAt: null });

      // several dispatcher passes later: still nothing at the gateway, and intake was not even asked
      await new Promise((r) => setTimeout(r, 400));
      expect(rig.sms.requests).toBe(0);
      expect(rig.intake.requests.filter((r) => r.petitionId === registration.petitionId)).toEqual([]);
    });

    it('sends each deferred text once when the window is over, with the template version it was planned with', async () => {
      // the county revises the registration text meanwhile: the deferred text keeps version 1
      const revised = await rig.admin('PUT', '/api/templates/petitioner.registered', { body: '【{{county}}信访局】已登记，查询码 {{trackingCode}}。' });
      expect(revised.body.version).toBe(2);

      const dispatcher = rig.replicas[0]!.app.get(Dispatcher);
      // a minute before the end: not due yet
      expect(await dispatcher.dispatch(new Date(end.getTime() - 60_000))).toBe(0);
      expect(rig.sms.requests).toBe(0);
      const handled = await dispatcher.dispatch(new Date(end.getTime() + 60_000));
      expect(handled).toBe(2);

      const registered = await smsRow(registration.event.id);
      const transferred = await smsRow(transfer.eventId);
      for (const row of [registered, transferred]) {
        expect(row).toMatchObject({ status: 'sent', attempts: 1, template_version: 1, recipient_masked: mask(registration.people[0]!.phone!) });
        expect(sent(row)).toHaveLength(1);
      }
      expect(sent(registered)[0]!.text).toBe(`【清溪县信访局】您反映的信访事项已于${chinaDate(registration.event.payload.receivedAt)}登记，查询码 ${registration.trackingCode}，可凭查询码查询办理进度、评价办理结果，请妥善保存。`);
      expect(rig.sms.requests).toBe(2);

      // a later pass finds nothing more to send
      expect(await dispatcher.dispatch(new Date(end.getTime() + 120_000))).toBe(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(rig.sms.requests).toBe(2);
      expect((await rig.admin('PUT', '/api/templates/petitioner.registered', { body: '【{{county}}信访局】您反映的信访事项已于{{receivedAt|date}}登记，查询码 {{trackingCode}}，可凭查询码查询办理进度、评价办理结果，请妥善保存。' })).body.version).toBe(3);
    });
  });

  describe('outside quiet hours (after a restart with none)', () => {
    beforeAll(async () => {
      await rig.restart({ QUIET_HOURS_START: '0', QUIET_HOURS_END: '0' });
    });

    it('a gateway that fails and then recovers: retried with backoff, one message delivered', async () => {
      const before = rig.sms.requests;
      rig.sms.fail(2);
      const p = await register();
      const row = await smsRow(p.event.id);
      expect(row).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
      expect(rig.sms.requests - before).toBe(3);
      expect(sent(row)).toEqual([expect.objectContaining({ to: p.people[0]!.phone, text: expect.stringContaining(p.trackingCode) })]);
    });

    it('a gateway that keeps failing: given up after DELIVERY_MAX_ATTEMPTS, failed with the reason', async () => {
      const before = rig.sms.requests;
      rig.sms.fail(1000);
      const p = await register();
      const row = await smsRow(p.event.id);
      rig.sms.fail(0);
      expect(row).toMatchObject({ status: 'failed', attempts: 6, last_error: 'SMS gateway failed (503): gateway unavailable' });
      expect(rig.sms.requests - before).toBe(6);
      expect(sent(row)).toEqual([]);
    });

    it('a 4xx from the gateway is permanent: failed at once, the reason in the delivery log', async () => {
      const before = rig.sms.requests;
      rig.sms.fail(1, 400);
      const p = await register();
      const row = await smsRow(p.event.id);
      expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error: 'SMS gateway refused (400): gateway unavailable' });
      expect(rig.sms.requests - before).toBe(1);
      const log = await rig.admin('GET', `/api/deliveries?petitionId=${p.petitionId}&channel=sms`);
      expect(log.body.items).toEqual([expect.objectContaining({ status: 'failed', attempts: 1, lastError: 'SMS gateway refused (400): gateway unavailable', sentAt: null, ruleId: 'petitioner-registered' })]);
    });

    it('a refusal that quotes the number keeps only the masked number in the log', async () => {
      const person = petitioner();
      rig.sms.fail(1, 422, `{"code":"E_EMPTY_NUMBER","message":"号码 ${person.phone} 为空号"}`);
      const p = await register({ people: [person] });
      const row = await smsRow(p.event.id);
      expect(row.status).toBe('failed');
      expect(row.last_error).toContain('SMS gateway refused (422)');
      expect(row.last_error).not.toContain(person.phone!);
      expect(row.last_error).toContain(mask(person.phone!));
    });

    it('a petitioner without a mobile: failed with a Chinese reason, nothing sent', async () => {
      const before = rig.sms.requests;
      const landline = await register({ people: [petitioner({ phone: '0731-84123456' })] });
      const none = await register({ people: [petitioner({ phone: null })] });
      for (const p of [landline, none]) {
        const row = await smsRow(p.event.id);
        expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error: '信访人未留手机号，无法短信告知' });
        const log = await rig.admin('GET', `/api/deliveries?petitionId=${p.petitionId}&status=failed`);
        expect(log.body.items).toEqual([expect.objectContaining({ channel: 'sms', lastError: '信访人未留手机号，无法短信告知' })]);
      }
      expect(rig.sms.requests).toBe(before);
    });

    it('a collective petition: each representative with a mobile gets the text once', async () => {
      const group = [petitioner(), petitioner({ phone: null }), petitioner(), petitioner()];
      const p = await register({ people: group, representatives: [0, 1, 2], payload: { headcount: 4, flags: { collective: false, repeat: false, skipLevel: false } } });
      const row = await smsRow(p.event.id);
      expect(row).toMatchObject({ status: 'sent', recipient_masked: `${mask(group[0]!.phone!)}、${mask(group[2]!.phone!)}` });
      expect(sent(row).map((m) => m.to).sort()).toEqual([group[0]!.phone, group[2]!.phone].sort());
      expect(rig.sms.received.some((m) => m.to === group[3]!.phone)).toBe(false);
    });

    it('a petition intake does not know: failed with a Chinese reason', async () => {
      const event = await rig.publish(CaseAcceptedV1, { ...CaseAcceptedV1.sample, caseId: randomUUID(), petitionId: randomUUID() });
      expect(await smsRow(event.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: '登记服务中没有这件信访件' });
    });

    it('intake not answering: retried, and sent once it answers', async () => {
      rig.intake.answering = false;
      const p = await register();
      const retrying = await eventually(
        async () => {
          const [row] = (await rig.deliveries({ eventId: p.event.id })).filter((r) => r.channel === 'sms');
          if (row?.status !== 'retrying') throw new Error(`not retrying yet: ${row?.status}`);
          return row;
        },
        10_000,
        20,
      );
      rig.intake.answering = true;
      expect(retrying.last_error).toMatch(/^intake did not answer the contact request/);
      const row = await smsRow(p.event.id);
      expect(row.status).toBe('sent');
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(sent(row)).toHaveLength(1);
    });

    it('an SMTP server that refuses the address: failed for good, the address not in the log', async () => {
      rig.mail.reject(1, 550);
      const event = await rig.publish(CaseEscalatedV1, { ...CaseEscalatedV1.sample, caseId: randomUUID(), petitionId: randomUUID() });
      const [row] = (await rig.settled(event.id)).filter((r) => r.channel === 'email');
      expect(row).toMatchObject({ status: 'failed', attempts: 1, recipient_key: 'account:admin-sun' });
      expect(row!.last_error).toMatch(/^SMTP refused \(550\)/);
      expect(row!.last_error).not.toContain(emailOf('admin-sun'));
      expect(rig.mail.refused).toEqual([emailOf('admin-sun')]);
      const log = await rig.admin('GET', `/api/deliveries?caseId=${row!.case_id}&channel=email&status=failed`);
      expect(log.body.items).toEqual([expect.objectContaining({ lastError: row!.last_error, recipient: '孙* s***@xfj.qx.gov.cn' })]);
    });

    it('an SMTP server that says try later: retried, one mail delivered', async () => {
      rig.mail.reject(1, 451);
      const before = rig.mail.received.length;
      const event = await rig.publish(CaseEscalatedV1, { ...CaseEscalatedV1.sample, caseId: randomUUID(), petitionId: randomUUID() });
      const [row] = (await rig.settled(event.id)).filter((r) => r.channel === 'email');
      expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
      expect(rig.mail.received.length - before).toBe(1);
      expect(rig.mail.received.at(-1)).toMatchObject({ to: [emailOf('admin-sun')], subject: '【信访】超期案件升级：督办' });
    });

    it('the delivery log lists failures with their reasons', async () => {
      const failed = await rig.admin('GET', '/api/deliveries?status=failed');
      const reasons = failed.body.items.map((i: { lastError: string }) => i.lastError);
      expect(reasons).toEqual(expect.arrayContaining(['信访人未留手机号，无法短信告知', '登记服务中没有这件信访件', 'SMS gateway refused (400): gateway unavailable', 'SMS gateway failed (503): gateway unavailable']));
      for (const item of failed.body.items) expect(item.status).toBe('failed');
      const limited = await rig.admin('GET', '/api/deliveries?status=failed&limit=2');
      expect(limited.body.items).toHaveLength(2);
    });
  });

  it('/metrics counts sent, failed, deferred and retried per channel', async () => {
    const res = await fetch(`${rig.url}/metrics`);
    const text = await res.text();
    const value = (channel: string, outcome: string) => metricValue(text, 'xinfang_notifications_total', { channel, outcome });
    expect({
      sms: { sent: value('sms', 'sent') > 0, failed: value('sms', 'failed'), deferred: value('sms', 'deferred') > 0, retried: value('sms', 'retried') > 0 },
      email: { sent: value('email', 'sent') > 0, failed: value('email', 'failed'), retried: value('email', 'retried') },
    }).toEqual({
      // the 503s given up, the 400, the 422, two without a mobile, the unknown petition
      sms: { sent: true, failed: 6, deferred: true, retried: true },
      email: { sent: true, failed: 1, retried: 1 },
    });
    // staff email is never held for quiet hours
    expect(value('email', 'deferred')).toBe(0);
  });

  it('keeps no personal data of petitioners, only masked recipients', async () => {
    const masked = await expectNoPersonalData(rig, everyone);
    expect(masked).toEqual(expect.arrayContaining([mask(everyone[0]!.phone!)]));
  });
});

