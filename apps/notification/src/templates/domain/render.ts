/**
 * Templates are Chinese text with `{{name}}` and `{{name|filter}}` placeholders (filters: date,
 * datetime, label, sentence). Rendering is pure: the same template and values give the same
 * text, and a missing value is reported so a preview shows what a template needs.
 */
export interface Rendered {
  subject: string | null;
  body: string;
  missing: string[];
}

const LABELS: Record<string, Record<string, string>> = {
  // reply outcomes (支持 …) and review outcomes (维持 …) share the field name `outcome`
  outcome: { support: '支持', explain: '解释说明', 'not-support': '不予支持', upheld: '维持原处理意见', changed: '变更原处理意见', revoked: '撤销原处理意见' },
  clock: {
    route: '转送告知',
    'acceptance-notice': '受理告知',
    objection: '异议',
    reply: '办理答复',
    'assignment-report': '交办报结',
    'review-request': '申请复查',
    'review-decision': '复查（复核）意见',
    supervision: '督办',
  },
  stage: { review: '复查', 're-review': '复核' },
  step: { reminder: '提醒', supervision: '督办', 'report-up': '上报' },
  channel: { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' },
  rating: { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' },
};

const CHINA = 'Asia/Shanghai';

// made once: building an Intl formatter costs far more than using it (it was the costliest line of a render)
const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: CHINA, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

function formatDate(value: unknown, withTime: boolean): string | null {
  const at = new Date(String(value));
  if (Number.isNaN(at.getTime())) return null;
  const parts = CHINA_TIME.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}年${get('month')}月${get('day')}日${withTime ? ` ${get('hour')}:${get('minute')}` : ''}`;
}

/** A reason told as one sentence: trailing commas dropped, one full stop added unless it already ends a sentence. */
function sentence(value: string): string {
  const text = value.trim().replace(/[，,；;、\s]+$/u, '');
  return /[。！？!?…]$/u.test(text) ? text : `${text}。`;
}

function applyFilter(value: unknown, filter: string | undefined, name: string): string | null {
  // an empty string is a value (an optional part, e.g. no 集体访 marks); only absent values are missing
  if (value === undefined || value === null) return null;
  switch (filter) {
    case undefined:
      return String(value);
    case 'date':
      return formatDate(value, false);
    case 'datetime':
      return formatDate(value, true);
    case 'label':
      return LABELS[name]?.[String(value)] ?? String(value);
    case 'sentence':
      return sentence(String(value));
    default:
      return String(value);
  }
}

function fill(text: string, values: Record<string, unknown>, missing: Set<string>): string {
  return text.replace(/\{\{\s*([a-zA-Z][\w.]*)\s*(?:\|\s*(\w+)\s*)?\}\}/g, (_, name: string, filter: string | undefined) => {
    const value = name.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), values);
    const out = applyFilter(value, filter, name.split('.').pop()!);
    if (out === null) missing.add(name);
    return out ?? '';
  });
}

export function render(template: { subject: string | null; body: string }, values: Record<string, unknown>): Rendered {
  const missing = new Set<string>();
  return { subject: template.subject === null ? null : fill(template.subject, values, missing), body: fill(template.body, values, missing), missing: [...missing] };
}

/** The placeholders a template uses. */
export function placeholders(template: { subject: string | null; body: string }): string[] {
  const names = new Set<string>();
  for (const m of `${template.subject ?? ''} ${template.body}`.matchAll(/\{\{\s*([a-zA-Z][\w.]*)/g)) names.add(m[1]!);
  return [...names];
}
