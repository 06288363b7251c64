import type { Channel } from '#contracts';
import type { Random } from './random.js';

/**
 * The kinds of matter 清溪县's townships see in a year, as templates: the facts of one matter
 * (a project, an amount, a neighbour 陈某, a field's local name …) drawn at random, and three
 * wordings of it: as first registered, as raised again later (a repeat: reworded, the same
 * facts), and as raised at the county (skip-level). No wording names the petitioner: personal
 * data goes in the petitioner fields only, where intake encrypts it.
 */
export interface MatterText {
  title: string;
  content: string;
}

export interface MatterPlace {
  townshipCode: string;
  townshipName: string;
  /** Village or community name. */
  villageName: string;
  community: boolean;
  /** 组 as written (三组); empty for a community. */
  group: string;
  /** Month (1-12) and year the matter is first raised. */
  month: number;
  year: number;
  /** Several people bring it (a collective petition). */
  collective: boolean;
}

export interface MatterDraft {
  /** First registration, raised again (repeat), raised at the county (skip-level). */
  texts: [MatterText, MatterText, MatterText];
  /** Accusations: the accused unit's code in the county directory. */
  accusedUnit?: string;
}

export interface MatterKind {
  key: string;
  /** Category code of the county catalogue (demo-county.ts). */
  category: string;
  /** Matters of this kind in a year, relative to the others. */
  weight: number;
  /** Multiplier by month, January first: wage arrears before Spring Festival, land rent at spring ploughing … */
  season: readonly number[];
  place: 'village' | 'community' | 'any';
  /** Share brought by five or more people. */
  collective: number;
  /** Share raised again at the township while still open (a repeat). */
  repeat: number;
  /** Share raised again at the county while the township still handles it (skip-level). */
  skipLevel: number;
  /** Share brought to the county first. */
  countyFirst: number;
  /** Multipliers on the county's channel mix. */
  channels?: Partial<Record<Channel, number>>;
  /** Age range of the petitioners, and the share of men. */
  age: readonly [number, number];
  maleShare?: number;
  /** Multipliers by township code (mines, quarries, forests are where they are). */
  townships?: Readonly<Record<string, number>>;
  /** Only in these townships (金竹山's old coal mines). */
  onlyIn?: readonly string[];
  draft(r: Random, place: MatterPlace): MatterDraft;
}

// ───────────────────────────── words and numbers ─────────────────────────────

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] as const;
const COMPANY_WORDS = ['鑫达', '宏远', '湘诚', '盛源', '恒通', '金桥', '永丰', '顺发', '兴旺', '福瑞', '三和', '天成', '众联', '佳豪', '长荣', '广益', '瑞丰', '华泰', '隆昌', '锦程', '新宇', '正阳'];
const FIELDS = ['大塘坵', '屋背垅', '长岭坳', '枫树坵', '石板冲', '马家垅', '茶山坡', '下湾田', '鸭婆塘', '松树岭', '牛角坵', '井边田', '庙前垅', '烂泥冲'];
const HILLS = ['老虎岭', '杉木冲', '鹰嘴岩', '大岭背', '黄狗坳', '松山坡', '观音山', '竹子坳', '石灰岭', '枫木山'];
const SURNAMES = ['陈', '刘', '李', '王', '张', '周', '罗', '邓', '曾', '唐', '彭', '谢', '蒋', '肖', '龚', '廖', '贺', '易', '袁', '伍'];
const TRADES = ['木工', '泥工', '钢筋工', '架子工', '水电工', '杂工'];
const CN = '〇一二三四五六七八九';

/** 38600 → 三万八千六百 (formal, as some write amounts). */
export function chineseInteger(n: number): string {
  const section = (x: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(x / unit) % 10;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && unit === 10 && !out ? '' : CN[d]) + name;
    }
    return out;
  };
  if (n < 10_000) return section(n) || '零';
  const rest = n % 10_000;
  return `${section(Math.floor(n / 10_000))}万${rest ? (rest < 1000 ? '零' : '') + section(rest) : ''}`;
}

/** 38600 → 3.86万元 */
function wan(n: number): string {
  return `${Number((n / 10_000).toFixed(2))}万元`;
}

function hundreds(n: number): number {
  return Math.round(n / 100) * 100;
}

function party(r: Random): string {
  return `${r.pick(SURNAMES)}某`;
}

function company(r: Random, kinds: readonly string[]): string {
  return `${r.pick(COMPANY_WORDS)}${r.pick(kinds)}`;
}

/** Where the petitioners live, as a record says it: 石桥村三组村民, 东门社区居民. */
function who(p: MatterPlace): string {
  return p.community ? `${p.villageName}居民` : `${p.villageName}${p.group}村民`;
}

/** A month one to four months before the matter is raised: 今年3月, 去年11月. */
function monthsAgo(r: Random, p: MatterPlace): string {
  const month = p.month - r.int(1, 4);
  return month >= 1 ? `今年${month}月` : `去年${month + 12}月`;
}

// ───────────────────────────── the kinds ─────────────────────────────

