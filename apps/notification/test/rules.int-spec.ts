import { randomUUID } from 'node:crypto';
import {
  CaseAcceptedV1,
  CaseAssignedV1,
  CaseEscalatedV1,
  CaseOpenedV1,
  CaseOverdueV1,
  CaseRejectedV1,
  CaseRepliedV1,
  ReviewDecidedV1,
  CaseSupervisedV1,
  CaseTransferredV1,
  DeadlineApproachingV1,
  DeadlineExtendedV1,
  EVENT_CONTRACTS,
  LeaderTookOwnershipV1,
  PetitionRefusedV1,
  ZeroReportMissingV1,
  type EventEnvelope,
} from '#contracts';
import type { Role } from '#platform';
import { DEFAULT_RULES } from '../src/rules/default-rules.js';
import { DEFAULT_TEMPLATES } from '../src/templates/default-templates.js';
import { chinaDate, emailOf, expectNoPersonalData, mailsOf, mask, NotificationRig, petitioner, QINGSHUI, SHIMEN, STAFF_APP_URL, type DeliveryRow, type Petitioner } from './support.js';

/** A staff member as a token: role, township or unit, account id. */
type Who = [Role, string | undefined, string];
const QS_OFFICER: Who = ['township-officer', QINGSHUI, 'qs-chen'];
const QS_OFFICER_2: Who = ['township-officer', QINGSHUI, 'qs-officer-02'];
const QS_LEADER: Who = ['leader', QINGSHUI, 'leader-qingshui-01'];
const QS_LEADER_2: Who = ['leader', QINGSHUI, 'leader-qingshui-02'];
const SM_OFFICER: Who = ['township-officer', SHIMEN, 'sm-zhou'];
const ZRJ: Who = ['department-officer', 'dept-natural-resources', 'zrj-wang'];
const RSJ: Who = ['department-officer', 'dept-hrss', 'rsj-zhao'];
const ADMIN: Who = ['county-admin', undefined, 'admin-sun'];
const ADMIN_2: Who = ['county-admin', undefined, 'admin-zhang'];

interface SmsExpectation {
  kind: 'sms';
  mobiles: string[];
  text: string;
}
interface InboxExpectation {
  kind: 'inbox';
  title: string;
  body: string;
  link: string | null;
  seenBy: Who[];
  notSeenBy: Who[];
}
interface EmailExpectation {
  kind: 'email';
  /** Account ids, each told once. */
  to: string[];
  subject: string;
  contains: string[];
}
type Expectation = SmsExpectation | InboxExpectation | EmailExpectation;

interface Scenario {
  name: string;
  subject: string;
  run(): Promise<{ event: EventEnvelope<object>; rules: Record<string, Expectation> }>;
}

/** Masked as the delivery log shows staff: first character of the name, first letter of the address. */
const maskedStaff = (accountId: string, name: string) => {
  const [user, domain] = emailOf(accountId).split('@');
  return `${name[0]}${'*'.repeat([...name].length - 1)} ${user![0]}***@${domain}`;
};
const STAFF_NAMES: Record<string, string> = { 'zrj-li': '李国华', 'qs-chen': '陈敏', 'leader-qingshui-01': '刘建军', 'leader-qingshui-02': '黄永红', 'admin-sun': '孙伟' };

/**
 * Every default rule fires once for its event: each scenario publishes one event as intake or
 * casework would and checks each delivery its rules ask for — the petitioner's text at the fake
 * gateway, inbox messages visible to the right staff and no one else, emails at the SMTP sink —
 * in the rendered Chinese. Then rules and templates as data, the delivery log and personal data.
 */
