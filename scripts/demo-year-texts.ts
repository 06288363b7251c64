/**
 * The words the demo county's staff write while handling the year: routing reasons, progress
 * notes, replies, extensions, supervisions, review opinions, mediations and dispute screenings.
 * Chinese, as a township petition office writes them; no names of real people (某某).
 */
import type { Random } from '../apps/intake/src/seed/random.js';

type Outcome = 'support' | 'explain' | 'not-support';

/** What a category is about, in the words a transfer reason or a reply uses. */
const SUBJECTS: Record<string, string> = {
  'land-acquisition': '征地补偿',
  'labour-wages': '劳动报酬',
  'social-security': '社会保障待遇',
  'urban-housing': '房屋建设与物业',
  environment: '环境污染',
  'rural-affairs': '农村土地承包与村务',
  'law-litigation': '涉法涉诉',
  discipline: '检举控告',
  other: '群众生产生活',
};

export function subjectOf(category: string): string {
  return SUBJECTS[category] ?? '群众反映';
}

export function transferReason(r: Random, category: string, unitName: string): string {
  return r.pick([
    `该件反映${subjectOf(category)}问题，属${unitName}职责范围，依照属地管理、分级负责，谁主管、谁负责的原则转送办理。`,
    `经审查，信访事项属${unitName}法定职责，转送依法处理并按时限答复信访人。`,
    `属${subjectOf(category)}类事项，转${unitName}调查核实后依法处理。`,
  ]);
}

export function assignReason(r: Random, category: string, unitName: string): string {
  return r.pick([
    `该件反映${subjectOf(category)}问题，涉及人数较多，交办${unitName}限期办结并报送办理结果。`,
    `群众多次反映，交办${unitName}，请主要负责同志亲自过问，限期化解并报结。`,
    `该事项易引发集体访，交办${unitName}落实包案责任，限期办理并书面报告。`,
  ]);
}

export function objectionReason(r: Random, rightUnitName: string): string {
  return r.pick([
    `经核实，该事项不属本单位职责，应由${rightUnitName}依法处理，特此退回。`,
    `该事项涉及的审批、补偿均由${rightUnitName}负责，本单位无权处理，申请退回重新转送。`,
  ]);
}

export function rerouteReason(r: Random, unitName: string): string {
  return r.pick([`原承办单位提出异议，经审核，改转${unitName}办理。`, `根据承办单位异议意见重新确定承办单位，转${unitName}依法处理。`]);
}

export function rejectionReason(r: Random, ground: 'legal-procedure' | 'not-a-petition-matter'): string {
  if (ground === 'legal-procedure') {
    return r.pick([
      '该事项已由人民法院立案受理，应依照法定程序解决，不属信访受理范围，已书面告知信访人。',
      '信访人反映的问题属民事纠纷，应通过诉讼、仲裁等法定途径解决，不予受理，并告知其依法维权途径。',
    ]);
  }
  return r.pick(['信访人所提系对政策的咨询，不属于信访事项，已当面解释说明。', '所反映内容属个人之间的一般债务往来，不属于信访事项，已告知向人民调解委员会申请调解。']);
}

export function publicNote(r: Random, category: string): string {
  return r.pick([
    '承办单位已会同村委会到现场调查核实，正在研究处理意见。',
    `已约谈信访人了解${subjectOf(category)}诉求，调取相关资料，正在核查。`,
    '已召开协调会，组织相关当事方当面沟通，处理意见将书面答复信访人。',
    '工作人员已入户走访，相关情况正在进一步核实中。',
  ]);
}

export function internalNote(r: Random): string {
  return r.pick([
    '信访人情绪较为激动，请包案领导关注，防止矛盾激化。',
    '已与村支书电话沟通，村里同意配合提供土地台账。',
    '需与县直相关部门会商，本周内召开协调会。',
    '信访人此前曾多次到县反映，注意做好解释疏导工作。',
  ]);
}