const landCompensation: MatterKind = {
  key: 'land-compensation', category: 'land-acquisition', weight: 30, season: [0.9, 0.7, 1.2, 1.3, 1.2, 1, 1, 0.9, 0.9, 0.9, 1, 1.1],
  place: 'village', collective: 0.15, repeat: 0.2, skipLevel: 0.12, countyFirst: 0.05, age: [38, 76],
  draft(r, p) {
    const project = r.pick([`S228线${p.townshipName}段改扩建工程`, '清溪大道西延线工程', `县城至${p.townshipName}公路提质改造工程`, `${p.townshipName}工业集中区`, 'G207绕城线', `${p.villageName}光伏发电项目`, '清溪河防洪堤工程', '县第二污水处理厂', '高铁站前大道']);
    const field = r.pick(FIELDS);
    const area = p.collective ? r.int(80, 600) / 10 : r.int(6, 45) / 10;
    const total = hundreds(area * r.pick([36800, 41200, 45600, 38500, 52000]));
    const paid = hundreds(total * r.pick([0.3, 0.5, 0.6, 0.7]));
    const unpaid = total - paid;
    const whose = p.collective ? '该组' : '其家';
    return {
      texts: [
        {
          title: `反映${project}征地补偿款未足额发放`,
          content: `${who(p)}反映：${project}征收${whose}土名“${field}”的耕地${area}亩，按协议应得补偿款${total}元，目前只发放了${paid}元，还有${unpaid}元未到位。多次找村、镇询问，均答复等上级资金拨付。要求尽快兑现剩余补偿款。`,
        },
        {
          title: `再次反映“${field}”征地补偿款拖欠问题`,
          content: `${p.group}“${field}”${area}亩田被${project}征收，工程早已开工，剩下的${wan(unpaid)}补偿款至今没有发放。上次反映后没有答复，${p.collective ? '组上村民' : '一家人'}意见很大。要求明确兑付时间，尽快把补偿款发到位。`,
        },
        {
          title: `反映${project}拖欠征地补偿款`,
          content: `${p.townshipName}${who(p)}反映：${project}征收“${field}”耕地${area}亩，补偿款${total}元仅发放${paid}元，尚欠${unpaid}元。镇、村多次答复等资金，一直没有落实。请求县里督促项目业主兑付征地补偿款。`,
        },
      ],
    };
  },
};

const landShare: MatterKind = {
  key: 'land-share', category: 'land-acquisition', weight: 7, season: FLAT,
  place: 'village', collective: 0.05, repeat: 0.25, skipLevel: 0.12, countyFirst: 0.05, age: [28, 55], maleShare: 0.1,
  draft(r, p) {
    const project = r.pick(['高速公路连接线', `${p.townshipName}集镇安置区`, '清溪河防洪堤工程', `${p.villageName}高标准农田建设项目`, '县城物流园']);
    const share = r.pick([6800, 7200, 8600, 9400, 11200, 12600]);
    const married = p.year - r.int(3, 12);
    const people = p.collective ? `${p.group}${r.int(5, 9)}名外嫁女` : '其';
    return {
      texts: [
        {
          title: '反映征地补偿款分配不公',
          content: `${who(p)}反映：${people}${married}年前后结婚，户口一直在本组未迁出。${project}征地后，组里按人头分配土地补偿款每人${share}元，却以“已出嫁”为由不予分配。要求依法享有同等分配权。`,
        },
        {
          title: '再次反映外嫁女不能分配征地款',
          content: `户口在${p.group}没有迁出，组上分${project}的征地款每人${share}元，说“已出嫁”就不给。上次反映后村里说是组上开会定的，村里管不了。要求镇政府责令纠正，补发每人${chineseInteger(share)}元。`,
        },
        {
          title: `反映${p.villageName}${p.group}征地补偿款分配问题`,
          content: `${p.townshipName}${who(p)}反映：户口一直在${p.group}，${project}征地补偿款按每人${share}元分配，组上以“已出嫁”为由不予分配，找镇里协调没有结果。请求县里依法纠正，保障外嫁女合法权益。`,
        },
      ],
    };
  },
};

const wageArrears: MatterKind = {
  key: 'wage-arrears', category: 'labour-wages', weight: 26, season: [3, 1.8, 0.6, 0.6, 0.7, 0.8, 0.8, 0.8, 0.9, 0.9, 1.3, 2.6],
  place: 'any', collective: 0.22, repeat: 0.2, skipLevel: 0.12, countyFirst: 0.1, channels: { visit: 1.3, phone: 1.4, letter: 0.4, online: 0.9 },
  age: [22, 60], maleShare: 0.85,
  draft(r, p) {
    const contractor = company(r, ['建筑工程有限公司', '劳务有限公司', '建设有限公司']);
    const project = r.pick(['县人民医院住院楼', '清溪中学新校区', `${p.townshipName}卫生院迁建工程`, '工业园标准厂房二期', '滨江花园三期', '城南安置小区', '县城污水管网改造工程', '农贸市场改造工程', `${r.pick(COMPANY_WORDS)}华府二期`]);
    const boss = `包工头${party(r)}`;
    const trade = r.pick(TRADES);
    const workers = p.collective ? r.int(8, 46) : r.int(2, 6);
    const total = workers * r.int(60, 260) * 100 + r.int(1, 9) * 10;
    const since = monthsAgo(r, p);
    const yearEnd = p.month === 1 || p.month === 2 || p.month === 12;
    return {
      texts: [
        {
          title: `反映${contractor}拖欠农民工工资`,
          content: `${p.collective ? `${workers}名农民工` : `${who(p)}与同乡${workers}人`}反映：${since}起在${contractor}承建的${project}工地做${trade}，${boss}拖欠工资共计${total}元，多次讨要无果。${yearEnd ? '年关将近，' : ''}要求督促${contractor}尽快结清工资。`,
        },
        {
          title: `再次反映${project}欠薪问题`,
          content: `在${project}干${trade}的工钱${total}元，${boss}一直说开发商没有拨款，上次反映后只发了一点生活费，剩下的还欠着。${yearEnd ? '马上过年了，' : ''}要求人社部门介入，督促${contractor}把工资结清。`,
        },
        {
          title: `反映${contractor}在${project}拖欠工资`,
          content: `${p.townshipName}籍农民工反映：${contractor}承建的${project}拖欠${trade}等${workers}人工资${total}元，镇劳动保障站协调后仍未支付，${boss}避而不见。请求县人社局劳动监察大队立案查处。`,
        },
      ],
    };
  },
};

