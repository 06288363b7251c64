import { randomUUID } from 'node:crypto';
import type { PubAck } from '@nats-io/jetstream';
import { CaseAcceptedV1, CaseClosedV1, CaseOpenedV1, CaseTransferredV1, LeaderTookOwnershipV1, PetitionRegisteredV1 } from '#contracts';
import { eventually } from '#testing';
import { Dispatcher } from '../src/deliveries/dispatcher.js';
import { LeaderDigest } from '../src/digest/leader-digest.js';
import { emailOf, expectNoPersonalData, mailsOf, NotificationRig, QINGSHUI, SHIMEN, STAFF_APP_URL, type Petitioner } from './support.js';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** The China date of an instant, as the digest lists it: 2026-03-20. */
const chinaDay = (at: string | Date) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Two notification replicas on one database and one durable consumer: nobody is told twice —
 * not when an event is delivered twice, not when both replicas dispatch at once, not when both
 * send the leaders' daily digest at the same moment.
 */
describe('two notification replicas', () => {
  let rig: NotificationRig;
  const everyone: Petitioner[] = [];

  beforeAll(async () => {
    rig = await NotificationRig.start({ replicas: 2, env: { DIGEST_HOUR: '0' } });
    await rig.putStaffContacts();
  });

  afterAll(async () => {
    await rig?.close();
  });

  describe('the leaders’ daily digest', () => {
    const A = 'leader-qingshui-01';
    const B = 'leader-qingshui-02';
    // a leader with no staff contact: inbox only
    const C = 'leader-shimen-01';
    const cases: Record<string, { caseId: string; petitionId: string; dueAt: string }> = {};

    /** Opens a case in a township, owned by a leader, falling due at `dueAt`. */
    async function ownedCase(name: string, leaderId: string, dueAt: string, townshipCode = QINGSHUI) {
      const c = { caseId: randomUUID(), petitionId: rig.petition({ townshipCode }).petitionId, dueAt };
      everyone.push(...rig.intake.petitions.get(c.petitionId)!.people);
      await rig.publish(CaseOpenedV1, { ...CaseOpenedV1.sample, caseId: c.caseId, petitionId: c.petitionId, receivedAt: inDays(-1), routeBy: dueAt }, { townshipCode });
      const owned = await rig.publish(LeaderTookOwnershipV1, { caseId: c.caseId, petitionId: c.petitionId, leaderId, takenAt: new Date().toISOString() }, { townshipCode });
      await rig.settled(owned.id);
      cases[name] = c;
      return c;
    }

    const digestsIn = async (leaderId: string, sub = leaderId, townshipCode = QINGSHUI) =>
      (await rig.inbox(await rig.token('leader', townshipCode, sub))).filter((m) => m.title.startsWith('本周到期的包案案件'));
    const digestMails = (leaderId: string) => rig.mail.received.filter((m) => m.to.includes(emailOf(leaderId)) && m.subject.startsWith('【信访】本周到期的包案案件'));

    it('goes once a day to each leader owning cases due within the week, however many replicas send at once', async () => {
      await ownedCase('due in 3 days', A, inDays(3));
      const accepted = await ownedCase('accepted, reply due in 6 days', A, inDays(2));
      const reply = inDays(6);
      await rig.publish(CaseAcceptedV1, { caseId: accepted.caseId, petitionId: accepted.petitionId, unitCode: 'dept-natural-resources', acceptedAt: new Date().toISOString(), replyBy: reply, timely: true });
      accepted.dueAt = reply;
      const closed = await ownedCase('closed', A, inDays(1));
      await rig.publish(CaseClosedV1, { caseId: closed.caseId, petitionId: closed.petitionId, closure: 'replied', closedAt: new Date().toISOString() });
      await ownedCase('due in 20 days', A, inDays(20));
      await ownedCase('B: due in 20 days', B, inDays(20));
      await ownedCase('C: due in 2 days', C, inDays(2), SHIMEN);

      const now = new Date();
      const digests = rig.replicas.map((r) => r.app.get(LeaderDigest));
      const told = await Promise.all(digests.map((d) => d.send(now)));
      expect(told[0]! + told[1]!).toBe(2);
      const day = chinaDay(now);
      expect(await rig.query(`SELECT owner_id FROM notification.digest_sent WHERE day = $1 ORDER BY owner_id`, [day])).toEqual([{ owner_id: A }, { owner_id: C }]);

      const [digestA] = await digestsIn(A);
      expect(await digestsIn(A)).toHaveLength(1);
      expect(digestA!.title).toBe('本周到期的包案案件（2件）');
      expect(digestA!.body).toBe(
        [
          '您包案的以下案件将在7日内到期：',
          `1. 清水镇案件，到期：${chinaDay(cases['due in 3 days']!.dueAt)}（${STAFF_APP_URL}/cases/${cases['due in 3 days']!.caseId}）`,
          `2. 清水镇案件，到期：${chinaDay(cases['accepted, reply due in 6 days']!.dueAt)}（${STAFF_APP_URL}/cases/${cases['accepted, reply due in 6 days']!.caseId}）`,
        ].join('\n'),
      );
      expect(await digestsIn(B)).toEqual([]);
      const [digestC] = await digestsIn(C, C, SHIMEN);
      expect(digestC!.title).toBe('本周到期的包案案件（1件）');
      expect(digestC!.body).toContain(`1. 石门镇案件，到期：${chinaDay(cases['C: due in 2 days']!.dueAt)}`);
      // another leader does not see A's digest
      expect(await digestsIn(A, B)).toEqual([]);

      // by email to the leader who has an address, once, whichever replica dispatches it
      await eventually(() => expect(digestMails(A)).toHaveLength(1));
      expect(digestMails(A)[0]!.text.replace(/\r\n/g, '\n')).toContain(`刘建军：\n\n您包案的以下案件将在7日内到期：\n1. 清水镇案件，到期：${chinaDay(cases['due in 3 days']!.dueAt)}`);
      expect(digestMails(B)).toEqual([]);

      // again the same day, from both replicas at once: nothing more
      expect(await Promise.all(digests.map((d) => d.send(new Date(now.getTime() + 60_000))))).toEqual([0, 0]);

      // the next day: one more each
      const tomorrow = new Date(now.getTime() + DAY);
      const toldTomorrow = await Promise.all(digests.map((d) => d.send(tomorrow)));
      expect(toldTomorrow[0]! + toldTomorrow[1]!).toBe(2);
      expect(await digestsIn(A)).toHaveLength(2);
      await eventually(() => expect(digestMails(A)).toHaveLength(2));
      await new Promise((r) => setTimeout(r, 300));
      expect(digestMails(A)).toHaveLength(2);
      const rows = await rig.query(`SELECT channel, status, count(*)::int AS n FROM notification.delivery WHERE rule_id = 'leader-digest' GROUP BY channel, status ORDER BY channel`);
      expect(rows).toEqual([
        { channel: 'email', status: 'sent', n: 2 },
        { channel: 'inbox', status: 'sent', n: 4 },
      ]);
    });
  });

  describe('exactly once', () => {
    it('the same event published twice (different msgIDs, so JetStream stores both): one delivery each, one text', async () => {
      const before = rig.sms.requests;
      const p = await rig.register();
      everyone.push(...p.people);
      const again = await rig.publishEnvelope(p.event, randomUUID());
      expect(again.duplicate).toBe(false);
      await rig.consumed(again);
      // the same msgID again is dropped by JetStream itself
      expect((await rig.publishEnvelope(p.event, p.event.id)).duplicate).toBe(true);

      const rows = await rig.settled(p.event.id);
      expect(rows.map((r) => `${r.rule_id} ${r.status}`)).toEqual(['petitioner-registered sent', 'township-registered sent']);
      await new Promise((r) => setTimeout(r, 300));
      expect(rig.sms.received.filter((m) => m.messageId === rows[0]!.id)).toHaveLength(1);
      expect(rig.sms.requests - before).toBe(1);
      const officer = await rig.token('township-officer', QINGSHUI);
      expect((await rig.inbox(officer)).filter((m) => m.link === `/petitions/${p.petitionId}`)).toHaveLength(1);
    });

    it('a burst of events, each delivered twice, across two replicas dispatching at once: everyone told exactly once', async () => {
      const before = { requests: rig.sms.requests, received: rig.sms.received.length };
      const petitions = Array.from({ length: 15 }, () => rig.petition());
      for (const p of petitions) everyone.push(...p.people);
      const envelopes = petitions.map((p) =>
        rig.envelope(PetitionRegisteredV1, {
          petitionId: p.petitionId,
          channel: 'phone',
          receivedAt: new Date().toISOString(),
          townshipCode: QINGSHUI,
          categoryCode: 'labour-wages',
          registeredAtLevel: 'township',
          headcount: 1,
          flags: { collective: false, repeat: false, skipLevel: false },
          isAccusation: false,
          petitionerRefs: [`pr_${p.petitionId.slice(0, 8)}`],
        }),
      );
      // both copies of every event at once, in a scrambled order, while the test also runs dispatcher passes on both replicas
      const copies = envelopes.flatMap((e) => [e, e]).sort(() => Math.random() - 0.5);
      const dispatchers = rig.replicas.map((r) => r.app.get(Dispatcher));
      let racing = true;
      const passes = (async () => {
        while (racing) await Promise.all(dispatchers.map((d) => d.dispatch()));
      })();
      const acks: PubAck[] = await Promise.all(copies.map((e) => rig.publishEnvelope(e, randomUUID())));
      expect(acks.every((a) => !a.duplicate)).toBe(true);
      await rig.consumed(acks.reduce((a, b) => (a.seq > b.seq ? a : b)));
      const rows = (await Promise.all(envelopes.map((e) => rig.settled(e.id)))).flat();
      racing = false;
      await passes;
      await new Promise((r) => setTimeout(r, 300));

      expect(rows).toHaveLength(30);
      const texts = rows.filter((r) => r.channel === 'sms');
      expect(texts).toHaveLength(15);
      for (const row of texts) expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      const received = rig.sms.received.slice(before.received);
      expect(received.map((m) => m.messageId).sort()).toEqual(texts.map((r) => r.id).sort());
      expect(rig.sms.requests - before.requests).toBe(15);
      expect(received.map((m) => m.to).sort()).toEqual(petitions.map((p) => p.people[0]!.phone).sort());

      const inbox = await rig.inbox(await rig.token('township-officer', QINGSHUI));
      for (const p of petitions) expect(inbox.filter((m) => m.link === `/petitions/${p.petitionId}`)).toHaveLength(1);
      expect(await rig.count(`SELECT count(*) FROM notification.inbox WHERE event_id = ANY($1::uuid[])`, [envelopes.map((e) => e.id)])).toBe(15);
    });

    it('a casework event delivered twice: the unit’s officer gets one email', async () => {
      const p = rig.petition();
      everyone.push(...p.people);
      const caseId = randomUUID();
      const event = await rig.publish(CaseTransferredV1, { ...CaseTransferredV1.sample, caseId, petitionId: p.petitionId });
      await rig.consumed(await rig.publishEnvelope(event, randomUUID()));
      const rows = await rig.settled(event.id);
      expect(rows.map((r) => r.rule_id)).toEqual(['petitioner-transferred', 'unit-transferred-email', 'unit-transferred-inbox']);
      await new Promise((r) => setTimeout(r, 300));
      const email = rows.find((r) => r.channel === 'email')!;
      expect(mailsOf(rig.mail, email.id)).toHaveLength(1);
      expect(rig.mail.received.filter((m) => m.to.includes(emailOf('zrj-li')) && m.text.includes(caseId))).toHaveLength(1);
    });
  });

  it('keeps no personal data of petitioners, only masked recipients', async () => {
    await expectNoPersonalData(rig, everyone);
  });
});