export function extensionReason(r: Random): string {
  return r.pick([
    '案情复杂，涉及多个部门和历史遗留问题，需进一步调查核实，经单位负责人批准延长办理期限。',
    '需委托第三方机构进行测量评估，在规定期限内难以办结，经负责人批准延期并书面告知信访人。',
    '涉及人数较多，需逐户核实补偿明细，经批准延期办理。',
  ]);
}

export function supervisionReason(r: Random, overdue: boolean): string {
  if (overdue) return r.pick(['该件已超过办理期限仍未答复，县信访局予以督办，请于限期内办结并报送办理结果。', '该件逾期未办结，请承办单位主要负责同志亲自督办，限期答复信访人。']);
  return r.pick(['该件群众反映强烈，县信访局予以督办，请加快办理进度，按期办结。', '该件涉及群众切身利益，请承办单位高度重视，按期办结并报送办理结果。']);
}

const REPLIES: Record<Outcome, ((s: string) => string)[]> = {
  support: [
    (s) => `经调查核实，您反映的${s}问题情况属实。我单位已责成相关方于近期落实到位，并将跟踪督促，确保问题解决。`,
    (s) => `您反映的${s}问题经核查属实，诉求合理。现已协调解决，相关款项（待遇）已兑付到位。`,
    (s) => `经调查，您的诉求符合政策规定，予以支持。我单位已督促责任单位整改落实，整改情况将另行告知。`,
  ],
  explain: [
    (s) => `经调查核实，您反映的${s}问题已按现行政策处理。现将有关政策依据和处理情况向您解释说明如下：相关标准系依据县人民政府公布的标准执行，计算无误。`,
    (s) => `您反映的${s}问题，经核查，相关部门已依法依规处理。对您提出的其他诉求，已向您详细解释政策规定，请予理解。`,
    () => '经调查，您所反映的问题系历史原因形成，我单位已向您说明有关情况和政策规定，今后将加强沟通，积极为您提供帮助。',
  ],
  'not-support': [
    (s) => `经调查核实，您反映的${s}问题与事实不符，所提诉求缺乏政策依据，不予支持。如不服本处理意见，可自收到之日起 30 日内申请复查。`,
    () => '经核查，您的诉求超出现行政策规定范围，不予支持。我单位已向您说明理由，如不服可依法申请复查。',
  ],
};

export function replyText(r: Random, category: string, outcome: Outcome): string {
  return r.pick(REPLIES[outcome])(subjectOf(category));
}

export function evaluationComment(r: Random, rating: 'satisfied' | 'basically-satisfied' | 'unsatisfied'): string | undefined {
  if (!r.chance(0.35)) return undefined;
  if (rating === 'satisfied') return r.pick(['问题解决了，感谢镇里和相关部门。', '办事效率高，态度好。', '工作人员多次上门，问题得到落实，满意。']);
  if (rating === 'basically-satisfied') return r.pick(['问题基本解决，希望后续跟进到位。', '解释清楚了，但处理时间有点长。', '大部分诉求已落实。']);
  return r.pick(['处理结果我不认可，补偿标准太低。', '问题没有解决，只是解释了政策。', '希望上级部门重新调查。']);
}

export function reviewRequestReason(r: Random): string {
  return r.pick([
    '信访人对处理意见不服，认为调查不全面，申请复查。',
    '信访人认为原处理意见认定事实不清，补偿计算有误，申请复查。',
    '信访人不服原处理意见，提出新的证据材料，申请复查。',
  ]);
}

export function reReviewRequestReason(r: Random): string {
  return r.pick(['信访人对复查意见仍不服，申请复核。', '信访人认为复查意见未回应其主要诉求，申请复核。']);
}