const factoryClosure: MatterKind = {
  key: 'factory-closure', category: 'labour-wages', weight: 6, season: [1.6, 1.2, 1, 1, 1, 0.8, 0.8, 0.8, 0.9, 1, 1.1, 1.4],
  place: 'any', collective: 0.3, repeat: 0.2, skipLevel: 0.1, countyFirst: 0.15, channels: { visit: 1.3, online: 1.2 }, age: [25, 55], maleShare: 0.45,
  draft(r, p) {
    const factory = company(r, ['电子有限公司', '鞋业有限公司', '制衣有限公司', '竹木制品有限公司']);
    const months = r.int(2, 5);
    const workers = p.collective ? r.int(20, 120) : r.int(1, 3);
    const total = hundreds(workers * months * r.int(2600, 3900));
    return {
      texts: [
        {
          title: `反映${factory}停产后拖欠工资和社保`,
          content: `${who(p)}反映：在县工业园${factory}上班，厂里${monthsAgo(r, p)}起停产放假，拖欠${p.collective ? `${workers}名职工` : ''}${months}个月工资共${total}元，也没有缴纳社会保险。老板${party(r)}电话打不通。要求督促企业支付工资、补缴社保。`,
        },
        {
          title: `${factory}欠薪至今未解决`,
          content: `${factory}停产欠的${months}个月工资${wan(total)}到现在没有着落，社保也断缴了，上次反映后厂里只说在找人接手。要求劳动监察部门依法处理，先行垫付工资。`,
        },
        {
          title: `反映工业园${factory}欠薪${months}个月`,
          content: `${p.townshipName}${who(p)}反映：县工业园${factory}停产后拖欠工资${total}元、未缴社保，乡镇和园区协调无果。请求县人社局立案，依法追讨欠薪。`,
        },
      ],
    };
  },
};

const subsistence: MatterKind = {
  key: 'subsistence', category: 'social-security', weight: 17, season: [1.1, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.2],
  place: 'any', collective: 0, repeat: 0.15, skipLevel: 0.06, countyFirst: 0.05, channels: { visit: 1.3, phone: 1.3, letter: 0.8, online: 0.5 }, age: [55, 84], maleShare: 0.5,
  draft(r, p) {
    const members = r.int(2, 5);
    const sick = r.pick(['丈夫', '老伴', '儿子', '本人', '妻子']);
    const illness = r.pick(['尿毒症', '脑梗后遗症', '肝硬化', '类风湿', '精神残疾', '肺癌术后', '糖尿病并发症']);
    const reason = r.pick(['儿子在外务工有收入', '家里买了农用车', '女儿在县城买了房', '名下有个体工商户']);
    const amount = r.int(3, 9) * 100 + r.pick([0, 30, 50, 65]);
    const since = monthsAgo(r, p);
    return {
      texts: [
        {
          title: '反映低保被取消',
          content: `${who(p)}反映：家中${members}口人，${sick}患${illness}常年吃药，原享受低保每月${amount}元，${since}起被停发，村里说是因为${reason}。实际家庭困难，要求重新核查，恢复低保。`,
        },
        {
          title: '低保停发后至今未恢复',
          content: `${since}停发的低保（每月${amount}元）到现在也没恢复，${sick}的${illness}每个月光药费就要一千多元，村里还是说${reason}不符合条件。要求民政部门上门核实家庭情况，恢复低保。`,
        },
        {
          title: '反映低保被取消、镇里未复核',
          content: `${p.townshipName}${who(p)}反映：${since}起其家低保（每月${amount}元）被取消，理由是${reason}，${sick}患${illness}，家庭困难，向镇民政办申请复核没有答复。请求县民政局复核。`,
        },
      ],
    };
  },
};

const pension: MatterKind = {
  key: 'pension', category: 'social-security', weight: 10, season: FLAT,
  place: 'any', collective: 0.03, repeat: 0.2, skipLevel: 0.1, countyFirst: 0.2, channels: { visit: 1.2, letter: 1.4, online: 0.6 }, age: [60, 82], maleShare: 0.65,
  draft(r, p) {
    const factory = `县${r.pick(['农机厂', '化肥厂', '水泥厂', '纺织厂', '酒厂', '陶瓷厂', '造纸厂'])}`;
    const start = r.int(1972, 1986);
    const end = r.int(1995, 2003);
    const missing = r.int(3, 9);
    const counted = end - start - missing;
    const monthly = r.int(1450, 2380);
    return {
      texts: [
        {
          title: `反映视同缴费年限少算${missing}年`,
          content: `${who(p)}反映：${start}年至${end}年在原${factory}工作，退休时社保部门只认定视同缴费年限${counted}年，少算${missing}年，每月养老金${monthly}元偏低。要求重新认定工龄，补发养老金。`,
        },
        {
          title: `再次反映原${factory}工龄认定问题`,
          content: `${start}年进原${factory}，干到${end}年改制，档案里有招工表，视同缴费年限却只认${counted}年，养老金一个月才${monthly}元。上次反映后说档案不全，要求调取档案核实，把少算的${missing}年补上。`,
        },
        {
          title: `反映原${factory}职工工龄认定有误`,
          content: `${p.townshipName}${who(p)}反映：${start}年至${end}年在原${factory}工作，视同缴费年限仅认定${counted}年，每月养老金${monthly}元，向社保中心申请更正未果。请求县人社局复核工龄认定。`,
        },
      ],
    };
  },
};

