import type { CaseEvent } from './domain/case-events.js';

const OUTCOMES = { support: '支持', explain: '解释说明', 'not-support': '不予支持' } as const;
const REVIEW_OUTCOMES = { upheld: '维持', changed: '变更', revoked: '撤销' } as const;
const STAGES = { review: '复查', 're-review': '复核' } as const;
const CLOCKS: Record<string, string> = {
  route: '转送告知',
  'acceptance-notice': '受理告知',
  objection: '异议',
  reply: '办理答复',
  'assignment-report': '交办报结',
  'review-request': '申请复查（复核）',
  'review-decision': '复查（复核）意见',
  supervision: '督办',
};
const STEPS = { reminder: '提醒', supervision: '督办', 'report-up': '上报' } as const;
const MEDIATION = { resolved: '调解成功', 'partially-resolved': '部分化解', unresolved: '未能化解' } as const;

/** One line of a case's timeline, in Chinese, for staff. */
export function describeEvent(e: CaseEvent): string {
  switch (e.type) {
    case 'opened':
      return `立案（${e.registeredAtLevel === 'county' ? '县级' : '乡镇'}登记）`;
    case 'petition-linked':
      return e.linkedAs === 'skip-level' ? '越级件并入本案' : e.linkedAs === 'repeat' ? '重复件并入本案' : '终结事项再次提出，已不再受理';
    case 'transferred':
      return `转送${e.unit.name}：${e.reason}`;
    case 'assigned':
      return `交办${e.unit.name}，限 ${e.dueAt?.slice(0, 10)} 前报结：${e.reason}`;
    case 'routing-objected':
      return `承办单位提出异议并退回：${e.reason}`;
    case 'accepted':
      return `${e.unit.name}受理${e.timely ? '' : '（超过 15 日）'}`;
    case 'rejected':
      return `${e.unit.name}不予受理：${e.reason}`;
    case 'refused-as-repeat':
      return `不再受理：${e.reason}`;
    case 'leader-took-ownership':
      return `领导包案（${e.leaderName ?? e.leaderId}）`;
    case 'deadline-extended':
      return `延期 ${e.days} 日：${e.reason}`;
    case 'replied':
      return `书面答复（${OUTCOMES[e.outcome]}）${e.onTime ? '' : '，已超期'}：${e.text}`;
    case 'evaluated':
      return `信访人评价：${{ satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' }[e.rating]}`;
    case 'review-requested':
      return `申请${STAGES[e.stage]}：${e.reason}`;
    case 'hearing-recorded':
      return `听证 ${e.days} 日（不计入期限）${e.note ? `：${e.note}` : ''}`;
    case 'review-decided':
      return `${STAGES[e.stage]}意见：${REVIEW_OUTCOMES[e.outcome]}。${e.text}`;
    case 'supervised':
      return `督办，限 ${e.dueAt.slice(0, 10)} 前办结：${e.reason}`;
    case 'escalated':
      return `升级${STEPS[e.step]}：${e.detail}`;
    case 'reminded':
      return `${CLOCKS[e.clock]}期限即将届满（${e.dueAt.slice(0, 10)}）`;
    case 'overdue':
      return `${CLOCKS[e.clock]}期限已届满（${e.dueAt.slice(0, 10)}）`;
    case 'mediated':
      return `调解（调解员：${e.mediator}；当事人：${e.parties}）：${MEDIATION[e.outcome]}${e.note ? `。${e.note}` : ''}`;
    case 'note-added':
      return `${e.public ? '公开进展' : '内部记录'}：${e.text}`;
    case 'closed':
      return '办结';
  }
}
