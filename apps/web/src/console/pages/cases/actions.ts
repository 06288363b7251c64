/**
 * The actions on a case (api.md "Casework"): what each is called, what its form asks, which
 * need a confirmation, and which the caller is offered. Casework says what the caller may do
 * (`allowedActions` in the case's detail); without it the console falls back on api.md's table
 * of states and roles — casework decides either way, and its refusal is shown if it comes.
 */
import type { CaseView } from './case-api';

export type ActionName =
  | 'transfer'
  | 'assign'
  | 'object'
  | 'take-ownership'
  | 'accept'
  | 'reject'
  | 'refuse'
  | 'extend'
  | 'reply'
  | 'supervise'
  | 'request-review'
  | 'record-hearing'
  | 'decide-review'
  | 'close'
  | 'note'
  | 'mediate';

export type FieldKind = 'unit' | 'textarea' | 'text' | 'date' | 'days' | 'select' | 'public';

export interface ActionField {
  name: string;
  label: string;
  kind: FieldKind;
  options?: Record<string, string>;
  placeholder?: string;
  help?: string;
}

export interface ActionSpec {
  name: ActionName;
  /** The button's and the form's title. */
  label: string;
  /** The path after /cases/:id/. */
  endpoint: string;
  fields: ActionField[];
  /** Irreversible: asked once more before it is sent. */
  confirm?: string;
  danger?: boolean;
  /** What the form tells the clerk first. */
  intro?: string;
}

const reason = (label: string, placeholder?: string): ActionField => ({ name: 'reason', label, kind: 'textarea', placeholder });

export const ACTIONS: Record<ActionName, ActionSpec> = {
  transfer: {
    name: 'transfer',
    label: '转送',
    endpoint: 'transfer',
    intro: '按照“属地管理、分级负责，谁主管、谁负责”，转送有权处理的单位；承办单位收到后 15 日内决定是否受理。',
    fields: [{ name: 'unitCode', label: '承办单位', kind: 'unit' }, reason('转送理由', '如：属劳动报酬争议，转县人社局依法处理。')],
  },
  assign: {
    name: 'assign',
    label: '交办',
    endpoint: 'assign',
    intro: '交办并限期报送办理结果。',
    fields: [{ name: 'unitCode', label: '承办单位', kind: 'unit' }, { name: 'dueAt', label: '报结期限', kind: 'date' }, reason('交办理由')],
  },
  object: {
    name: 'object',
    label: '异议',
    endpoint: 'object',
    intro: '认为不属本单位职责的，可在收到之日起 5 个工作日内提出异议并说明理由，案件退回县信访局重新确定承办单位（第二十三条）。',
    fields: [reason('异议理由', '写明应由哪个单位办理及依据')],
  },
  'take-ownership': {
    name: 'take-ownership',
    label: '包案',
    endpoint: 'take-ownership',
    confirm: '由您包案，负责到底？集体访、越级访、重复访和信访老户的案件须先由领导包案才能受理。',
    fields: [],
  },
  accept: {
    name: 'accept',
    label: '受理',
    endpoint: 'accept',
    confirm: '受理本件？受理后须在 60 日内办结并书面答复信访人。',
    fields: [],
  },
  reject: {
    name: 'reject',
    label: '不予受理',
    endpoint: 'reject',
    danger: true,
    confirm: '不予受理将书面告知信访人，且不能撤回。确定不予受理？',
    intro: '写明不予受理的法定理由，信访人将收到书面告知。',
    fields: [
      { name: 'ground', label: '不予受理的依据', kind: 'select', options: { 'legal-procedure': '应当通过诉讼、仲裁、行政复议等法定途径解决', 'not-competent': '不属于本单位职权范围', 'not-a-petition-matter': '不属于信访事项', other: '其他法定理由' } },
      reason('不予受理理由'),
    ],
  },
  refuse: {
    name: 'refuse',
    label: '不再受理',
    endpoint: 'refuse',
    danger: true,
    confirm: '作为重复件不再受理，且不能撤回。确定？',
    intro: '同一事项已办理终结、信访人未提出新的事实和理由的，不再受理。',
    fields: [reason('不再受理理由')],
  },
  extend: {
    name: 'extend',
    label: '延期',
    endpoint: 'extend',
    intro: '情况复杂的，经批准可以延长办理期限一次，延长不超过 30 日，并告知信访人延期理由（第三十四条）。',
    fields: [{ name: 'days', label: '延长天数', kind: 'days', help: '1 至 30 日' }, reason('延期理由', '将告知信访人')],
  },
  reply: {
    name: 'reply',
    label: '答复',
    endpoint: 'reply',
    intro: '出具信访处理意见书，书面答复信访人（第三十二条）。',
    fields: [
      { name: 'outcome', label: '处理意见', kind: 'select', options: { support: '支持', explain: '解释说明', 'not-support': '不予支持' } },
      { name: 'text', label: '答复内容', kind: 'textarea', placeholder: '信访处理意见书正文，信访人可凭查询码查看' },
    ],
  },
  supervise: {
    name: 'supervise',
    label: '督办',
    endpoint: 'supervise',
    intro: '对办理缓慢或超期的案件督办，要求限期办结。',
    fields: [{ name: 'dueAt', label: '督办期限', kind: 'date' }, reason('督办事由')],
  },
  'request-review': {
    name: 'request-review',
    label: '申请复查',
    endpoint: 'request-review',
    intro: '代信访人登记复查（复核）请求：自收到答复（复查意见）之日起 30 日内（第三十五、三十六条）。',
    fields: [reason('请求理由')],
  },
  'record-hearing': {
    name: 'record-hearing',
    label: '听证',
    endpoint: 'record-hearing',
    intro: '复核期间组织听证的，听证时间不计入复核期限（第三十六条）。',
    fields: [{ name: 'days', label: '听证天数', kind: 'days', help: '1 至 60 日' }, { name: 'note', label: '听证情况', kind: 'textarea' }],
  },
  'decide-review': {
    name: 'decide-review',
    label: '复查意见',
    endpoint: 'decide-review',
    intro: '上一级机关作出复查（复核）意见，书面答复信访人。',
    fields: [
      { name: 'outcome', label: '意见', kind: 'select', options: { upheld: '维持', changed: '变更', revoked: '撤销' } },
      { name: 'text', label: '意见内容', kind: 'textarea' },
    ],
  },
  close: {
    name: 'close',
    label: '办结',
    endpoint: 'close',
    danger: false,
    confirm: '办结后案件结束办理（信访人仍可在期限内申请复查）。确定办结？',
    fields: [],
  },
  note: {
    name: 'note',
    label: '备注',
    endpoint: 'note',
    intro: '记录办理进展。公开的进展信访人可凭查询码看到；内部记录只有工作人员可见。',
    fields: [
      { name: 'text', label: '内容', kind: 'textarea' },
      { name: 'public', label: '信访人可见', kind: 'public' },
    ],
  },
  mediate: {
    name: 'mediate',
    label: '调解',
    endpoint: 'mediations',
    intro: '记录一次调解：调解员、当事人和结果。',
    fields: [
      { name: 'mediator', label: '调解员', kind: 'text' },
      { name: 'parties', label: '当事人', kind: 'text' },
      { name: 'outcome', label: '调解结果', kind: 'select', options: { resolved: '调解成功', 'partially-resolved': '部分化解', unresolved: '未能化解' } },
      { name: 'note', label: '调解情况', kind: 'textarea' },
    ],
  },
};

