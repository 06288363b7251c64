import type { RoutingRule } from '../cases/domain/routing.js';

/** The demo county's routing table: which unit each category goes to (属地管理 for rural matters). */
export const DEMO_ROUTING_RULES: RoutingRule[] = [
  { categoryCode: 'land-acquisition', townshipCode: null, unitCode: 'dept-natural-resources' },
  { categoryCode: 'labour-wages', townshipCode: null, unitCode: 'dept-hrss' },
  { categoryCode: 'social-security', townshipCode: null, unitCode: 'dept-hrss' },
  { categoryCode: 'urban-housing', townshipCode: null, unitCode: 'dept-housing' },
  // the county town's housing matters are the town's own
  { categoryCode: 'urban-housing', townshipCode: '430599100000', unitCode: '@township' },
  { categoryCode: 'environment', townshipCode: null, unitCode: 'dept-ecology' },
  { categoryCode: 'rural-affairs', townshipCode: null, unitCode: '@township' },
  { categoryCode: 'law-litigation', townshipCode: null, unitCode: 'political-legal' },
  { categoryCode: 'discipline', townshipCode: null, unitCode: 'discipline' },
  { categoryCode: 'other', townshipCode: null, unitCode: '@township' },
];

/** Three leaders per township take reception duty in turn. */
export const DEMO_TOWNSHIP_LEADERS: Record<string, string[]> = {
  '430599100000': ['城关镇党委书记 陈志明', '城关镇镇长 黄海涛', '城关镇副镇长 林晓燕'],
  '430599101000': ['清水镇党委书记 刘国强', '清水镇镇长 彭建军', '清水镇副镇长 谢春梅'],
  '430599102000': ['石门镇党委书记 周永红', '石门镇镇长 曾宪平', '石门镇副镇长 邓丽华'],
  '430599103000': ['白沙镇党委书记 胡德胜', '白沙镇镇长 蒋立群', '白沙镇副镇长 唐雪芳'],
  '430599200000': ['桃林乡党委书记 罗光明', '桃林乡乡长 肖卫东', '桃林乡副乡长 田秀英'],
  '430599201000': ['龙潭乡党委书记 向文斌', '龙潭乡乡长 覃志刚', '龙潭乡副乡长 杨桂兰'],
  '430599202000': ['金竹山乡党委书记 贺国平', '金竹山乡乡长 龙建华', '金竹山乡副乡长 石慧敏'],
  '430599203000': ['瑶家坪乡党委书记 盘永福', '瑶家坪乡乡长 赵金山', '瑶家坪乡副乡长 奉小红'],
};