const dilapidatedHouse: MatterKind = {
  key: 'dilapidated-house', category: 'urban-housing', weight: 12, season: [1, 0.8, 1, 1.1, 1.3, 1.3, 1.2, 1, 1, 1, 1, 1],
  place: 'village', collective: 0, repeat: 0.18, skipLevel: 0.08, countyFirst: 0.05, age: [45, 82], maleShare: 0.6,
  draft(r, p) {
    if (r.chance(0.5)) {
      const built = r.pick(['七十', '八十']);
      const applied = p.year - r.int(1, 3);
      const other = party(r);
      return {
        texts: [
          {
            title: '反映土坯房未列入危房改造',
            content: `${who(p)}反映：其家住的是${built}年代建的土坯房，雨季后墙体开裂、屋面漏雨，${applied}年起连续申请农村危房改造，一直没有列入计划，而组上条件好得多的${other}家却列入了。要求重新鉴定房屋等级，列入改造计划。`,
          },
          {
            title: '再次申请危房改造',
            content: `家里${built}年代的土坯房墙裂了一指宽，下雨不敢住，从${applied}年申请危改到现在都没批，${other}家新修了房子反倒拿到了补助。上次反映后没人来看。要求派人鉴定房屋，列入危房改造。`,
          },
          {
            title: '反映危房改造对象评定不公',
            content: `${p.townshipName}${who(p)}反映：其家${built}年代土坯房墙体开裂，${applied}年起申请危房改造未列入，组上${other}家条件较好却被列入。镇里答复名额有限。请求县住建局核查评定情况。`,
          },
        ],
      };
    }
    const subsidy = r.pick([14000, 18500, 21000, 25000, 31500]);
    const done = p.month <= 5 ? p.year - 1 : p.year - r.int(0, 1);
    return {
      texts: [
        {
          title: '反映危房改造补助资金未发放',
          content: `${who(p)}反映：其家${done}年按要求拆除旧房、新建砖混房屋，已通过验收，按规定应得危房改造补助${subsidy}元，至今未拨付到位。要求尽快发放补助资金。`,
        },
        {
          title: '危改补助至今未到账',
          content: `危房改造的房子${done}年就建好验收了，${wan(subsidy)}的危改补助到现在一分没到账，为建房借的钱还欠着。上次反映后镇里说资金在走程序。要求给个准确的发放时间。`,
        },
        {
          title: '反映危房改造补助被拖欠',
          content: `${p.townshipName}${who(p)}反映：${done}年完成危房改造并通过验收，补助${subsidy}元至今未拨付，多次到镇里询问无果。请求县住建局督促发放。`,
        },
      ],
    };
  },
};

const homestead: MatterKind = {
  key: 'homestead', category: 'rural-affairs', weight: 16, season: [0.9, 0.8, 1.3, 1.3, 1.1, 1, 1, 0.9, 1, 1.1, 1, 1.1],
  place: 'village', collective: 0, repeat: 0.22, skipLevel: 0.08, countyFirst: 0.03, age: [35, 78],
  draft(r, p) {
    const neighbour = party(r);
    const structure = r.pick(['杂屋', '围墙', '猪栏', '偏房', '化粪池', '车库']);
    const width = r.pick(['0.8', '1.2', '1.5', '2', '2.5']);
    const side = r.pick(['东', '西', '南', '北']);
    const month = monthsAgo(r, p);
    return {
      texts: [
        {
          title: `反映邻居${neighbour}建${structure}侵占宅基地`,
          content: `${who(p)}反映：邻居${neighbour}${month}新建${structure}，越过两家原定界址${width}米，占用其家${side}边宅基地，村组调解两次未果。要求依法确权，责令${neighbour}拆除越界部分。`,
        },
        {
          title: `再次反映与${neighbour}的宅基地纠纷`,
          content: `${neighbour}家的${structure}占了${side}边${width}米宅基地，村里调解后对方照样施工。上次来反映后说自然资源所会来测量，到现在也没人来。要求尽快派人现场勘界，拆除越界的${structure}。`,
        },
        {
          title: '反映宅基地被侵占、镇村调处不力',
          content: `${p.townshipName}${who(p)}反映：邻居${neighbour}${month}新建${structure}越界${width}米，侵占其家${side}边宅基地，村、镇调解后仍未拆除。请求县自然资源局勘界确权。`,
        },
      ],
    };
  },
};

const pigFarm: MatterKind = {
  key: 'pig-farm', category: 'environment', weight: 10, season: [0.6, 0.6, 0.8, 1, 1.3, 1.7, 1.9, 1.8, 1.3, 0.9, 0.7, 0.6],
  place: 'village', collective: 0.15, repeat: 0.2, skipLevel: 0.1, countyFirst: 0.1, channels: { online: 1.4, phone: 1.3, letter: 0.7 }, age: [30, 75],
  draft(r, p) {
    const farm = `${r.pick(COMPANY_WORDS)}生态养殖场`;
    const pigs = r.int(6, 30) * 100;
    const distance = r.int(4, 30) * 10;
    const water = r.pick(['山塘', '灌溉水渠', '小溪', '鱼塘']);
    return {
      texts: [
        {
          title: `反映${farm}粪污直排污染`,
          content: `${who(p)}反映：${farm}存栏生猪约${pigs}头，粪水未经处理直接排入附近${water}，离最近的民房只有${distance}米，天气一热臭气熏天、蚊蝇成群，${water}的水已经不能用。要求环保部门查处，责令整改。`,
        },
        {
          title: `再次反映${farm}臭气扰民`,
          content: `${farm}的猪粪水还是往${water}里排，晚上臭得关窗都睡不着，上次反映后来人看了一下就走了。养殖场离房子才${distance}米，要求依法处理，该关停就关停。`,
        },
        {
          title: `反映${farm}污染问题长期未解决`,
          content: `${p.townshipName}${who(p)}反映：${farm}存栏约${pigs}头，粪污直排${water}，距民房${distance}米，向乡镇反映后未见整改。请求市生态环境局清溪分局现场执法。`,
        },
      ],
    };
  },
};

