import type { Role } from '#platform';

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoAccount {
  username: string;
  /** The token's `sub`: matches the ids the demo county's duty roster and seeded work use. */
  id: string;
  displayName: string;
  role: Role;
  townshipCode?: string;
  unitCode?: string;
}

const QINGSHUI = '430599101000';
const CHENGGUAN = '430599100000';

/** One account per role, and for two townships and two departments. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', id: 'demo-county-bureau', displayName: '县信访局 王建国', role: 'county-admin' },
  { username: 'qingshui-officer', id: `demo-officer-${QINGSHUI}`, displayName: '清水镇信访专干 李娟', role: 'township-officer', townshipCode: QINGSHUI },
  { username: 'chengguan-officer', id: `demo-officer-${CHENGGUAN}`, displayName: '城关镇信访专干 张伟', role: 'township-officer', townshipCode: CHENGGUAN },
  { username: 'qingshui-leader', id: `leader-${QINGSHUI}-1`, displayName: '清水镇党委书记 刘国强', role: 'leader', townshipCode: QINGSHUI },
  { username: 'chengguan-leader', id: `leader-${CHENGGUAN}-1`, displayName: '城关镇党委书记 陈志明', role: 'leader', townshipCode: CHENGGUAN },
  { username: 'county-leader', id: 'leader-county-1', displayName: '县委副书记 赵立新', role: 'leader' },
  { username: 'hrss-officer', id: 'demo-dept-hrss', displayName: '县人社局信访专干 周敏', role: 'department-officer', unitCode: 'dept-hrss' },
  { username: 'zrzy-officer', id: 'demo-dept-natural-resources', displayName: '县自然资源局信访专干 吴刚', role: 'department-officer', unitCode: 'dept-natural-resources' },
  { username: 'qingshui-liaison', id: `demo-liaison-${QINGSHUI}`, displayName: '清水镇村信访联络员 孙红', role: 'liaison', townshipCode: QINGSHUI },
  { username: 'chengguan-liaison', id: `demo-liaison-${CHENGGUAN}`, displayName: '城关镇社区信访联络员 马丽', role: 'liaison', townshipCode: CHENGGUAN },
  { username: 'analyst', id: 'demo-analyst', displayName: '县信访局统计分析 郑丽', role: 'analyst' },
];