export function reviewDecisionText(r: Random, outcome: 'upheld' | 'changed'): string {
  if (outcome === 'upheld') return r.pick(['经复查，原处理意见认定事实清楚，适用政策正确，予以维持。', '经复查，原处理意见程序合法、处理适当，维持原处理意见。']);
  return r.pick(['经复查，原处理意见对部分事实认定不准确，变更为：由责任单位补足差额部分。', '经复查，原处理意见计算标准有误，予以变更，按新标准重新核算。']);
}

export function reReviewDecisionText(r: Random): string {
  return r.pick(['经复核，复查意见认定事实清楚、证据充分、处理适当，予以维持。本复核意见为最终意见，信访人以同一事实和理由再次提出的，不再受理。', '经复核，维持复查意见。该信访事项办理程序终结。']);
}

export function mediation(r: Random, township: string): { mediator: string; parties: string; note: string } {
  return {
    mediator: r.pick([`${township}人民调解委员会调解员`, `${township}司法所调解员`, `${township}综治中心调解员`]),
    parties: r.pick(['信访人；村委会代表', '信访人；对方当事人及其家属', '信访人；项目业主代表；村民小组长']),
    note: r.pick(['双方达成口头和解意见。', '已签订调解协议，约定分期履行。', '双方分歧较大，建议通过其他途径解决。', '经调解，双方同意按原协议执行。']),
  };
}

export interface ScreeningText {
  category: 'land-forest-water' | 'land-acquisition' | 'neighbourhood' | 'marriage-family' | 'labour-wages' | 'contract-debt' | 'environment' | 'traffic' | 'other';
  parties: (group: string) => string;
  matter: string;
  measures: string;
}

export const SCREENINGS: ScreeningText[] = [
  { category: 'land-forest-water', parties: (g) => `${g}张某某与李某某两户`, matter: '宅基地边界争议，双方多次争吵', measures: '村调委会组织双方现场勘界' },
  { category: 'land-forest-water', parties: (g) => `${g}与邻组村民`, matter: '山林界址不清，砍伐林木引发纠纷', measures: '调取林权证，组织双方指界' },
  { category: 'land-forest-water', parties: (g) => `${g}部分村民`, matter: '灌溉用水分配争议，春耕用水紧张', measures: '村委会协调制定轮灌方案' },
  { category: 'land-acquisition', parties: (g) => `${g}王某某等三户`, matter: '对道路建设征地青苗补偿标准有异议', measures: '镇征拆办上门解释补偿标准' },
  { category: 'neighbourhood', parties: (g) => `${g}赵某某与刘某某`, matter: '排水沟堵塞导致邻里纠纷', measures: '村干部现场协调，疏通排水沟' },
  { category: 'neighbourhood', parties: (g) => `${g}两户村民`, matter: '建房遮挡采光引发邻里矛盾', measures: '组织双方协商，调整建房方案' },
  { category: 'marriage-family', parties: (g) => `${g}陈某某家庭`, matter: '老人赡养费分担纠纷', measures: '村调委会组织兄弟三人协商赡养协议' },
  { category: 'marriage-family', parties: (g) => `${g}一对夫妻`, matter: '家庭矛盾，一方扬言上访', measures: '妇联与村干部上门疏导' },
  { category: 'labour-wages', parties: (g) => `${g}务工人员与包工头`, matter: '村道硬化工程拖欠务工工资', measures: '协调施工方制定付款计划' },
  { category: 'contract-debt', parties: (g) => `${g}村民与合作社`, matter: '土地流转租金未按期支付', measures: '约谈合作社负责人，督促履约' },
  { category: 'environment', parties: (g) => `${g}村民与养殖场`, matter: '养殖场异味及污水排放影响周边农户', measures: '联系县生态环境部门现场检查' },
  { category: 'traffic', parties: (g) => `${g}两车驾驶人`, matter: '交通事故赔偿协商不成', measures: '引导申请交警部门调解' },
  { category: 'other', parties: (g) => `${g}部分村民`, matter: '对村级公益事业资金使用有疑问', measures: '村务监督委员会公开账目' },
];