const quarry: MatterKind = {
  key: 'quarry', category: 'environment', weight: 8, season: FLAT,
  place: 'village', collective: 0.2, repeat: 0.2, skipLevel: 0.12, countyFirst: 0.08, channels: { visit: 1.2, phone: 1.2 }, age: [30, 75],
  townships: { '430599102000': 3, '430599103000': 1.6, '430599202000': 1.2 },
  draft(r, p) {
    const operator = company(r, ['砂石有限公司', '石材有限公司', '建材有限公司']);
    const households = r.int(6, 40);
    const trucks = r.int(8, 30) * 10;
    return {
      texts: [
        {
          title: `反映${operator}采石场爆破震裂房屋`,
          content: `${who(p)}反映：${operator}在村后山开采石料，每天爆破，附近${households}户房屋墙体被震裂，粉尘大，日均${trucks}多台次运输车把通组公路压坏。要求停止爆破、鉴定房屋并赔偿。`,
        },
        {
          title: `${operator}放炮震房问题仍未处理`,
          content: `${operator}还在天天放炮，${households}户的房子裂缝越来越大，拉石头的车一天${trucks}多趟，路都压烂了。上次反映后说请人鉴定，到现在没有结果。要求先停产，再处理赔偿。`,
        },
        {
          title: `反映${operator}开采影响群众生产生活`,
          content: `${p.townshipName}${who(p)}反映：${operator}爆破开采致${households}户房屋开裂，运输车辆日均${trucks}多台次压坏道路，乡镇协调未果。请求县自然资源局、市生态环境局清溪分局依法查处。`,
        },
      ],
    };
  },
};

const noise: MatterKind = {
  key: 'noise', category: 'environment', weight: 6, season: [0.7, 0.6, 0.8, 1, 1.2, 1.5, 1.6, 1.5, 1.2, 1, 0.8, 0.7],
  place: 'any', collective: 0.1, repeat: 0.2, skipLevel: 0.06, countyFirst: 0.05, channels: { online: 1.6, phone: 1.6, visit: 0.6, letter: 0.5 }, age: [25, 70],
  draft(r, p) {
    const source = r.pick([`${r.pick(COMPANY_WORDS)}商品混凝土搅拌站`, `${r.pick(COMPANY_WORDS)}木材加工厂`, `${r.pick(COMPANY_WORDS)}夜宵烧烤店`]);
    const until = r.pick(['凌晨一点', '凌晨两点', '半夜十二点']);
    const distance = r.int(3, 15) * 10;
    return {
      texts: [
        {
          title: `反映${source}夜间噪音扰民`,
          content: `${who(p)}反映：${source}距居民楼约${distance}米，每晚生产经营到${until}，机器和人声噪音很大，老人小孩无法休息。要求有关部门检测噪音，限制夜间作业。`,
        },
        {
          title: `${source}噪音问题依旧`,
          content: `${source}晚上照样吵到${until}，离住的地方就${distance}米，上次反映后安静了两天又恢复原样。要求依法处罚，夜间停止作业。`,
        },
        {
          title: `反映${source}噪音扰民长期未解决`,
          content: `${p.townshipName}${who(p)}反映：${source}距居民住宅${distance}米，夜间作业至${until}，噪音扰民，向镇里反映后未解决。请求县里组织执法。`,
        },
      ],
    };
  },
};

const villageAccounts: MatterKind = {
  key: 'village-accounts', category: 'rural-affairs', weight: 12, season: [1.4, 1, 1, 1, 1, 0.9, 0.9, 0.9, 1, 1, 1, 1.3],
  place: 'village', collective: 0.2, repeat: 0.15, skipLevel: 0.12, countyFirst: 0.1, channels: { letter: 1.8, online: 1.2, visit: 0.8, phone: 0.4 }, age: [40, 75],
  draft(r, p) {
    const item = r.pick(['集体山林卖树款', '村部旧址出租租金', '集体鱼塘承包款', '光伏电站收益', '征地款集体留存部分']);
    const amount = r.int(12, 96) * 1000 + r.int(1, 9) * 100;
    const year = p.year - 1;
    return {
      texts: [
        {
          title: `反映${p.villageName}村务财务不公开`,
          content: `${who(p)}反映：${p.villageName}${year}年${item}共${amount}元，至今未在村务公开栏公布收支明细，村民多次要求查看账目，村委会一直推脱。要求镇经管站审计村级账目并公开。`,
        },
        {
          title: `再次要求公开${item}的收支`,
          content: `村里${year}年的${item}${amount}元花到哪里去了，到现在没有公开一个字。上次反映后镇里说要审计，也没有下文。要求把账目贴出来，给村民一个交代。`,
        },
        {
          title: `反映${p.villageName}${item}去向不明`,
          content: `${p.townshipName}${who(p)}反映：${p.villageName}${year}年${item}${amount}元收支未公开，向镇里反映后审计未见结果。请求县农业农村局组织审计并公开。`,
        },
      ],
    };
  },
};

const landTransfer: MatterKind = {
  key: 'land-transfer', category: 'rural-affairs', weight: 11, season: [0.8, 1, 2.3, 2.2, 1.2, 0.8, 0.7, 0.7, 0.8, 0.9, 1.1, 1.2],
  place: 'village', collective: 0.2, repeat: 0.2, skipLevel: 0.1, countyFirst: 0.05, age: [40, 78],
  draft(r, p) {
    const tenant = company(r, ['种植专业合作社', '生态农业开发有限公司', '农业科技有限公司']);
    const crop = r.pick(['油茶', '黄桃', '烤烟', '水稻', '蔬菜', '中药材']);
    const area = p.collective ? r.int(40, 320) : r.int(2, 8);
    const rent = r.pick([380, 420, 450, 500, 550]);
    const years = r.int(1, 2);
    const total = area * rent * years;
    const start = p.year - r.int(3, 6);
    const spring = p.month >= 2 && p.month <= 4;
    return {
      texts: [
        {
          title: `反映${tenant}拖欠土地流转费`,
          content: `${who(p)}反映：${start}年将承包地${area}亩流转给${tenant}种植${crop}，合同约定每亩每年${rent}元，${years === 1 ? '去年' : '近两年'}的流转费共${total}元至今未付。${spring ? '眼看春耕在即，' : ''}要求督促${tenant}支付流转费，否则收回土地自己耕种。`,
        },
        {
          title: `${tenant}流转费还是没给`,
          content: `流转给${tenant}种${crop}的${area}亩地，每亩${rent}元的租金拖着不给，一共${total}元。上次反映后合作社说资金紧张，再等等。${spring ? '春耕马上要开始了，' : ''}要求要么付钱，要么把地退回来。`,
        },
        {
          title: `反映${tenant}欠付流转费${total}元`,
          content: `${p.townshipName}${who(p)}反映：${tenant}流转土地${area}亩种植${crop}，每亩每年${rent}元，欠付流转费${total}元，镇里协调后仍未支付。请求县农业农村局督促处理。`,
        },
      ],
    };
  },
};

