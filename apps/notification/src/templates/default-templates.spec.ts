import { DirectoryPublishedV1, EVENT_CONTRACTS, parseSubject } from '#contracts';
import { messageValues } from '../deliveries/message-values.js';
import type { Names } from '../directory/names.service.js';
import { DEFAULT_RULES } from '../rules/default-rules.js';
import { channelAllowed } from '../rules/domain/rules.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { placeholders, render } from './domain/render.js';

/** Names as notification keeps them, from the directory event's sample. */
function namesOf(directory: DirectoryPublishedV1): Names {
  return {
    county: directory.countyName,
    township: (code) => directory.townships.find((t) => t.code === code)?.name,
    unit: (code) => {
      const u = directory.units.find((x) => x.code === code);
      return u && { name: u.name, kind: u.kind, townshipCode: u.townshipCode ?? null };
    },
    category: (code) => directory.categories.find((c) => c.code === code)?.name,
  };
}

const names = namesOf(DirectoryPublishedV1.sample);
const CJK = /[\u4e00-\u9fff]/;
const templateByKey = new Map(DEFAULT_TEMPLATES.map((t) => [t.key, t]));

/** What the sender adds: the petitioner's tracking code (from intake), the staff member's name. */
const recipientExtras = (channel: string) => (channel === 'sms' ? { trackingCode: 'K7M2Q-XR9TB-H4WZP' } : { recipientName: '张三' });

describe('the default rules', () => {
  it('have unique ids', () => {
    expect(new Set(DEFAULT_RULES.map((r) => r.id)).size).toBe(DEFAULT_RULES.length);
  });

  it.each(DEFAULT_RULES.map((r) => [r.id, r] as const))('%s: a published event, a template of its channel, a recipient that channel may reach', (_, rule) => {
    const contract = EVENT_CONTRACTS.find((c) => c.subject === rule.eventSubject);
    expect(contract).toBeDefined();
    expect(templateByKey.get(rule.templateKey)?.channel).toBe(rule.channel);
    expect(channelAllowed(rule.recipients, rule.channel)).toBe(true);
    expect(rule.enabled).toBe(true);
    if (rule.condition) expect(Object.keys(contract!.sample)).toContain(rule.condition.field);
    // the petitioner is found by the petition, so the event must carry one
    if (rule.recipients === 'petitioner') expect(Object.keys(contract!.sample)).toContain('petitionId');
  });

  it('tell the petitioner by text message on registration, refusal, transfer, assignment, acceptance, rejection, extension, reply and the review decisions', () => {
    const told = DEFAULT_RULES.filter((r) => r.recipients === 'petitioner').map((r) => parseSubject(r.eventSubject).event);
    expect(told.sort()).toEqual(['accepted', 'assigned', 'deadline-extended', 'refused', 'registered', 'rejected', 'replied', 'review-decided', 'review-decided', 'transferred']);
  });

  it('use every template but the leaders’ digest, which the digest sends itself', () => {
    const used = new Set(DEFAULT_RULES.map((r) => r.templateKey));
    expect(DEFAULT_TEMPLATES.filter((t) => !used.has(t.key)).map((t) => t.key)).toEqual(['leader.digest', 'leader.digest.email']);
  });
});

describe('every default template renders against its event’s contract sample', () => {
  const cases = DEFAULT_RULES.map((r) => [r.templateKey, r.eventSubject, r] as const);

  it.each(cases)('%s for %s: Chinese text, no placeholder missing or left over', (key, subject, rule) => {
    const template = templateByKey.get(key)!;
    const contract = EVENT_CONTRACTS.find((c) => c.subject === subject)!;
    const payload = contract.sample as Record<string, unknown>;
    const envelope = { townshipCode: (payload.townshipCode as string | undefined) ?? '430599101000', type: parseSubject(subject).type, payload };
    const rendered = render(template, messageValues(envelope, names, 'https://xinfang.example.gov.cn', recipientExtras(rule.channel)));
    expect(rendered.missing).toEqual([]);
    expect(rendered.body).toMatch(CJK);
    expect(`${rendered.subject ?? ''}${rendered.body}`).not.toMatch(/\{\{|\}\}|undefined|null|NaN|Invalid/);
    if (template.channel === 'sms') {
      expect(rendered.subject).toBeNull();
      expect(rendered.body.startsWith('【清溪县信访局】')).toBe(true);
      expect(rendered.body).toContain('K7M2Q-XR9TB-H4WZP');
    } else {
      expect(rendered.subject).toMatch(CJK);
    }
    // a reason is told as one sentence, never with a doubled full stop
    expect(rendered.body).not.toMatch(/。。/);
  });

  it.each(['leader.digest', 'leader.digest.email'])('%s with a digest’s values', (key) => {
    const rendered = render(templateByKey.get(key)!, { count: 2, items: '1. 清水镇案件，到期：2026-03-20', recipientName: '张三', county: '清溪县' });
    expect(rendered.missing).toEqual([]);
    expect(rendered.subject).toContain('（2件）');
    expect(rendered.body).toContain('1. 清水镇案件，到期：2026-03-20');
  });

  it('tells the petitioner the facts of the event, in Chinese, on China dates', () => {
    const sample = (subject: string) => EVENT_CONTRACTS.find((c) => c.subject === subject)!.sample as Record<string, unknown>;
    const text = (key: string, subject: string) =>
      render(templateByKey.get(key)!, messageValues({ townshipCode: '430599101000', type: parseSubject(subject).type, payload: sample(subject) }, names, 'https://x', { trackingCode: 'K7M2Q-XR9TB-H4WZP' })).body;
    expect(text('petitioner.registered', 'intake.petition.registered.v1')).toBe('【清溪县信访局】您反映的信访事项已于2026年3月2日登记，查询码 K7M2Q-XR9TB-H4WZP，可凭查询码查询办理进度、评价办理结果，请妥善保存。');
    expect(text('petitioner.accepted', 'casework.case.accepted.v1')).toBe('【清溪县信访局】县自然资源局已受理您的信访事项，将于2026年5月9日前作出书面答复。查询码 K7M2Q-XR9TB-H4WZP。');
    expect(text('petitioner.extended', 'casework.case.deadline-extended.v1')).toBe(
      '【清溪县信访局】您的信访事项办理期限延长30日，至2026年6月8日。延期理由：涉及地块权属需重新测绘，测绘报告预计四月底完成。查询码 K7M2Q-XR9TB-H4WZP。',
    );
    expect(text('petitioner.replied', 'casework.case.replied.v1')).toBe(
      '【清溪县信访局】您的信访事项已作出书面答复（支持），请凭查询码 K7M2Q-XR9TB-H4WZP 查看并对办理结果进行评价；如不服，可于2026年5月20日前申请复查。',
    );
  });

  it('uses only the filters render knows', () => {
    for (const t of DEFAULT_TEMPLATES) {
      for (const m of `${t.subject ?? ''}${t.body}`.matchAll(/\{\{\s*[\w.]+\s*\|\s*(\w+)\s*\}\}/g)) expect(['date', 'datetime', 'label', 'sentence']).toContain(m[1]);
      expect(placeholders(t).length).toBeGreaterThan(0);
    }
  });
});
