/**
 * What each staff role is called and may do (domain.md "Who uses it"), for the console's menu
 * and start page. The services decide what a role may really do; this only arranges the screen.
 */
export type Role = 'county-admin' | 'township-officer' | 'leader' | 'department-officer' | 'liaison' | 'analyst';

export const ROLE_LABELS: Record<string, string> = {
  'county-admin': '县信访局管理员',
  'township-officer': '乡镇信访专干',
  leader: '领导',
  'department-officer': '部门信访专干',
  liaison: '村（社区）信访联络员',
  analyst: '统计分析员',
};

export interface ConsoleArea {
  /** The console route; issue 11 builds the pages behind them. */
  path: string;
  label: string;
  /** What the role does there, for the start page. */
  description: string;
  icon: 'home' | 'form' | 'folder' | 'audit' | 'alert' | 'chart' | 'file' | 'calendar' | 'team' | 'bell' | 'user' | 'safety' | 'download' | 'flag' | 'setting';
}

const AREAS = {
  home: { path: '/', label: '工作台', description: '待办事项、临近期限与超期提醒。', icon: 'home' },
  register: { path: '/register', label: '信访登记', description: '登记来访、来信、来电和网上信访，自动识别重复访、越级访。', icon: 'form' },
  petitions: { path: '/petitions', label: '信访件查询', description: '按乡镇、状态、时间检索信访件，查看信访人信息（记入访问日志）。', icon: 'folder' },
  routing: { path: '/cases', label: '转送交办', description: '按属地管理、分级负责转送或交办承办单位，跟踪受理与答复期限。', icon: 'audit' },
  handling: { path: '/cases', label: '案件办理', description: '受理或不予受理、办理、延期申请、书面答复。', icon: 'audit' },
  unitCases: { path: '/cases', label: '承办件', description: '办理转送、交办到本单位的信访事项：异议、受理、答复。', icon: 'audit' },
  supervision: { path: '/supervision', label: '督查督办', description: '对办理缓慢或超期的案件督办，查看督办落实情况。', icon: 'alert' },
  owned: { path: '/owned', label: '领导包案', description: '包案的疑难复杂信访事项，审批延期，化解到底。', icon: 'flag' },
  duty: { path: '/duty-roster', label: '领导接访', description: '领导接访日安排与接访记录。', icon: 'calendar' },
  screening: { path: '/screenings', label: '矛盾纠纷排查', description: '每月排查上报矛盾纠纷，预警可能引发集体访的苗头。', icon: 'team' },
  longStanding: { path: '/long-standing', label: '信访老户', description: '多次信访的信访人台账，逐人落实稳控与化解责任（查看记入访问日志）。', icon: 'user' },
  zeroReports: { path: '/zero-reports', label: '零报告', description: '敏感时期每日报送，无事也报。', icon: 'bell' },
  stats: { path: '/stats', label: '统计分析', description: '受理量、办结率、按期办结率、满意率，按渠道、分类、单位、月份。', icon: 'chart' },
  reports: { path: '/reports', label: '年度报告', description: '乡镇与全县信访工作年度自查报告（Word / Excel）。', icon: 'file' },
  exports: { path: '/exports', label: '数据导出', description: '按条件导出案件清单（CSV / Excel），不含个人信息。', icon: 'download' },
  accounts: { path: '/settings/accounts', label: '账号管理', description: '创建账号、调整角色与范围、停用、重置密码。', icon: 'user' },
  audit: { path: '/settings/audit', label: '登录审计', description: '登录、失败、锁定、退出与账号变更记录。', icon: 'safety' },
  settings: { path: '/settings', label: '系统设置', description: '区划与分类、分流规则、工作日历、通知规则与模板、死信处理。', icon: 'setting' },
} satisfies Record<string, ConsoleArea>;

/** The menu of each role, in the order its work comes. */
export const AREAS_BY_ROLE: Record<Role, ConsoleArea[]> = {
  'county-admin': [AREAS.home, AREAS.register, AREAS.petitions, AREAS.routing, AREAS.supervision, AREAS.duty, AREAS.screening, AREAS.zeroReports, AREAS.longStanding, AREAS.stats, AREAS.reports, AREAS.exports, AREAS.accounts, AREAS.audit, AREAS.settings],
  'township-officer': [AREAS.home, AREAS.register, AREAS.petitions, AREAS.handling, AREAS.duty, AREAS.screening, AREAS.zeroReports, AREAS.longStanding, AREAS.stats, AREAS.reports],
  leader: [AREAS.home, AREAS.owned, AREAS.duty, AREAS.petitions, AREAS.screening, AREAS.zeroReports, AREAS.longStanding, AREAS.stats, AREAS.reports],
  // reporting gives department officers no statistics (accusations must not reach the accused unit)
  'department-officer': [AREAS.home, AREAS.unitCases, AREAS.petitions],
  liaison: [AREAS.home, AREAS.screening],
  analyst: [AREAS.home, AREAS.stats, AREAS.reports, AREAS.exports],
};

export function areasOf(role: string): ConsoleArea[] {
  return AREAS_BY_ROLE[role as Role] ?? [AREAS.home];
}