const forestRights: MatterKind = {
  key: 'forest-rights', category: 'rural-affairs', weight: 8, season: [1.3, 1.3, 1.5, 1.4, 1, 0.7, 0.6, 0.6, 0.8, 1, 1.2, 1.3],
  place: 'village', collective: 0.15, repeat: 0.2, skipLevel: 0.1, countyFirst: 0.05, age: [40, 80], maleShare: 0.85,
  townships: { '430599203000': 3, '430599202000': 1.6, '430599201000': 1.4 },
  draft(r, p) {
    const hill = r.pick(HILLS);
    const area = r.int(20, 260);
    const trees = r.int(30, 400);
    const other = p.collective ? `邻组${party(r)}等人` : `同组${party(r)}`;
    return {
      texts: [
        {
          title: `反映土名“${hill}”山林权属纠纷`,
          content: `${who(p)}反映：土名“${hill}”的山林约${area}亩，1983年林业“三定”时划给${p.collective ? '本组' : '其家'}，有山林权证为据。${other}以山是其祖业为由，雇人砍伐其中杉木${trees}株。要求乡政府调处确权，制止砍伐。`,
        },
        {
          title: `“${hill}”山林纠纷仍未调处`,
          content: `“${hill}”${area}亩山有林权证，${other}照样砍树，已经砍了${trees}株杉木。上次反映后林业站说要调查，一直没有结果。要求尽快调处，赔偿损失。`,
        },
        {
          title: `反映“${hill}”山林被越界砍伐`,
          content: `${p.townshipName}${who(p)}反映：土名“${hill}”山林${area}亩持有林权证，被${other}砍伐杉木${trees}株，乡政府未作出调处决定。请求县里依法确权。`,
        },
      ],
    };
  },
};

const villageRoad: MatterKind = {
  key: 'village-road', category: 'urban-housing', weight: 9, season: [0.8, 0.8, 1, 1.1, 1.4, 1.6, 1.4, 1.1, 0.9, 0.9, 0.8, 0.8],
  place: 'village', collective: 0.12, repeat: 0.15, skipLevel: 0.08, countyFirst: 0.05, age: [35, 75],
  draft(r, p) {
    const road = `${p.villageName}${p.group}至${r.pick(['村部', '集镇', '邻村'])}的通组公路`;
    const length = r.int(12, 48) / 10;
    const households = r.int(20, 130);
    if (p.month >= 5 && p.month <= 8 && r.chance(0.6)) {
      return {
        texts: [
          { title: `反映${road}塌方未修复`, content: `${who(p)}反映：${road}被暴雨冲垮，塌方约${r.int(15, 60)}米，${households}户村民出行中断，农产品运不出去。要求尽快组织抢修。` },
          { title: `${road}塌方后至今未修`, content: `${road}垮了一个多月，${households}户人家进出只能走田埂，上次反映后只拉了警戒线。要求尽快修复道路。` },
          { title: `反映${road}水毁未修复`, content: `${p.townshipName}${who(p)}反映：${road}暴雨塌方，${households}户出行中断，乡镇未安排修复资金。请求县交通运输局支持抢修。` },
        ],
      };
    }
    return {
      texts: [
        { title: `反映${road}硬化工程停工`, content: `${who(p)}反映：${road}全长${length}公里，开工后只铺了一半就停工，路基挖开后一下雨就是烂泥，${households}户村民出行和运送农资困难。要求督促施工单位复工。` },
        { title: `${road}停工问题仍未解决`, content: `${length}公里的通组公路修了一半丢在那里，${households}户人家天天走烂泥路，上次反映后施工队还是没回来。要求尽快复工，把路修完。` },
        { title: `反映${road}硬化半途停工`, content: `${p.townshipName}${who(p)}反映：${road}全长${length}公里，硬化工程停工至今，${households}户出行困难。请求县交通运输局督促复工。` },
      ],
    };
  },
};

const drinkingWater: MatterKind = {
  key: 'drinking-water', category: 'rural-affairs', weight: 8, season: [1.3, 1, 0.8, 0.7, 0.7, 0.9, 1.8, 2.2, 1.8, 1, 0.8, 1.1],
  place: 'village', collective: 0.12, repeat: 0.2, skipLevel: 0.06, countyFirst: 0.03, channels: { phone: 1.3 }, age: [35, 78],
  draft(r, p) {
    const households = r.int(20, 120);
    const days = r.int(5, 30);
    const built = p.year - r.int(4, 9);
    const cause = p.month <= 2 || p.month === 12 ? '管道冻裂' : r.pick(['水源山塘蓄水不足', '管道老化破损', '抽水泵烧坏']);
    return {
      texts: [
        {
          title: `反映${p.villageName}${p.group}饮水困难`,
          content: `${who(p)}反映：${built}年建成的${p.villageName}安全饮水工程${cause}，${p.group}${households}户已经停水${days}天，村民只能到两里外挑水吃。要求尽快维修管网，解决饮水问题。`,
        },
        {
          title: `${p.group}停水问题还没解决`,
          content: `${p.group}${households}户停水${days}天了，${cause}一直没人来修，老人挑不动水。上次打电话反映说马上来修，到现在没来。要求尽快恢复供水。`,
        },
        {
          title: `反映${p.villageName}安全饮水工程长期停水`,
          content: `${p.townshipName}${who(p)}反映：${built}年建成的安全饮水工程${cause}，${households}户停水${days}天，乡镇未及时维修。请求县水利部门解决。`,
        },
      ],
    };
  },
};

