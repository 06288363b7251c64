import type { CountyDirectory } from '../directory/directory.service.js';

/**
 * 清溪县, a fictional county for demonstration: eight townships with their villages and
 * communities (12-digit statistical division codes: county 430599, township 3 digits, then
 * 001-199 for communities, 200-499 for villages), the county's handling units and the
 * category catalogue.
 */
const TOWNSHIPS: [code: string, name: string, villages: string[], communities: string[]][] = [
  ['430599100000', '城关镇', ['河西村', '双井村', '新桥村', '枫树湾村'], ['东门社区', '西街社区', '南园社区']],
  ['430599101000', '清水镇', ['石桥村', '杨柳村', '荷塘村', '大坪村', '茶园村'], ['清水社区']],
  ['430599102000', '石门镇', ['石门村', '红岩村', '水口村', '黄泥塘村'], ['石门社区']],
  ['430599103000', '白沙镇', ['白沙村', '沙洲村', '古井村', '竹山村'], ['白沙社区']],
  ['430599200000', '桃林乡', ['桃林村', '梨树村', '龙井村', '高桥村'], []],
  ['430599201000', '龙潭乡', ['龙潭村', '凤凰村', '长冲村'], []],
  ['430599202000', '金竹山乡', ['金竹村', '山背村', '上坪村'], []],
  ['430599203000', '瑶家坪乡', ['瑶家坪村', '高山村', '白云村'], []],
];

function township([code, name, villages, communities]: (typeof TOWNSHIPS)[number]) {
  const prefix = code.slice(0, 9);
  return {
    code,
    name,
    villages: [
      ...communities.map((v, i) => ({ code: `${prefix}${String(1 + i).padStart(3, '0')}`, name: v })),
      ...villages.map((v, i) => ({ code: `${prefix}${String(201 + i).padStart(3, '0')}`, name: v })),
    ],
  };
}

export const DEMO_COUNTY: CountyDirectory = {
  countyName: '清溪县',
  townships: TOWNSHIPS.map(township),
  units: [
    ...TOWNSHIPS.map(([code, name]) => ({ code: `twp-${code}`, name: `${name}人民政府`, kind: 'township' as const, townshipCode: code })),
    { code: 'dept-natural-resources', name: '县自然资源局', kind: 'department' },
    { code: 'dept-hrss', name: '县人力资源和社会保障局', kind: 'department' },
    { code: 'dept-housing', name: '县住房和城乡建设局', kind: 'department' },
    { code: 'dept-ecology', name: '市生态环境局清溪分局', kind: 'department' },
    { code: 'dept-agriculture', name: '县农业农村局', kind: 'department' },
    { code: 'dept-civil-affairs', name: '县民政局', kind: 'department' },
    { code: 'dept-education', name: '县教育局', kind: 'department' },
    { code: 'dept-health', name: '县卫生健康局', kind: 'department' },
    { code: 'dept-transport', name: '县交通运输局', kind: 'department' },
    { code: 'dept-public-security', name: '县公安局', kind: 'department' },
    { code: 'political-legal', name: '县委政法委（涉法涉诉）', kind: 'political-legal' },
    { code: 'discipline', name: '县纪委监委', kind: 'discipline' },
  ],
  categories: [
    { code: 'land-acquisition', name: '征地拆迁与补偿' },
    { code: 'labour-wages', name: '劳动用工与工资拖欠' },
    { code: 'social-security', name: '社会保障' },
    { code: 'urban-housing', name: '城乡建设与住房' },
    { code: 'environment', name: '生态环境' },
    { code: 'rural-affairs', name: '农村农业' },
    { code: 'law-litigation', name: '政法（涉法涉诉）' },
    { code: 'discipline', name: '纪检监察（检举控告）' },
    { code: 'other', name: '其他' },
  ],
};
