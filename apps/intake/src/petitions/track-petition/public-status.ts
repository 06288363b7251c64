/** What the public status page says a petition's state is, in the citizen's words. */
export interface PublicStatus {
  code: string;
  label: string;
}

const LABELS: Record<string, string> = {
  registered: '已登记，待转送承办单位',
  transferred: '已转送承办单位，待受理',
  assigned: '已交办承办单位，待受理',
  accepted: '已受理，办理中',
  rejected: '不予受理',
  refused: '不再受理',
  replied: '已答复',
  review: '复查中',
  're-review': '复核中',
  closed: '已办结',
  final: '已复核终结',
};

export function publicStatus(registrationStatus: string, caseStatus: string): PublicStatus {
  const code = registrationStatus === 'refused' ? 'refused' : caseStatus;
  return { code, label: LABELS[code] ?? '办理中' };
}

export function canEvaluate(p: { repliedAt: Date | null; evaluation: string | null }): boolean {
  return p.repliedAt !== null && p.evaluation === null;
}

const ANSWER_KINDS: Record<string, string> = { reply: '书面答复', review: '复查意见', 're-review': '复核意见' };
const ANSWER_OUTCOMES: Record<string, string> = {
  support: '支持',
  explain: '解释说明',
  'not-support': '不予支持',
  upheld: '维持原处理意见',
  changed: '变更原处理意见',
  revoked: '撤销原处理意见',
};

/** The citizen's words for a written answer and its outcome. */
export function answerLabels(a: { kind: string; outcome: string }): { kindLabel: string; outcomeLabel: string } {
  return { kindLabel: ANSWER_KINDS[a.kind] ?? '答复', outcomeLabel: ANSWER_OUTCOMES[a.outcome] ?? a.outcome };
}