const litigation: MatterKind = {
  key: 'litigation', category: 'law-litigation', weight: 9, season: FLAT,
  place: 'any', collective: 0, repeat: 0.25, skipLevel: 0.15, countyFirst: 0.35, channels: { letter: 1.4, visit: 1.2, online: 0.7 }, age: [30, 72],
  draft(r, p) {
    const other = party(r);
    const caseYear = p.year - r.int(1, 4);
    const amount = r.int(30, 480) * 1000 + r.pick([0, 500]);
    if (r.chance(0.5)) {
      return {
        texts: [
          { title: `反映${caseYear}年民间借贷案执行不到位`, content: `${who(p)}反映：${caseYear}年起诉${other}民间借贷纠纷，县人民法院判决${other}偿还借款${amount}元及利息，判决生效后对方拒不履行，申请强制执行至今未执行到位，而${other}在县城买房买车。要求法院加大执行力度。` },
          { title: `${other}借款案仍未执行`, content: `法院判了${other}还${amount}元，到现在一分钱没执行回来，${other}天天开着车在街上转。上次反映后执行法官说在查财产。要求对${other}采取强制措施。` },
          { title: `反映县人民法院执行案件久拖不结`, content: `${p.townshipName}${who(p)}反映：与${other}民间借贷纠纷案，县人民法院${caseYear}年判决${other}还款${amount}元，执行至今未到位。请求县委政法委督促执行。` },
        ],
      };
    }
    const injury = r.pick(['轻伤二级', '轻微伤', '骨折']);
    return {
      texts: [
        { title: '反映被人打伤后派出所处理不公', content: `${who(p)}反映：${monthsAgo(r, p)}因排水沟纠纷被${other}打伤，经鉴定为${injury}，花去医疗费${amount / 10}元。派出所只作调解处理，${other}至今未赔偿。要求依法追究${other}责任。` },
        { title: `被${other}打伤一事仍未处理`, content: `被${other}打成${injury}，医药费${amount / 10}元一分没赔，派出所说只能调解。上次反映后没有回音。要求公安机关依法处理${other}。` },
        { title: '反映伤害案件处理不公', content: `${p.townshipName}${who(p)}反映：因排水沟纠纷被${other}打伤（${injury}），医疗费${amount / 10}元未获赔偿，派出所仅作调解处理。请求县公安局依法处理。` },
      ],
    };
  },
};

const accusation: MatterKind = {
  key: 'accusation', category: 'discipline', weight: 8, season: FLAT,
  place: 'any', collective: 0.02, repeat: 0.1, skipLevel: 0.05, countyFirst: 0.75, channels: { letter: 2, online: 1.5, visit: 0.4, phone: 0.4 }, age: [35, 70], maleShare: 0.75,
  draft(r, p) {
    const twp = `twp-${p.townshipCode}`;
    const official = party(r);
    const choices: (() => MatterDraft)[] = [
      () => {
        const fee = r.pick([500, 800, 1000, 1500]);
        const n = r.int(4, 15);
        const body = `${p.townshipName}村镇建设站工作人员${official}在${p.year - 1}年危房改造验收中，向${n}户改造户每户收取“验收费”${fee}元，不给钱就拖着不验收、不拨补助`;
        return {
          accusedUnit: twp,
          texts: [
            { title: `举报${p.townshipName}人民政府工作人员在危房改造验收中收取好处费`, content: `实名举报：${body}。要求纪检监察机关调查处理。` },
            { title: `再次举报${p.townshipName}危改验收收费问题`, content: `${official}收危改户“验收费”每户${fee}元的事，举报后没有回音，收了钱的${n}户都可以作证。要求尽快查处。` },
            { title: `举报${p.townshipName}危房改造验收中吃拿卡要`, content: `${body}，向镇里反映未处理。请求县纪委监委调查。` },
          ],
        };
      },
      () => {
        const n = r.int(3, 9);
        const body = `${p.townshipName}人民政府在${p.villageName}低保评审中优亲厚友，把村干部亲属${n}户纳入低保，真正困难的户被排除在外，评审名单没有张榜公示`;
        return {
          accusedUnit: twp,
          texts: [
            { title: `举报${p.townshipName}低保评审优亲厚友`, content: `实名举报：${body}。要求纪检监察机关调查。` },
            { title: `再次举报${p.villageName}低保“关系保”`, content: `${p.villageName}村干部亲属${n}户吃低保的事，举报后镇里说评审合规，名单到现在也不公示。要求上级查清。` },
            { title: `举报${p.townshipName}低保评审不公`, content: `${body}。请求县纪委监委、县民政局调查处理。` },
          ],
        };
      },
      () => {
        const area = r.int(12, 45);
        const body = `${p.villageName}有人在基本农田上违法建厂房，已占地${area}亩，县自然资源局执法人员${official}接到举报后只罚款不拆除，与业主关系密切`;
        return {
          accusedUnit: 'dept-natural-resources',
          texts: [
            { title: '举报县自然资源局对违法占地选择性执法', content: `实名举报：${body}。要求纪委监委调查。` },
            { title: `再次举报${p.villageName}违法占用基本农田${area}亩`, content: `${p.villageName}基本农田上违法建的厂房越建越大，已占地${area}亩，执法人员${official}只罚款不拆除。上次举报后没有回复。要求查处选择性执法问题。` },
            { title: '举报违法占地查处中的失职问题', content: `${body}。请求县纪委监委调查。` },
          ],
        };
      },
      () => {
        const road = `${p.townshipName}${r.pick(['至县城', '集镇', '至' + p.villageName])}公路`;
        const thin = r.int(8, 14);
        const body = `${road}提质改造工程路面设计厚度20厘米，实际只有${thin}厘米左右，县交通运输局质监人员${official}验收时不检测就签字合格`;
        return {
          accusedUnit: 'dept-transport',
          texts: [
            { title: `举报${road}工程验收弄虚作假`, content: `实名举报：${body}，通车不到半年已多处开裂。要求纪委监委调查。` },
            { title: `再次举报${road}偷工减料`, content: `${road}路面才${thin}厘米厚，到处开裂，${official}验收签了字。举报后没有下文。要求钻芯检测，追究责任。` },
            { title: '举报公路工程质量验收失职', content: `${body}。请求县纪委监委调查。` },
          ],
        };
      },
      () => {
        const n = r.int(2, 6);
        const bribe = r.int(12, 58) * 1000;
        const body = `县人力资源和社会保障局工作人员${official}为${n}名不符合条件的人员违规办理特殊工种提前退休，每人收取好处费${bribe}元`;
        return {
          accusedUnit: 'dept-hrss',
          texts: [
            { title: '举报县人社局工作人员违规办理提前退休', content: `实名举报：${body}。要求纪委监委调查。` },
            { title: '再次举报违规办理提前退休', content: `${official}给${n}个人办特殊工种提前退休、每人收${bribe}元好处费的事，举报后没有回音，这些人根本没干过井下和高温岗位。要求查清。` },
            { title: '举报县人社局违规办理退休', content: `${body}。请求县纪委监委调查处理。` },
          ],
        };
      },
    ];
    return r.pick(choices)();
  },
};

