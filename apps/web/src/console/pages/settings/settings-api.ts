import { api, caseworkApi } from '../../../shared/api';
import type { components as Casework } from '../../../shared/api-types/casework';
import type { components as Gateway } from '../../../shared/api-types/gateway';
import type { components as Notification } from '../../../shared/api-types/notification';

/** The calls of 系统设置 (county admin): the gateway's accounts and audit, casework's and notification's settings, every service's dead letters. */

export type Role = 'county-admin' | 'township-officer' | 'leader' | 'department-officer' | 'liaison' | 'analyst';

/** Which scope each role's account carries (the gateway's accounts/account-scope.ts). */
export const ROLE_SCOPE: Record<Role, 'township' | 'unit' | 'optional-township' | 'county'> = {
  'county-admin': 'county',
  analyst: 'county',
  'township-officer': 'township',
  liaison: 'township',
  leader: 'optional-township',
  'department-officer': 'unit',
};

/** An account as the gateway lists it (its OpenAPI document). */
export type Account = Omit<Gateway['schemas']['AccountViewResponse'], 'role'> & { role: Role };

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  townshipCode?: string;
  unitCode?: string;
  mobile?: string;
}

export type AccountChange = Partial<Omit<NewAccount, 'username' | 'townshipCode' | 'unitCode' | 'mobile'>> & {
  townshipCode?: string | null;
  unitCode?: string | null;
  mobile?: string | null;
  disabled?: boolean;
};

export const listAccounts = async () => (await api<{ items: Account[] }>('GET', '/api/accounts')).items;
export const createAccount = (body: NewAccount) => api<{ username: string; oneTimePassword: string }>('POST', '/api/accounts', { body });
export const changeAccount = (username: string, body: AccountChange) => api<Account>('PATCH', `/api/accounts/${encodeURIComponent(username)}`, { body });
export const resetPassword = (username: string) => api<{ username: string; oneTimePassword: string }>('POST', `/api/accounts/${encodeURIComponent(username)}/reset-password`);

/** The body of an account form: empty fields left out, a scope the role does not carry dropped. */
export function accountBody<T extends { role: Role; townshipCode?: string | null; unitCode?: string | null; mobile?: string | null }>(values: T): T {
  const scope = ROLE_SCOPE[values.role];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') out[k] = typeof v === 'string' ? v.trim() : v;
  if (scope === 'county' || scope === 'unit') delete out.townshipCode;
  if (scope !== 'unit') delete out.unitCode;
  return out as T;
}

// ── sign-in audit ──
export const AUDIT_KINDS: Record<string, string> = {
  'signed-in': '登录',
  'sign-in-failed': '登录失败',
  'account-locked': '账号锁定',
  'sign-in-refused-locked': '锁定期间拒绝登录',
  'signed-out': '退出',
  'session-expired': '会话超时',
  'password-changed': '修改密码',
  'account-created': '新建账号',
  'account-changed': '修改账号',
  'account-disabled': '停用账号',
  'account-enabled': '启用账号',
  'password-reset': '重置密码',
};

export type AuditEntry = Gateway['schemas']['AuditEntryView'];

export interface AuditFilter {
  username?: string;
  kind?: string;
  from?: string;
  to?: string;
}

export async function listAudit(filter: AuditFilter, before: string | undefined, limit: number): Promise<{ items: AuditEntry[]; next?: string }> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, before, limit: String(limit) })) if (v) q.set(k, v);
  return api('GET', `/api/audit/sign-ins?${q}`);
}

// ── casework: routing table and calendar ──
export const OWN_TOWNSHIP = '@township';

export type RoutingRule = Casework['schemas']['RoutingRuleView'];

export const listRoutingRules = async () => (await api<{ rules: RoutingRule[] }>('GET', caseworkApi('/routing-rules'))).rules;
export const replaceRoutingRules = async (rules: RoutingRule[]) =>
  (await api<{ rules: RoutingRule[] }>('PUT', caseworkApi('/routing-rules'), { body: { rules: rules.map((r) => ({ categoryCode: r.categoryCode, unitCode: r.unitCode, ...(r.townshipCode ? { townshipCode: r.townshipCode } : {}) })) } })).rules;

export type CalendarDay = Casework['schemas']['CalendarDayView'];

export type CalendarYear = Casework['schemas']['CalendarYearResponse'];

export const loadCalendarYear = (year: number) => api<CalendarYear>('GET', caseworkApi(`/calendar/${year}`));
export const replaceCalendarYear = (year: number, days: CalendarDay[]) => api<Casework['schemas']['CalendarYearReplacedResponse']>('PUT', caseworkApi(`/calendar/${year}`), { body: { days } });

// ── notification: rules and templates ──
export const RECIPIENTS: Record<string, string> = {
  petitioner: '信访人',
  'handling-unit': '承办单位',
  owner: '包案领导',
  'township-officers': '乡镇信访专干',
  'county-admins': '县信访局',
};
export const CHANNEL_LABELS: Record<string, string> = { sms: '短信', email: '邮件', inbox: '站内信' };

export type NotificationRule = Notification['schemas']['NotificationRuleView'];

export type Template = Notification['schemas']['TemplateSummaryView'];

export type Preview = Notification['schemas']['TemplatePreviewResponse'];

export const notificationApi = (path: string) => `/notification/api${path}`;
export const listRules = async () => (await api<{ rules: NotificationRule[] }>('GET', notificationApi('/rules'))).rules;
export const replaceRules = async (rules: NotificationRule[]) =>
  (await api<{ rules: NotificationRule[] }>('PUT', notificationApi('/rules'), { body: { rules: rules.map(({ condition, ...r }) => ({ ...r, ...(condition ? { condition } : {}) })) } })).rules;
export const listTemplates = async () => (await api<{ items: Template[] }>('GET', notificationApi('/templates'))).items;
export const saveTemplate = (key: string, body: { subject?: string; body: string }) => api<Template>('PUT', notificationApi(`/templates/${encodeURIComponent(key)}`), { body });
export const previewTemplate = (key: string, eventSubject?: string) => api<Preview>('POST', notificationApi(`/templates/${encodeURIComponent(key)}/preview`), { body: eventSubject ? { eventSubject } : {} });

// ── dead letters of each service ──
export const SERVICES = [
  { key: 'intake', label: '登记服务（intake）' },
  { key: 'casework', label: '办理服务（casework）' },
  { key: 'notification', label: '通知服务（notification）' },
  { key: 'reporting', label: '统计服务（reporting）' },
] as const;
export type ServiceKey = (typeof SERVICES)[number]['key'];

/** A dead letter of a service (the same shape in every service: libs/messaging), or a parked outbox row (`source: 'outbox'`, negative seq). */
export type DeadLetter = Casework['schemas']['DeadLetterView'];
export type DeadLetterReplay = Casework['schemas']['DeadLetterReplayResponse'];

export const listDeadLetters = async (service: ServiceKey) => (await api<{ items: DeadLetter[] }>('GET', `/${service}/api/dead-letters`)).items;
export const replayDeadLetter = (service: ServiceKey, seq: number) => api<DeadLetterReplay>('POST', `/${service}/api/dead-letters/${seq}/replay`);
