/** The words a petition bureau uses for the codes the services return (domain.md glossary). */

export const CHANNEL_LABELS: Record<string, string> = { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' };
export const CHANNELS = ['visit', 'letter', 'online', 'phone'] as const;

/** Intake's statuses of a petition's case (the list's `caseStatus`; `refused` and `final` included). */
export const LIST_STATUSES = ['registered', 'transferred', 'assigned', 'accepted', 'rejected', 'refused', 'replied', 'review', 're-review', 'closed', 'final'] as const;

export { STATUS_COLOURS, STATUS_LABELS } from '../../components/status';

export const FLAG_LABELS = {
  collective: '集体访',
  repeat: '重复访',
  skipLevel: '越级访',
  accusation: '检举控告',
  longStanding: '信访老户',
} as const;
export type FlagName = keyof typeof FLAG_LABELS;
export const FLAG_NAMES = Object.keys(FLAG_LABELS) as FlagName[];

export const REPLY_OUTCOMES: Record<string, string> = { support: '支持', explain: '解释说明', 'not-support': '不予支持' };
export const REVIEW_OUTCOMES: Record<string, string> = { upheld: '维持', changed: '变更', revoked: '撤销' };
export const REJECTION_GROUNDS: Record<string, string> = {
  'legal-procedure': '应当通过诉讼、仲裁、行政复议等法定途径解决',
  'not-competent': '不属于本单位职权范围',
  'not-a-petition-matter': '不属于信访事项',
  other: '其他法定理由',
};
export const RATING_LABELS: Record<string, string> = { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' };
export const MEDIATION_OUTCOMES: Record<string, string> = { resolved: '调解成功', 'partially-resolved': '部分化解', unresolved: '未能化解' };

export const ROLE_NAMES: Record<string, string> = {
  'county-admin': '县信访局',
  'township-officer': '乡镇信访专干',
  leader: '领导',
  'department-officer': '县直部门',
  liaison: '村信访联络员',
  analyst: '统计分析',
};

/**
 * Each deadline a case shows (casework `deadlines`), what it is for, what starts it and the
 * article behind it; `startedBy` names the timeline events whose latest one starts the clock.
 */
export const DEADLINES: Record<string, { label: string; rule: string; startedBy: string[] }> = {
  routeBy: { label: '转送、交办或告知', rule: '自登记（或承办单位退回）之日起 15 日内（第二十二条）', startedBy: ['opened', 'routing-objected'] },
  acceptanceNoticeBy: { label: '决定是否受理并书面告知', rule: '自承办单位收到之日起 15 日内（第二十三条）', startedBy: ['transferred', 'assigned'] },
  objectionBy: { label: '对转送、交办提出异议', rule: '自收到之日起 5 个工作日内（第二十三条），承办单位的权利，不是义务', startedBy: ['transferred', 'assigned'] },
  replyBy: { label: '办理并书面答复', rule: '自受理之日起 60 日内，经批准可延长一次、不超过 30 日（第三十四条）', startedBy: ['accepted'] },
  assignmentReportBy: { label: '交办报结', rule: '交办时确定的期限', startedBy: ['assigned'] },
  reviewRequestBy: { label: '信访人申请复查（复核）', rule: '自收到答复（复查意见）之日起 30 日内（第三十五、三十六条），信访人的权利', startedBy: ['replied', 'review-decided'] },
  reviewDecisionBy: { label: '作出复查（复核）意见', rule: '自收到请求之日起 30 日内，听证时间不计入（第三十五、三十六条）', startedBy: ['review-requested'] },
  supervisionDueBy: { label: '督办期限', rule: '督办时确定的期限', startedBy: ['supervised'] },
};

/** Casework's clocks (a case's `overdue` list) by the deadline each sets. */
export const CLOCK_DEADLINES: Record<string, string> = {
  route: 'routeBy',
  'acceptance-notice': 'acceptanceNoticeBy',
  objection: 'objectionBy',
  reply: 'replyBy',
  'assignment-report': 'assignmentReportBy',
  'review-request': 'reviewRequestBy',
  'review-decision': 'reviewDecisionBy',
  supervision: 'supervisionDueBy',
};