const propertyCertificate: MatterKind = {
  key: 'property-certificate', category: 'urban-housing', weight: 8, season: FLAT,
  place: 'community', collective: 0.3, repeat: 0.15, skipLevel: 0.15, countyFirst: 0.1, channels: { online: 1.5, visit: 1.2, phone: 0.6 }, age: [28, 70],
  draft(r, p) {
    const estate = `${r.pick(COMPANY_WORDS)}${r.pick(['花园', '名苑', '华府', '新城', '雅居'])}`;
    const developer = `${r.pick(COMPANY_WORDS)}置业有限公司`;
    const households = r.int(80, 420);
    const delivered = p.year - r.int(3, 7);
    return {
      texts: [
        {
          title: `反映${estate}业主无法办理不动产权证`,
          content: `${who(p)}反映：${estate}小区${delivered}年交房，开发商${developer}欠缴土地出让金和税费，${households}户业主至今办不了房产证，孩子上学、落户都受影响。要求政府协调，尽快为业主办证。`,
        },
        {
          title: `${estate}办证难问题仍未解决`,
          content: `${estate}${delivered}年就交房了，${households}户业主的房本到现在还办不下来，${developer}一直推说在补缴费用。上次反映后没有进展。要求给出办证时间表。`,
        },
        {
          title: `反映${estate}${households}户业主办证难`,
          content: `${p.townshipName}${who(p)}反映：${developer}开发的${estate}${delivered}年交房，因欠缴土地出让金，${households}户业主无法办理不动产权证，镇里协调未果。请求县住建局、县自然资源局协调解决。`,
        },
      ],
    };
  },
};

const schoolBus: MatterKind = {
  key: 'school', category: 'other', weight: 5, season: [0.6, 1.2, 1.3, 0.8, 0.6, 0.6, 0.6, 1.6, 2, 1.2, 0.8, 0.6],
  place: 'village', collective: 0.15, repeat: 0.15, skipLevel: 0.08, countyFirst: 0.1, channels: { online: 1.4, letter: 1.2 }, age: [28, 50], maleShare: 0.4,
  draft(r, p) {
    const point = `${p.villageName}教学点`;
    const km = r.int(6, 15);
    const pupils = r.int(12, 45);
    return {
      texts: [
        { title: `反映${point}撤并后学生上学难`, content: `${who(p)}反映：${point}撤并后，${pupils}名学生要到${km}公里外的中心小学上学，没有校车，家长每天接送或拼坐无证面包车，安全隐患大。要求开通校车或恢复教学点。` },
        { title: `${point}撤并后校车问题仍未解决`, content: `${pupils}个孩子每天跑${km}公里上学，还是没有校车，只能坐无证面包车。上次反映后说研究，开学了还没消息。要求尽快安排校车。` },
        { title: `反映${p.villageName}学生上学路远无校车`, content: `${p.townshipName}${who(p)}反映：${point}撤并后${pupils}名学生需到${km}公里外就读，无校车接送。请求县教育局解决。` },
      ],
    };
  },
};

const coalSubsidence: MatterKind = {
  key: 'coal-subsidence', category: 'environment', weight: 2, season: FLAT,
  place: 'village', collective: 0.3, repeat: 0.25, skipLevel: 0.15, countyFirst: 0.1, age: [45, 80],
  townships: { '430599202000': 1 },
  onlyIn: ['430599202000'],
  draft(r, p) {
    const mine = `${p.townshipName.slice(0, 2)}${r.pick(['一', '二', '三'])}号井`;
    const households = r.int(5, 30);
    return {
      texts: [
        { title: `反映${mine}采空区致房屋开裂、井水干涸`, content: `${who(p)}反映：原${mine}关闭后采空区地面沉降，${households}户房屋墙体开裂，饮用水井干涸。要求鉴定房屋，落实搬迁安置或维修补助。` },
        { title: `${mine}采空区沉降问题仍未处理`, content: `${mine}采空区上的${households}户，房子裂缝越来越大，井里没水了，上次反映说等鉴定，一直没来。要求尽快安置。` },
        { title: `反映${mine}采空区群众安置问题`, content: `${p.townshipName}${who(p)}反映：原${mine}采空区沉降致${households}户房屋开裂、井水干涸，乡里未能解决。请求县里落实鉴定和安置。` },
      ],
    };
  },
};

export const MATTER_KINDS: readonly MatterKind[] = [
  landCompensation, landShare, wageArrears, factoryClosure, subsistence, pension, dilapidatedHouse, homestead, pigFarm, quarry, noise,
  villageAccounts, landTransfer, forestRights, villageRoad, drinkingWater, litigation, accusation, propertyCertificate, schoolBus, coalSubsidence,
];