/** In the order a clerk meets them; the first offered is the primary button. */
export const ACTION_ORDER: ActionName[] = ['transfer', 'assign', 'take-ownership', 'accept', 'object', 'reject', 'refuse', 'extend', 'reply', 'supervise', 'request-review', 'record-hearing', 'decide-review', 'close', 'note', 'mediate'];

/** A review once a first review is decided is a re-review (复核): the labels follow the stage. */
export function actionLabel(action: ActionName, c: Pick<CaseView, 'status' | 'timeline'>): string {
  const reReview = c.status === 'reviewed' || c.status === 're-review' || (c.status === 'closed' && (c.timeline ?? []).some((t) => t.type === 'review-decided'));
  if (action === 'request-review') return reReview ? '申请复核' : '申请复查';
  if (action === 'decide-review') return c.status === 're-review' ? '复核意见' : '复查意见';
  return ACTIONS[action].label;
}

/** Which rule of casework's answer belongs to which field of the form (the rest is shown above the form). */
export const RULE_FIELDS: Record<string, string> = {
  'unknown-unit': 'unitCode',
  'accusation-to-accused-unit': 'unitCode',
  'due-date-in-past': 'dueAt',
  'extension-too-long': 'days',
  'hearing-days': 'days',
  'reason-required': 'reason',
  'reply-text-required': 'text',
  'decision-text-required': 'text',
  'text-required': 'text',
  'mediator-required': 'mediator',
  'parties-required': 'parties',
};

export interface Caller {
  role: string;
  townshipCode?: string;
  unitCode?: string;
}

const OPEN = ['registered', 'transferred', 'assigned', 'accepted', 'review', 're-review'];

/** The caller belongs to the unit acting on the case: the routed unit, or before routing the case's township government. */
function inActingUnit(c: CaseView, user: Caller): boolean {
  if (c.handlingUnit) {
    if (user.unitCode) return user.unitCode === c.handlingUnit.code;
    return c.handlingUnit.kind === 'township' && c.handlingUnit.townshipCode === user.townshipCode && (user.role === 'township-officer' || user.role === 'leader');
  }
  return c.status === 'registered' && !user.unitCode && user.townshipCode === c.townshipCode && (user.role === 'township-officer' || user.role === 'leader');
}

/** api.md's table of who may do what, by state: the console's own reckoning when casework does not say. */
export function actionsByTable(c: CaseView, user: Caller): ActionName[] {
  const admin = user.role === 'county-admin';
  const leader = user.role === 'leader';
  const unit = inActingUnit(c, user);
  const s = c.status;
  const ok: Record<ActionName, boolean> = {
    transfer: admin && s === 'registered',
    assign: admin && s === 'registered',
    object: unit && (s === 'transferred' || s === 'assigned'),
    'take-ownership': leader && OPEN.includes(s) && !c.ownerId,
    accept: unit && ['registered', 'transferred', 'assigned'].includes(s) && (!c.ownershipRequired || !!c.ownerId),
    reject: unit && ['registered', 'transferred', 'assigned'].includes(s),
    refuse: unit && ['registered', 'transferred', 'assigned'].includes(s),
    extend: leader && s === 'accepted' && !c.extension,
    reply: unit && s === 'accepted',
    supervise: admin && OPEN.includes(s),
    'request-review': admin && !c.final && ['replied', 'reviewed', 'closed'].includes(s),
    'record-hearing': admin && s === 're-review',
    'decide-review': admin && (s === 'review' || s === 're-review'),
    close: (admin || unit) && ['replied', 'reviewed', 'rejected', 'refused'].includes(s),
    note: true,
    mediate: [...OPEN, 'replied'].includes(s),
  };
  return ACTION_ORDER.filter((a) => ok[a]);
}

/** What the case page offers: casework's word when it gives it, else the table. */
export function offeredActions(c: CaseView, user: Caller): ActionName[] {
  if (Array.isArray(c.allowedActions)) return ACTION_ORDER.filter((a) => c.allowedActions!.includes(a));
  return actionsByTable(c, user);
}