describe('notification rules, end to end', () => {
  let rig: NotificationRig;
  const everyone: Petitioner[] = [];
  const fired = new Set<string>();
  let smsExpected = 0;
  let emailsExpected = 0;
  const caseC = { caseId: randomUUID(), petitionId: '' };
  const caseD = { caseId: randomUUID(), petitionId: '' };
  let trackingC = '';

  const token = (who: Who) => rig.token(who[0], who[1], who[2]);
  const ids = (c: { caseId: string; petitionId: string }) => ({ caseId: c.caseId, petitionId: c.petitionId });

  beforeAll(async () => {
    rig = await NotificationRig.start();
    await rig.putStaffContacts();
    const c = rig.petition();
    caseC.petitionId = c.petitionId;
    trackingC = c.trackingCode;
    everyone.push(...c.people);
    const d = rig.petition();
    caseD.petitionId = d.petitionId;
    everyone.push(...d.people);
    await rig.publish(CaseOpenedV1, { ...CaseOpenedV1.sample, ...ids(caseC) });
    await rig.publish(CaseOpenedV1, { ...CaseOpenedV1.sample, ...ids(caseD) });
  });

  afterAll(async () => {
    await rig?.close();
  });

  const mobileOfCase = (petitionId: string) => rig.intake.petitions.get(petitionId)!.people[0]!.phone!;

  const scenarios: Scenario[] = [
    {
      name: 'a letter registered in 清水镇',
      subject: 'intake.petition.registered.v1',
      async run() {
        const p = await rig.register();
        everyone.push(...p.people);
        return {
          event: p.event,
          rules: {
            'petitioner-registered': { kind: 'sms', mobiles: [p.people[0]!.phone!], text: `【清溪县信访局】您反映的信访事项已于${chinaDate(p.event.payload.receivedAt)}登记，查询码 ${p.trackingCode}，可凭查询码查询办理进度、评价办理结果，请妥善保存。` },
            'township-registered': {
              kind: 'inbox',
              title: '新登记来信件',
              body: `清水镇${chinaDate(p.event.payload.receivedAt, true)}收到的一件征地拆迁与补偿信访件已登记，请在 15 日内转送、交办或告知信访人。`,
              link: `/petitions/${p.petitionId}`,
              seenBy: [QS_OFFICER, QS_OFFICER_2],
              notSeenBy: [SM_OFFICER, QS_LEADER, ADMIN, ZRJ],
            },
          },
        };
      },
    },
    {
      name: 'a collective skip-level visit: the two representatives are told, not the other four',
      subject: 'intake.petition.registered.v1',
      async run() {
        const group = Array.from({ length: 6 }, () => petitioner());
        const p = await rig.register({
          people: group,
          representatives: [0, 2],
          payload: { channel: 'visit', receivedAt: new Date(Date.now() - 90 * 60_000).toISOString(), registeredAtLevel: 'county', headcount: 6, flags: { collective: true, repeat: false, skipLevel: true } },
        });
        everyone.push(...group);
        return {
          event: p.event,
          rules: {
            'petitioner-registered': { kind: 'sms', mobiles: [group[0]!.phone!, group[2]!.phone!], text: `【清溪县信访局】您反映的信访事项已于${chinaDate(p.event.payload.receivedAt)}登记，查询码 ${p.trackingCode}，可凭查询码查询办理进度、评价办理结果，请妥善保存。` },
            'township-registered': {
              kind: 'inbox',
              title: '新登记来访件（集体访、越级访）',
              body: `清水镇${chinaDate(p.event.payload.receivedAt, true)}收到的一件征地拆迁与补偿信访件已登记，请在 15 日内转送、交办或告知信访人。`,
              link: `/petitions/${p.petitionId}`,
              seenBy: [QS_OFFICER],
              notSeenBy: [SM_OFFICER, ADMIN],
            },
          },
        };
      },
    },
    {
      name: 'a petition refused at intake as final after re-review',
      subject: 'intake.petition.refused.v1',
      async run() {
        const p = rig.petition();
        everyone.push(...p.people);
        const event = await rig.publish(PetitionRefusedV1, { ...PetitionRefusedV1.sample, petitionId: p.petitionId, linkedPetitionId: randomUUID() });
        return {
          event,
          rules: {
            'petitioner-refused': { kind: 'sms', mobiles: [p.people[0]!.phone!], text: `【清溪县信访局】您反映的事项已复核终结，依据《信访工作条例》第三十六条，以同一事实和理由提出的不再受理。查询码 ${p.trackingCode}。` },
          },
        };
      },
    },
    {
      name: 'the case transferred to 县自然资源局',
      subject: 'casework.case.transferred.v1',
      async run() {
        const event = await rig.publish(CaseTransferredV1, { ...CaseTransferredV1.sample, ...ids(caseC) });
        return {
          event,
          rules: {
            'petitioner-transferred': { kind: 'sms', mobiles: [mobileOfCase(caseC.petitionId)], text: `【清溪县信访局】您的信访事项已转送县自然资源局办理，该单位将在收到之日起15日内告知是否受理。查询码 ${trackingC}。` },
            'unit-transferred-inbox': {
              kind: 'inbox',
              title: '新转送信访件：清水镇',
              body: '县信访局将一件清水镇的信访件转送至县自然资源局。请于2026年3月20日前作出是否受理的决定；如认为不属本单位职责，请于2026年3月12日前提出异议。',
              link: `/cases/${caseC.caseId}`,
              seenBy: [ZRJ],
              notSeenBy: [RSJ, ADMIN, QS_OFFICER, QS_LEADER],
            },
            'unit-transferred-email': {
              kind: 'email',
              to: ['zrj-li'],
              subject: '【信访】新转送信访件：清水镇',
              contains: ['李国华：\n\n县信访局将一件清水镇的信访件转送至县自然资源局。请于2026年3月20日前作出是否受理的决定；如认为不属本单位职责，请于2026年3月12日前提出异议。', `请登录信访工作平台查看案件：${STAFF_APP_URL}/cases/${caseC.caseId}`],
            },
          },
        };
      },
    },
    {
      name: 'the case accepted',
      subject: 'casework.case.accepted.v1',
      async run() {
        const event = await rig.publish(CaseAcceptedV1, { ...CaseAcceptedV1.sample, ...ids(caseC) });
        return {
          event,
          rules: { 'petitioner-accepted': { kind: 'sms', mobiles: [mobileOfCase(caseC.petitionId)], text: `【清溪县信访局】县自然资源局已受理您的信访事项，将于2026年5月9日前作出书面答复。查询码 ${trackingC}。` } },
        };
      },
    },
    {
      name: 'a leader takes ownership',
      subject: 'casework.case.leader-took-ownership.v1',
      async run() {
        const event = await rig.publish(LeaderTookOwnershipV1, { ...LeaderTookOwnershipV1.sample, ...ids(caseC), leaderId: 'leader-qingshui-01' });
        return {
          event,
          rules: {
            'owner-ownership-inbox': {
              kind: 'inbox',
              title: '您已包案一件信访案件',
              body: '您已包案清水镇的一件信访案件，请对该案负责到底，按期化解。',
              link: `/cases/${caseC.caseId}`,
              seenBy: [QS_LEADER],
              notSeenBy: [QS_LEADER_2, QS_OFFICER, ADMIN, ZRJ],
            },
            'owner-ownership-email': { kind: 'email', to: ['leader-qingshui-01'], subject: '【信访】领导包案确认', contains: ['刘建军：\n\n您已包案清水镇的一件信访案件，请对该案负责到底，按期化解。', `案件：${STAFF_APP_URL}/cases/${caseC.caseId}`] },
          },
        };
      },
    },
    {
      name: 'the reply deadline extended',
      subject: 'casework.case.deadline-extended.v1',
      async run() {
        const event = await rig.publish(DeadlineExtendedV1, { ...DeadlineExtendedV1.sample, ...ids(caseC) });
        return {
          event,
          rules: {
            'petitioner-extended': {
              kind: 'sms',
              mobiles: [mobileOfCase(caseC.petitionId)],
              text: `【清溪县信访局】您的信访事项办理期限延长30日，至2026年6月8日。延期理由：涉及地块权属需重新测绘，测绘报告预计四月底完成。查询码 ${trackingC}。`,
            },
          },
        };
      },
    },
    {
      name: 'the reply deadline approaching (not a supervision clock: the county is not told)',
      subject: 'casework.case.deadline-approaching.v1',
      async run() {
        const event = await rig.publish(DeadlineApproachingV1, { ...ids(caseC), clock: 'reply', dueAt: '2026-06-08T02:00:00.000Z', handlingUnitCode: 'dept-natural-resources', ownerId: 'leader-qingshui-01' });
        const body = '清水镇一件信访案件的办理答复期限将于2026年6月8日 10:00届满，请抓紧办理。';
        const link = `/cases/${caseC.caseId}`;
        return {
          event,
          rules: {
            'unit-approaching-inbox': { kind: 'inbox', title: '办理答复期限即将届满', body, link, seenBy: [ZRJ], notSeenBy: [RSJ, ADMIN, QS_OFFICER, QS_LEADER_2] },
            'unit-approaching-email': { kind: 'email', to: ['zrj-li'], subject: '【信访】办理答复期限即将届满', contains: [`李国华：\n\n${body}`] },
            'owner-approaching-inbox': { kind: 'inbox', title: '办理答复期限即将届满', body, link, seenBy: [QS_LEADER], notSeenBy: [QS_LEADER_2, ADMIN, QS_OFFICER] },
            'owner-approaching-email': { kind: 'email', to: ['leader-qingshui-01'], subject: '【信访】办理答复期限即将届满', contains: [`刘建军：\n\n${body}`] },
          },
        };
      },
    },
    {
      name: 'a supervision deadline approaching: the county too',
      subject: 'casework.case.deadline-approaching.v1',
      async run() {
        const event = await rig.publish(DeadlineApproachingV1, { ...ids(caseC), clock: 'supervision', dueAt: '2026-05-22T09:00:00.000Z', handlingUnitCode: 'dept-natural-resources', ownerId: 'leader-qingshui-01' });
        const body = '清水镇一件信访案件的督办期限将于2026年5月22日 17:00届满，请抓紧办理。';
        const link = `/cases/${caseC.caseId}`;
        return {
          event,
          rules: {
            'county-supervision-due': { kind: 'inbox', title: '督办期限即将届满', body: '清水镇一件督办案件的督办期限将于2026年5月22日 17:00届满。', link, seenBy: [ADMIN, ADMIN_2], notSeenBy: [QS_OFFICER, QS_LEADER, ZRJ] },
            'unit-approaching-inbox': { kind: 'inbox', title: '督办期限即将届满', body, link, seenBy: [ZRJ], notSeenBy: [RSJ, ADMIN] },
            'unit-approaching-email': { kind: 'email', to: ['zrj-li'], subject: '【信访】督办期限即将届满', contains: [body] },
            'owner-approaching-inbox': { kind: 'inbox', title: '督办期限即将届满', body, link, seenBy: [QS_LEADER], notSeenBy: [QS_LEADER_2, ADMIN] },
            'owner-approaching-email': { kind: 'email', to: ['leader-qingshui-01'], subject: '【信访】督办期限即将届满', contains: [body] },
          },
        };
      },
    },
    {
      name: 'the county supervises the case',
      subject: 'casework.case.supervised.v1',
      async run() {
        const event = await rig.publish(CaseSupervisedV1, { ...CaseSupervisedV1.sample, ...ids(caseC) });
        const body = '县信访局对清水镇一件信访案件督办：超期未答复，督促限期办结。请于2026年5月22日前办结并报送结果。';
        return {
          event,
          rules: {
            'unit-supervised-inbox': { kind: 'inbox', title: '县信访局督办', body, link: `/cases/${caseC.caseId}`, seenBy: [ZRJ], notSeenBy: [RSJ, ADMIN, QS_OFFICER] },
            'unit-supervised-email': { kind: 'email', to: ['zrj-li'], subject: '【信访】督办通知', contains: [`李国华：\n\n${body}`] },
          },
        };
      },
    },
    {
      name: 'the case overdue',
      subject: 'casework.case.overdue.v1',
      async run() {
        const event = await rig.publish(CaseOverdueV1, { ...ids(caseC), clock: 'reply', dueAt: '2026-06-08T02:00:00.000Z', handlingUnitCode: 'dept-natural-resources', ownerId: 'leader-qingshui-01' });
        const body = '清水镇一件信访案件的办理答复期限已于2026年6月8日 10:00届满，案件已超期，请立即办理。';
        const link = `/cases/${caseC.caseId}`;
        return {
          event,
          rules: {
            'unit-overdue-inbox': { kind: 'inbox', title: '案件已超期：办理答复', body, link, seenBy: [ZRJ], notSeenBy: [RSJ, ADMIN, QS_OFFICER, QS_LEADER_2] },
            'unit-overdue-email': { kind: 'email', to: ['zrj-li'], subject: '【信访】案件已超期：办理答复', contains: [`李国华：\n\n${body}`] },
            'owner-overdue-inbox': { kind: 'inbox', title: '案件已超期：办理答复', body, link, seenBy: [QS_LEADER], notSeenBy: [QS_LEADER_2, ADMIN, QS_OFFICER] },
            'owner-overdue-email': { kind: 'email', to: ['leader-qingshui-01'], subject: '【信访】案件已超期：办理答复', contains: [`刘建军：\n\n${body}`] },
          },
        };
      },
    },
    {
      name: 'the overdue case escalated',
      subject: 'casework.case.escalated.v1',
      async run() {
        const event = await rig.publish(CaseEscalatedV1, { ...CaseEscalatedV1.sample, ...ids(caseC) });
        const body = '清水镇一件信访案件已升级（督办）：答复期限已过 3 日，转入督办。';
        return {
          event,
          rules: {
            'county-escalated-inbox': { kind: 'inbox', title: '超期案件升级：督办', body, link: `/cases/${caseC.caseId}`, seenBy: [ADMIN, ADMIN_2], notSeenBy: [QS_OFFICER, QS_LEADER, ZRJ, SM_OFFICER] },
            'county-escalated-email': { kind: 'email', to: ['admin-sun'], subject: '【信访】超期案件升级：督办', contains: [`孙伟：\n\n${body}`, `案件：${STAFF_APP_URL}/cases/${caseC.caseId}`] },
          },
        };
      },
    },
    {
      name: 'the unit replies',
      subject: 'casework.case.replied.v1',
      async run() {
        const event = await rig.publish(CaseRepliedV1, { ...CaseRepliedV1.sample, ...ids(caseC) });
        return {
          event,
          rules: {
            'petitioner-replied': {
              kind: 'sms',
              mobiles: [mobileOfCase(caseC.petitionId)],
              text: `【清溪县信访局】您的信访事项已作出书面答复（支持），请凭查询码 ${trackingC} 查看并对办理结果进行评价；如不服，可于2026年5月20日前申请复查。`,
            },
          },
        };
      },
    },
    {
      name: 'the review is decided (not final): the petitioner is told until when to ask for re-review',
      subject: 'casework.case.review-decided.v1',
      async run() {
        const event = await rig.publish(ReviewDecidedV1, { ...ids(caseC), stage: 'review', outcome: 'upheld', decidedAt: '2026-06-01T02:00:00.000Z', final: false, reviewRequestBy: '2026-07-01T15:59:59.999Z' });
        return {
          event,
          rules: {
            'petitioner-review-decided': {
              kind: 'sms',
              mobiles: [mobileOfCase(caseC.petitionId)],
              text: `【清溪县信访局】您申请复查的信访事项已作出复查意见（维持原处理意见），请凭查询码 ${trackingC} 查看；如不服，可于2026年7月1日前申请复核。`,
            },
          },
        };
      },
    },
    {
      name: 'the re-review is decided: the matter is final',
      subject: 'casework.case.review-decided.v1',
      async run() {
        const event = await rig.publish(ReviewDecidedV1, { ...ids(caseC), stage: 're-review', outcome: 'changed', decidedAt: '2026-07-20T02:00:00.000Z', final: true, reviewRequestBy: null });
        return {
          event,
          rules: {
            'petitioner-re-review-decided': {
              kind: 'sms',
              mobiles: [mobileOfCase(caseC.petitionId)],
              text: `【清溪县信访局】您申请复核的信访事项已作出复核意见（变更原处理意见），该事项已复核终结。查询码 ${trackingC}。`,
            },
          },
        };
      },
    },
    {
      name: 'a case assigned to 清水镇人民政府: its officers and leaders',
      subject: 'casework.case.assigned.v1',
      async run() {
        const event = await rig.publish(CaseAssignedV1, { ...CaseAssignedV1.sample, ...ids(caseD) });
        const tracking = rig.intake.petitions.get(caseD.petitionId)!.trackingCode;
        return {
          event,
          rules: {
            'petitioner-assigned': { kind: 'sms', mobiles: [mobileOfCase(caseD.petitionId)], text: `【清溪县信访局】您的信访事项已交办清水镇人民政府限期办理，该单位将在收到之日起15日内告知是否受理。查询码 ${tracking}。` },
            'unit-assigned-inbox': {
              kind: 'inbox',
              title: '新交办信访件：清水镇',
              body: '县信访局将一件清水镇的信访件交办至清水镇人民政府。请于2026年3月20日前作出是否受理的决定；如认为不属本单位职责，请于2026年3月12日前提出异议。',
              link: `/cases/${caseD.caseId}`,
              seenBy: [QS_OFFICER, QS_LEADER, QS_LEADER_2],
              notSeenBy: [SM_OFFICER, ZRJ, ADMIN],
            },
            'unit-assigned-email': { kind: 'email', to: ['qs-chen', 'leader-qingshui-01', 'leader-qingshui-02'], subject: '【信访】新交办信访件：清水镇', contains: ['县信访局将一件清水镇的信访件交办至清水镇人民政府。'] },
          },
        };
      },
    },
    {
      name: 'a case rejected by 县委政法委 (a legal procedure)',
      subject: 'casework.case.rejected.v1',
      async run() {
        const p = rig.petition();
        everyone.push(...p.people);
        const event = await rig.publish(CaseRejectedV1, { ...CaseRejectedV1.sample, caseId: randomUUID(), petitionId: p.petitionId });
        return {
          event,
          rules: {
            'petitioner-rejected': {
              kind: 'sms',
              mobiles: [p.people[0]!.phone!],
              text: `【清溪县信访局】县委政法委（涉法涉诉）对您的信访事项决定不予受理，理由：该事项已由县人民法院作出生效判决，应通过申请再审等法律程序解决。查询码 ${p.trackingCode}。`,
            },
          },
        };
      },
    },
    {
      name: '石门镇 missed a zero report',
      subject: 'casework.zero-report.missing.v1',
      async run() {
        const event = await rig.publish(ZeroReportMissingV1, { periodId: randomUUID(), periodName: '2026年春节期间', townshipCode: SHIMEN, date: '2026-02-16', deadlineAt: '2026-02-16T09:00:00.000Z' });
        return {
          event,
          rules: {
            'township-zero-report-missing': { kind: 'inbox', title: '零报告未报送', body: '石门镇2026年2月16日的零报告（2026年春节期间）尚未报送，请立即补报。', link: null, seenBy: [SM_OFFICER], notSeenBy: [QS_OFFICER, ADMIN] },
          },
        };
      },
    },
  ];

  async function check(rule: string, rows: DeliveryRow[], expected: Expectation): Promise<void> {
    const mine = rows.filter((r) => r.rule_id === rule);
    for (const row of mine) {
      expect(row).toMatchObject({ status: 'sent', channel: expected.kind, template_version: 1, last_error: null });
    }
    switch (expected.kind) {
      case 'sms': {
        expect(mine).toHaveLength(1);
        const row = mine[0]!;
        expect(row.attempts).toBe(1);
        expect(row.recipient_masked).toBe(expected.mobiles.map(mask).join('、'));
        const messages = rig.sms.received.filter((m) => m.messageId === row.id || m.messageId.startsWith(`${row.id}-`));
        expect(messages.map((m) => m.to).sort()).toEqual([...expected.mobiles].sort());
        for (const m of messages) expect(m.text).toBe(expected.text);
        smsExpected += expected.mobiles.length;
        break;
      }
      case 'inbox': {
        expect(mine).toHaveLength(1);
        const same = (m: { title: string; body: string; link: string | null }) => m.title === expected.title && m.body === expected.body && m.link === expected.link;
        for (const who of expected.seenBy) expect({ who: who[2], count: (await rig.inbox(await token(who))).filter(same).length }).toEqual({ who: who[2], count: 1 });
        for (const who of expected.notSeenBy) expect({ who: who[2], count: (await rig.inbox(await token(who))).filter(same).length }).toEqual({ who: who[2], count: 0 });
        break;
      }
      case 'email': {
        expect(mine.map((r) => r.recipient_key).sort()).toEqual(expected.to.map((a) => `account:${a}`).sort());
        for (const row of mine) {
          const accountId = row.recipient_key.slice('account:'.length);
          expect(row.recipient_masked).toBe(maskedStaff(accountId, STAFF_NAMES[accountId]!));
          const mails = mailsOf(rig.mail, row.id);
          expect(mails).toHaveLength(1);
          expect(mails[0]!.to).toEqual([emailOf(accountId)]);
          expect(mails[0]!.subject).toBe(expected.subject);
          const text = mails[0]!.text.replace(/\r\n/g, '\n');
          for (const fragment of expected.contains) expect(text).toContain(fragment);
        }
        emailsExpected += expected.to.length;
        break;
      }
    }
  }

  it('an event no rule names tells nobody (the case opened before each scenario)', async () => {
    expect(await rig.deliveries({ caseId: caseC.caseId })).toEqual([]);
  });

  describe('each default rule fires once for its event', () => {
    it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
      const { event, rules } = await scenario.run();
      const payload = event.payload as Record<string, unknown>;
      const ruleIds = DEFAULT_RULES.filter((r) => r.eventSubject === scenario.subject && (!r.condition || payload[r.condition.field] === r.condition.equals)).map((r) => r.id);
      // the scenario covers exactly the rules the data says fire
      expect(Object.keys(rules).sort()).toEqual([...ruleIds].sort());
      const rows = await rig.settled(event.id);
      expect([...new Set(rows.map((r) => r.rule_id))].sort()).toEqual([...ruleIds].sort());
      for (const row of rows) expect(row.event_subject).toBe(scenario.subject);
      for (const [rule, expected] of Object.entries(rules)) {
        await check(rule, rows, expected);
        fired.add(rule);
      }
    });

    it('covers every default rule, and nothing was sent twice or to anyone else', () => {
      expect([...fired].sort()).toEqual(DEFAULT_RULES.map((r) => r.id).sort());
      expect(rig.sms.received).toHaveLength(smsExpected);
      // every request the gateway saw was a message it kept: no repeat sends hidden by its dedup
      expect(rig.sms.requests).toBe(smsExpected);
      expect(rig.mail.received).toHaveLength(emailsExpected);
      // staff outside the units and townships concerned got no mail
      const told = new Set(rig.mail.received.flatMap((m) => m.to));
      expect(told.has(emailOf('rsj-zhao'))).toBe(false);
      expect(told.has(emailOf('sm-zhou'))).toBe(false);
    });
  });

  it('tells a person once per event and template, even when two rules name them (unit officer and owner alike)', async () => {
    // the case is with 清水镇人民政府, whose leader 刘建军 also owns it
    const owned = await rig.publish(LeaderTookOwnershipV1, { ...LeaderTookOwnershipV1.sample, ...ids(caseD), leaderId: 'leader-qingshui-01' });
    await rig.settled(owned.id);
    const before = rig.mail.received.filter((m) => m.to.includes(emailOf('leader-qingshui-01'))).length;
    const event = await rig.publish(CaseOverdueV1, { ...ids(caseD), clock: 'acceptance-notice', dueAt: '2026-03-20T02:00:00.000Z', handlingUnitCode: `twp-${QINGSHUI}`, ownerId: 'leader-qingshui-01' });
    const rows = await rig.settled(event.id);
    const emails = rows.filter((r) => r.channel === 'email');
    expect(emails.map((r) => r.recipient_key).sort()).toEqual(['account:leader-qingshui-01', 'account:leader-qingshui-02', 'account:qs-chen']);
    await new Promise((r) => setTimeout(r, 300));
    expect(rig.mail.received.filter((m) => m.to.includes(emailOf('leader-qingshui-01'))).length - before).toBe(1);
  });

  describe('the delivery log (GET /api/deliveries)', () => {
    it('shows county staff what was sent to whom, recipients masked', async () => {
      const res = await rig.admin('GET', `/api/deliveries?caseId=${caseC.caseId}`);
      expect(res.status).toBe(200);
      const rows = await rig.deliveries({ caseId: caseC.caseId });
      expect(res.body.items).toHaveLength(rows.length);
      for (const item of res.body.items) {
        expect(item).toMatchObject({ caseId: caseC.caseId, petitionId: caseC.petitionId, status: 'sent', templateVersion: 1 });
        if (item.channel === 'sms') expect(item.recipient).toBe(mask(mobileOfCase(caseC.petitionId)));
        if (item.channel === 'email') expect(item.recipient).toMatch(/^\S\** \S\*\*\*@[\w.]+$/);
      }
      expect(new Set(res.body.items.map((i: { channel: string }) => i.channel))).toEqual(new Set(['sms', 'email', 'inbox']));
      const sms = await rig.admin('GET', `/api/deliveries?caseId=${caseC.caseId}&channel=sms&status=sent`);
      expect(sms.body.items.map((i: { eventSubject: string }) => i.eventSubject).sort()).toEqual(
        ['casework.case.accepted.v1', 'casework.case.deadline-extended.v1', 'casework.case.replied.v1', 'casework.case.review-decided.v1', 'casework.case.review-decided.v1', 'casework.case.transferred.v1'].sort(),
      );
    });

    it('is scoped to the township, and closed to other roles and to anonymous callers', async () => {
      const own = await rig.http('GET', `/api/deliveries?caseId=${caseC.caseId}`, { token: await token(QS_OFFICER) });
      expect(own.body.items.length).toBeGreaterThan(0);
      const other = await rig.http('GET', `/api/deliveries?caseId=${caseC.caseId}`, { token: await token(SM_OFFICER) });
      expect(other).toMatchObject({ status: 200, body: { items: [] } });
      expect((await rig.http('GET', '/api/deliveries', { token: await token(ZRJ) })).status).toBe(403);
      expect((await rig.http('GET', '/api/deliveries')).status).toBe(401);
      const bad = await rig.admin('GET', '/api/deliveries?caseId=not-a-case&status=lost');
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['caseId', 'status']);
    });
  });

  describe('the inbox', () => {
    it('marks a message read for its reader only, and hides others’ messages', async () => {
      const leader = await token(QS_LEADER);
      const [message] = (await rig.inbox(leader)).filter((m) => m.title === '您已包案一件信访案件' && m.link === `/cases/${caseC.caseId}`);
      const unread = (await rig.http('GET', '/api/inbox', { token: leader })).body.unread;
      expect((await rig.http('POST', `/api/inbox/${message!.id}/read`, { token: leader })).status).toBe(204);
      // twice is fine
      expect((await rig.http('POST', `/api/inbox/${message!.id}/read`, { token: leader })).status).toBe(204);
      const after = await rig.http('GET', '/api/inbox', { token: leader });
      expect(after.body.unread).toBe(unread - 1);
      expect(after.body.items.find((m: { id: string }) => m.id === message!.id).readAt).not.toBeNull();
      // not the other leader's message to read, nor to know of
      expect((await rig.http('POST', `/api/inbox/${message!.id}/read`, { token: await token(QS_LEADER_2) })).status).toBe(404);
      expect((await rig.http('POST', `/api/inbox/${randomUUID()}/read`, { token: leader })).status).toBe(404);
      expect((await rig.http('POST', '/api/inbox/nope/read', { token: leader })).status).toBe(404);
      expect((await rig.http('GET', '/api/inbox')).status).toBe(401);
    });
  });

  describe('rules as data (PUT /api/rules)', () => {
    const asInput = (r: (typeof DEFAULT_RULES)[number]) => ({ ...r, condition: r.condition ?? undefined });

    it('lists the default rules', async () => {
      const res = await rig.admin('GET', '/api/rules');
      expect(res.status).toBe(200);
      expect(res.body.rules.map((r: { id: string }) => r.id).sort()).toEqual(DEFAULT_RULES.map((r) => r.id).sort());
    });

    it('a disabled rule stops, a removed rule is gone, the others go on; restoring brings them back', async () => {
      const changed = DEFAULT_RULES.filter((r) => r.id !== 'owner-ownership-email').map((r) => asInput(r.id === 'petitioner-accepted' ? { ...r, enabled: false } : r));
      const put = await rig.admin('PUT', '/api/rules', { rules: changed });
      expect(put.status).toBe(200);
      expect(put.body.rules.find((r: { id: string }) => r.id === 'petitioner-accepted').enabled).toBe(false);

      const p = rig.petition();
      everyone.push(...p.people);
      const c = { caseId: randomUUID(), petitionId: p.petitionId };
      const accepted = await rig.publish(CaseAcceptedV1, { ...CaseAcceptedV1.sample, ...c });
      const owned = await rig.publish(LeaderTookOwnershipV1, { ...LeaderTookOwnershipV1.sample, ...c, leaderId: 'leader-qingshui-02' });
      expect(await rig.settled(accepted.id)).toEqual([]);
      expect((await rig.settled(owned.id)).map((r) => r.rule_id)).toEqual(['owner-ownership-inbox']);

      expect((await rig.admin('PUT', '/api/rules', { rules: DEFAULT_RULES.map(asInput) })).status).toBe(200);
      const again = await rig.publish(CaseAcceptedV1, { ...CaseAcceptedV1.sample, ...c, acceptedAt: new Date().toISOString() });
      expect((await rig.settled(again.id)).map((r) => r.rule_id)).toEqual(['petitioner-accepted']);
    });

    it('a rule with a condition fires only when the payload matches', async () => {
      const rules = [...DEFAULT_RULES.map(asInput), { id: 'county-long-extension', eventSubject: 'casework.case.deadline-extended.v1', recipients: 'county-admins', channel: 'inbox', templateKey: 'staff.supervised', condition: { field: 'days', equals: 30 }, enabled: true, description: '延期 30 日告知县信访局' }];
      expect((await rig.admin('PUT', '/api/rules', { rules })).status).toBe(200);
      const long = await rig.publish(DeadlineExtendedV1, { ...DeadlineExtendedV1.sample, ...ids(caseC), days: 30 });
      const short = await rig.publish(DeadlineExtendedV1, { ...DeadlineExtendedV1.sample, ...ids(caseC), days: 10 });
      expect((await rig.settled(long.id)).map((r) => r.rule_id).sort()).toEqual(['county-long-extension', 'petitioner-extended']);
      expect((await rig.settled(short.id)).map((r) => r.rule_id)).toEqual(['petitioner-extended']);
      expect((await rig.admin('PUT', '/api/rules', { rules: DEFAULT_RULES.map(asInput) })).status).toBe(200);
    });

    it('refuses invalid rules with 400 naming each field, and keeps the rules as they were', async () => {
      const valid = DEFAULT_RULES.map(asInput);
      const res = await rig.admin('PUT', '/api/rules', {
        rules: [
          ...valid,
          { id: 'petitioner-by-email', eventSubject: 'casework.case.accepted.v1', recipients: 'petitioner', channel: 'email', templateKey: 'staff.routed.email', enabled: true, description: '信访人邮件' },
          { id: 'unknown-template', eventSubject: 'casework.case.accepted.v1', recipients: 'county-admins', channel: 'inbox', templateKey: 'no.such.template', enabled: true, description: '没有的模板' },
          { id: 'wrong-channel-template', eventSubject: 'casework.case.accepted.v1', recipients: 'petitioner', channel: 'sms', templateKey: 'staff.routed', enabled: true, description: '站内信模板用于短信' },
          { id: 'petitioner-accepted', eventSubject: 'casework.case.accepted.v1', recipients: 'petitioner', channel: 'sms', templateKey: 'petitioner.accepted', enabled: true, description: '重复' },
        ],
      });
      const n = valid.length;
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: expect.any(String), message: expect.any(String) });
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([`rules[${n}].channel`, `rules[${n + 1}].templateKey`, `rules[${n + 2}].templateKey`, `rules[${n + 3}].id`].sort());
      for (const e of res.body.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);

      const shape = await rig.admin('PUT', '/api/rules', { rules: [{ ...valid[0], recipients: 'everyone', channel: 'fax', eventSubject: 'accepted' }] });
      expect(shape.status).toBe(400);
      expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['rules[0].channel', 'rules[0].eventSubject', 'rules[0].recipients']);

      const officer = await rig.http('PUT', '/api/rules', { token: await token(QS_OFFICER), body: { rules: valid } });
      expect(officer.status).toBe(403);

      const now = await rig.admin('GET', '/api/rules');
      expect(now.body.rules.map((r: { id: string }) => r.id).sort()).toEqual(DEFAULT_RULES.map((r) => r.id).sort());
      expect(now.body.rules.every((r: { enabled: boolean }) => r.enabled)).toBe(true);
    });
  });

  describe('templates: versions and preview', () => {
    it('previews every default template against its event’s contract sample, in Chinese, with nothing missing', async () => {
      for (const t of DEFAULT_TEMPLATES) {
        const res = await rig.admin('POST', `/api/templates/${t.key}/preview`, {});
        expect({ key: t.key, status: res.status, missing: res.body.missing }).toEqual({ key: t.key, status: 200, missing: [] });
        expect(res.body.version).toBe(1);
        expect(`${res.body.subject ?? ''}${res.body.body}`).not.toMatch(/\{\{|\}\}|undefined|null|NaN/);
        expect(res.body.body).toMatch(/[\u4e00-\u9fff]/);
        // the sample of an event one of its rules names (the digest has none: its own values)
        const subjects = DEFAULT_RULES.filter((r) => r.templateKey === t.key).map((r) => r.eventSubject);
        if (subjects.length) expect(subjects).toContain(res.body.eventSubject);
        else expect(res.body.eventSubject).toBeNull();
        if (t.channel === 'sms') expect(res.body.body.startsWith('【清溪县信访局】')).toBe(true);
      }
    });

    it('previews against a chosen event and values, and reports what a template lacks', async () => {
      const res = await rig.admin('POST', '/api/templates/petitioner.extended/preview', { values: { reason: '需补充现场勘验', days: 15 } });
      expect(res.body).toMatchObject({ key: 'petitioner.extended', missing: [] });
      expect(res.body.body).toContain('办理期限延长15日，至2026年6月8日。延期理由：需补充现场勘验。查询码 K7M2Q-XR9TB-H4WZP。');
      // against an event that lacks what the template needs: the preview says which
      const lacking = await rig.admin('POST', '/api/templates/petitioner.extended/preview', { eventSubject: CaseAcceptedV1.subject });
      expect(lacking.status).toBe(200);
      expect(lacking.body.missing.sort()).toEqual(['days', 'reason']);
      expect((await rig.admin('POST', '/api/templates/no.such/preview', {})).status).toBe(404);
      expect((await rig.admin('POST', '/api/templates/petitioner.extended/preview', { eventSubject: 'not a subject' })).body.errors[0].field).toBe('eventSubject');
    });

    it('a change is a new version; new deliveries record it and are sent with it', async () => {
      const body = '【{{county}}信访局】您的信访事项已由{{unit}}受理，请于{{replyBy|date}}前留意书面答复。查询码 {{trackingCode}}。';
      const put = await rig.admin('PUT', '/api/templates/petitioner.accepted', { body });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ key: 'petitioner.accepted', version: 2, channel: 'sms', subject: null, body, createdBy: 'test-county-admin-county' });
      const history = await rig.admin('GET', '/api/templates/petitioner.accepted');
      expect(history.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const list = await rig.admin('GET', '/api/templates');
      expect(list.body.items.find((t: { key: string }) => t.key === 'petitioner.accepted')).toMatchObject({ version: 2, placeholders: ['county', 'unit', 'replyBy', 'trackingCode'] });

      const p = rig.petition();
      everyone.push(...p.people);
      const event = await rig.publish(CaseAcceptedV1, { ...CaseAcceptedV1.sample, caseId: randomUUID(), petitionId: p.petitionId });
      const [row] = await rig.settled(event.id);
      expect(row).toMatchObject({ rule_id: 'petitioner-accepted', template_version: 2, status: 'sent' });
      const sent = rig.sms.received.filter((m) => m.messageId === row!.id);
      expect(sent.map((m) => m.text)).toEqual([`【清溪县信访局】您的信访事项已由县自然资源局受理，请于2026年5月9日前留意书面答复。查询码 ${p.trackingCode}。`]);
      const log = await rig.admin('GET', `/api/deliveries?petitionId=${p.petitionId}`);
      expect(log.body.items).toMatchObject([{ templateKey: 'petitioner.accepted', templateVersion: 2 }]);
      expect((await rig.admin('POST', '/api/templates/petitioner.accepted/preview', {})).body.version).toBe(2);
    });

    it('refuses a change without a subject for mail and inbox, an unknown template, or a change by other staff', async () => {
      const noSubject = await rig.admin('PUT', '/api/templates/staff.routed', { body: '新件' });
      expect(noSubject.status).toBe(400);
      expect(noSubject.body.errors.map((e: { field: string }) => e.field)).toEqual(['subject']);
      const empty = await rig.admin('PUT', '/api/templates/petitioner.accepted', { body: '' });
      expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['body']);
      expect((await rig.admin('PUT', '/api/templates/no.such', { body: 'x' })).status).toBe(404);
      expect((await rig.http('PUT', '/api/templates/petitioner.accepted', { token: await token(QS_OFFICER), body: { body: 'x' } })).status).toBe(403);
      expect((await rig.admin('GET', '/api/templates/staff.routed')).body.versions).toHaveLength(1);
    });
  });

  it('texts no petitioner about an event long past (a backlog read late, the demo county’s year), and still tells the unit', async () => {
    const routed = async (daysAgo: number) => {
      const p = rig.petition();
      everyone.push(...p.people);
      const envelope = rig.envelope(CaseTransferredV1, { ...CaseTransferredV1.sample, caseId: randomUUID(), petitionId: p.petitionId });
      const dated = { ...envelope, occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() };
      await rig.applied(dated, await rig.publishEnvelope(dated));
      return (await rig.settled(dated.id)).map((r) => `${r.rule_id}:${r.channel}`).filter((r) => !r.endsWith(':email'));
    };
    // PETITIONER_NOTICE_MAX_AGE_DAYS is 7: six days ago is still news to the petitioner, eight days ago is not
    expect(await routed(6)).toEqual(['petitioner-transferred:sms', 'unit-transferred-inbox:inbox']);
    expect(await routed(8)).toEqual(['unit-transferred-inbox:inbox']);
  });

  it('keeps no personal data of petitioners, only masked recipients', async () => {
    expect(everyone.length).toBeGreaterThan(10);
    const masked = await expectNoPersonalData(rig, everyone);
    expect(masked).toEqual(expect.arrayContaining([mask(everyone[0]!.phone!)]));
    // the contact was asked of intake at send time, for each text, with the reason
    const texts = await rig.count(`SELECT count(*) FROM notification.delivery WHERE channel = 'sms' AND status = 'sent'`);
    expect(rig.intake.requests.length).toBeGreaterThanOrEqual(texts);
    expect(rig.intake.requests.every((r) => r.requestedBy === 'notification' && /^sms:(intake|casework)\.[a-z.-]+\.v1$/.test(r.purpose))).toBe(true);
    // every event notification stored is one of the contracts
    const subjects = await rig.query<{ type: string }>(`SELECT DISTINCT type FROM notification.delivery_event`);
    for (const { type } of subjects) expect(EVENT_CONTRACTS.some((c) => c.subject.startsWith(`${type}.v`))).toBe(true);
  });
});
