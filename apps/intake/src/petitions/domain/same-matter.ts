/**
 * Same matter (同一事项): do two petitions raise the same matter? Used at intake to link a
 * repeat petition (重复访), a skip-level one (越级访), and to refuse a matter after re-review
 * (Art. 36). Petitioner identity is matched elsewhere; this looks only at the text, the
 * category and the village. Pure functions, no segmenter: character n-grams. See SAME-MATTER.md.
 */

export interface SameMatterText {
  title: string;
  content: string;
  categoryCode?: string | null;
  villageCode?: string | null;
}

/**
 * Score at or above which two petitions are taken to be the same matter: the best F1 on the
 * `tune` half of same-matter.pairs.ts, and precision-leaning there (98% precision, 90% recall; on
 * pairs never tuned on, about 80% / 80%: see SAME-MATTER.md and scripts/evaluate-same-matter.ts).
 */
export const SAME_MATTER_THRESHOLD = 0.55;

/** Document frequencies for n-gram weights: the built-in background, or one built from a corpus. */
export interface SameMatterModel {
  readonly documents: number;
  readonly df: ReadonlyMap<string, number>;
}

/** What went into a score, for evaluation and for showing staff why two petitions were linked. */
export interface SameMatterBreakdown {
  score: number;
  /** Weighted cosine of the two n-gram profiles, 0..1. */
  cosine: number;
  /** Weighted overlap relative to the shorter text, 0..1. */
  containment: number;
  /** Cosine over the common vocabulary of petitions (which grievance), 0..1. */
  grievance: number;
  /** Facts both mention: amounts and areas (#38600, #1.8), quoted names, named objects (company:鑫达). */
  sharedAnchors: string[];
  /** What both name differently: another company, another 组, another party (陈某 vs 彭某). */
  conflicts: string[];
  /** The non-zero log-odds terms, e.g. "numbers+3.10", "conflicts-2.00". */
  terms: string[];
}

// ───────────────────────────────── normalisation ─────────────────────────────────

const CJK = /[\u3400-\u9fff]/;
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** A Chinese numeral is read as a number only before one of these (or when it has 万/千/百 in it). */
const NUMBER_FOLLOWERS = '元块万亩组年月日号户人间层米个名栋座棵株头桌天次岁楼平立分厘公斤吨车根辆期级多余周位份套处条只匹家段所';

/** Boilerplate: words of petition writing that say nothing about which matter it is. Longest first. */
const BOILERPLATE = [
  '尊敬的领导', '有关部门', '相关部门', '有关单位', '信访人', '来访人', '来电人', '来信人', '反映人', '举报人', '检举人',
  '实名检举', '实名举报', '恳请', '请求', '要求', '希望', '反映', '来访', '来电', '来信', '再次', '多次', '关于', '问题',
  '情况', '尽快', '尽早', '依法', '解决', '处理', '落实', '督促', '协调', '政府', '领导', '尊敬的', '你好', '您好', '此致',
  '敬礼', '特此', '给个说法', '主持公道', '做主', '至今', '一直', '目前', '已经', '现在', '村民代表', '代表', '村民',
  '居民', '群众', '老百姓', '联名', '称', '表示', '认为', '帮助', '帮忙', '谢谢', '查一查',
].sort((x, y) => y.length - x.length);
/**
 * Colloquial and formal names of the same thing, as petitioners and staff write them: each
 * variant is rewritten to one form so that a letter and a visit record share n-grams.
 */
const THESAURUS: [RegExp, string][] = [
  [/工钱|薪水|薪资/g, '工资'],
  [/欠薪/g, '拖欠工资'],
  [/讨薪/g, '讨要工资'],
  [/危改/g, '危房改造'],
  [/房产证|房本/g, '不动产权证'],
  [/国土所/g, '自然资源所'],
  [/国土局/g, '自然资源局'],
  [/班车/g, '客车'],
  [/放炮/g, '爆破'],
  [/(?:挖|抽|采)(?:河)?沙/g, '采砂'],
  [/(?<!养)猪场/g, '养猪场'],
  [/挡光/g, '遮挡采光'],
  [/违建|违章建房|违法建筑/g, '违章建筑'],
  [/最低生活保障(?:金)?|低保金/g, '低保'],
  [/村?党支部书记|村书记|(?<!村)支书/g, '村支书'],
  [/村委会主任/g, '村主任'],
  [/老婆|爱人|媳妇/g, '妻子'],
  [/津贴/g, '补贴'],
];

/** Function characters deleted outright (they join, not split, what is around them). */
const STOP_CHARS = new Set('的了着其他她我你您们吧呢啊吗呀也都就还又却把被给对向从于及与和并而且即将该此这那些么');

const SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳文'.split(''));
const NAME_BEFORE = /(?:来访人|信访人|来电人|来信人|反映人|举报人|申请人|当事人|我叫|本人叫|村民|居民|职工|工人|退休职工)([\u3400-\u9fff]{2,4})/g;
const NAME_AFTER = /(?:^|[组村区，,。：:\s（(])([\u3400-\u9fff]{2,4}?)(?=反映|来访|来电|来信|再次|第[一二三四五]次|对|等\d|等[一二三四五六七八九十]|，|,|：|:|（|\()/g;

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '慕容', '令狐', '皇甫', '尉迟', '长孙'];

function candidateName(raw: string): string | null {
  const compound = COMPOUND_SURNAMES.some((c) => raw.startsWith(c));
  const name = raw.slice(0, compound ? 4 : 3);
  if (!compound && !SURNAMES.has(name[0]!)) return null;
  if (/[某村组镇乡社区市县省厂矿司场站院所局队]/.test(name)) return null;
  if (/(反映|来访|来电|来信|再次|等)$/.test(name)) return null;
  return name.length >= 2 ? name : null;
}

/**
 * Names of the petitioner as staff and citizens write them ("来访人周德明", "三组周德明反映",
 * "我叫李满仓"): identity is matched elsewhere, and the same person's other grievances share
 * the name, so it must not count as evidence of the same matter. "X某" (the other party) is kept.
 */
export function petitionerNames(text: string): string[] {
  const names = new Set<string>();
  const s = text.normalize('NFKC');
  for (const m of s.matchAll(NAME_BEFORE)) {
    const compound = COMPOUND_SURNAMES.some((c) => m[1]!.startsWith(c));
    for (const len of compound ? [4, 3] : [3, 2]) {
      const n = candidateName(m[1]!.slice(0, len));
      if (n && !/[反来等再]/.test(n.slice(1))) { names.add(n); break; }
    }
  }
  for (const m of s.matchAll(NAME_AFTER)) {
    const n = candidateName(m[1]!);
    if (n) names.add(n);
  }
  return [...names];
}

interface NumberRead { value: number; end: number }

function readArabic(s: string, i: number): NumberRead | null {
  const m = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(s.slice(i, i + 24));
  if (!m) return null;
  let value = Number(m[0].replaceAll(',', ''));
  let end = i + m[0].length;
  // 3.5万 / 12万元 / 2千
  const next = s[end];
  if (next === '万') { value *= 10000; end++; } else if (next === '千' && s[end + 1] !== '克') { value *= 1000; end++; }
  return { value: Math.round(value * 100) / 100, end };
}

/** Reads a Chinese numeral (三万八千六, 两千三, 十六万八, 一千五): colloquial trailing digits included. */
function readChinese(s: string, i: number): NumberRead | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let afterZero = false;
  let j = i;
  for (; j < s.length; j++) {
    const ch = s[j]!;
    if (ch in CN_DIGITS) {
      if (digit !== null) break; // 一二年级: two digits in a row end the number
      digit = CN_DIGITS[ch]!;
      if (digit === 0) { afterZero = true; digit = null; }
    } else if (ch in CN_UNITS) {
      const unit = CN_UNITS[ch]!;
      if (lastUnit && unit >= lastUnit && lastUnit !== 10000) break;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      afterZero = false;
    } else if (ch === '万') {
      if (digit === null && section === 0 && total === 0) break;
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
      lastUnit = 10000;
      afterZero = false;
    } else break;
  }
  if (j === i) return null;
  let value = total + section;
  if (digit !== null) value += lastUnit && !afterZero ? (digit * lastUnit) / 10 : digit;
  return { value, end: j };
}

const NUM = '\u0001'; // marks a number token in the normalised string: \u0001<value>\u0002
const NUM_END = '\u0002';
const BREAK = '|';

/**
 * Normalises petition text: full-width → half-width (NFKC), lower case, quotes unified, numbers
 * (arabic and Chinese, with 万/千 and colloquial forms like 四万六) read to values, 块 after a
 * number read as 元, boilerplate words replaced by a break, function characters dropped.
 */
export function normalizePetitionText(raw: string, names: readonly string[] = []): string {
  let s = raw.normalize('NFKC').toLowerCase();
  for (const name of names) s = s.replaceAll(name, BREAK);
  s = s.replace(/[“”„‟"'‘’「」『』《》〈〉【】]/g, '"');
  s = s.replace(/百分之([零〇一二两三四五六七八九十]+|\d+(?:\.\d+)?)/g, (_, n: string) => `${/\d/.test(n) ? n : readChinese(n, 0)?.value ?? n}%`);
  for (const [variant, canonical] of THESAURUS) s = s.replace(variant, canonical);
  let out = '';
  for (let i = 0; i < s.length;) {
    const ch = s[i]!;
    let read: NumberRead | null = null;
    if (ch >= '0' && ch <= '9') read = readArabic(s, i);
    else if (ch in CN_DIGITS || ch in CN_UNITS) {
      const r = readChinese(s, i);
      if (r) {
        const text = s.slice(i, r.end);
        const next = s[r.end] ?? '';
        const compound = /[十百千万]/.test(text) && text.length >= 2;
        if (NUMBER_FOLLOWERS.includes(next) && next !== '' || compound) read = r;
        if (r.end - i === 1 && text === '十' && !NUMBER_FOLLOWERS.includes(next)) read = null;
      }
    }
    if (read) {
      out += `${NUM}${read.value}${NUM_END}`;
      i = read.end;
      // 块 is money after an amount (两千块, 五百块钱), a measure word after a small number (一块田)
      if (s.startsWith('块钱', i)) { out += '元'; i += 2; } else if (s[i] === '块' && read.value >= 100) { out += '元'; i++; }
      continue;
    }
    out += ch;
    i++;
  }
  for (const word of BOILERPLATE) out = out.replaceAll(word, BREAK);
  let kept = '';
  for (const ch of out) if (!STOP_CHARS.has(ch)) kept += ch;
  return kept;
}

/** Tokens: one per CJK character or latin/digit run, one per number; null where a phrase breaks. */
function tokens(normalised: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < normalised.length;) {
    const ch = normalised[i]!;
    if (ch === NUM) {
      const end = normalised.indexOf(NUM_END, i);
      out.push(`#${normalised.slice(i + 1, end)}`);
      i = end + 1;
    } else if (CJK.test(ch)) {
      out.push(ch);
      i++;
    } else if (/[a-z0-9]/.test(ch)) {
      let j = i;
      while (j < normalised.length && /[a-z0-9]/.test(normalised[j]!)) j++;
      out.push(normalised.slice(i, j));
      i = j;
    } else {
      if (out.length && out[out.length - 1] !== null) out.push(null);
      i++;
    }
  }
  return out;
}

function numberValue(token: string): number | null {
  return token.startsWith('#') ? Number(token.slice(1)) : null;
}

/** Bigrams and trigrams within phrases; numbers of 100 and more also as single tokens. */
function grams(toks: (string | null)[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t === null || t === undefined) continue;
    const v = numberValue(t);
    if (v !== null && v >= 100) out.push(t);
    else if (t.length > 1 && !t.startsWith('#')) out.push(t); // latin runs such as s228, k3
    const t1 = toks[i + 1];
    if (t1 === null || t1 === undefined) continue;
    out.push(t + t1);
    const t2 = toks[i + 2];
    if (t2 === null || t2 === undefined) continue;
    out.push(t + t1 + t2);
  }
  return out;
}

// ───────────────────────────────── weights ─────────────────────────────────

/**
 * A background of generic petition sentences, one per line, from which the default n-gram
 * weights come: what every petition of a kind says (拖欠工资, 征地补偿款, 低保, 养猪场…) weighs
 * little, what is particular (a company's name, a parcel's local name, an amount) weighs much.
 * Written for this purpose, independent of the labelled pairs. Replace or extend it with a real
 * corpus through createSameMatterModel.
 */
const BACKGROUND = `
某村某组村民反映其承包地被征收，征地补偿款未足额发放，要求尽快兑现剩余补偿款。
关于某项目征地补偿标准过低的问题，村民要求按照国家标准提高补偿，补偿款至今未到位。
某镇某村村民反映公路建设征收土地，青苗补偿和地上附着物补偿没有清点到位，要求重新丈量。
来访人反映房屋被征收拆迁，拆迁安置房逾期未交付，过渡费停发，要求明确交房时间。
信访人反映征收房屋时评估面积认定有误，杂屋偏房未计入，要求重新评估补偿。
被征地农民反映失地农民养老保险未办理，要求落实被征地农民社会保障。
村民反映组里分配征地补偿款时外嫁女和子女不能享受分配，要求依法分配土地补偿款。
群众反映工程建设需要迁坟，迁坟补偿标准偏低，要求提高补偿标准。
村民反映工程施工临时占用土地未签订协议也未给补偿，要求按临时用地补偿。
征地拆迁后安置宅基地未落实，一家人借住亲戚家，要求落实安置。
村民代表反映征地后应返还的留用地未落实，村集体征地款去向不明，要求公开。
来访人反映在工地务工被包工头和建筑劳务公司拖欠工资，多次讨要未果，要求督促支付工资。
农民工集体来访反映建筑公司拖欠农民工工资共计数十万元，要求人社部门介入讨薪。
工人反映工厂老板拖欠工资几个月，只发生活费，要求劳动监察大队督促厂方结清工资。
职工反映公司没有给职工缴纳养老保险等社会保险，要求补缴社保。
工人反映在工地受伤住院，公司没有买工伤保险，要求承担医疗费和误工费。
反映辞职后工资被扣押不发，要求退还工资。
矿山企业关闭后职工经济补偿金未支付，要求落实补偿。
患职业病尘肺病无法申请工伤认定，要求享受职业病待遇。
反映帮人建房装修做工，工钱被拖欠，村里调解没有结果。
村民反映家庭困难，低保被取消，要求重新核查恢复低保。
信访人反映残疾人两项补贴、重度残疾人护理补贴没有领到，要求核查发放。
反映城乡居民养老保险待遇发放标准偏低，养老金少发，要求核实。
企业退休职工反映视同缴费年限认定有误，工龄少算，养老金偏低，要求重新认定。
职工去世后丧葬补助金和抚恤金未发放，要求社保中心办理。
反映在外地医院住院，医疗费用医保报销比例过低，未办理转诊备案，要求按规定报销。
申请临时救助和医疗救助没有回音，要求答复。
老人高龄津贴停发，要求补发高龄补贴。
五保户特困供养金被代领，要求查清。
退役军人反映未享受参战退役人员生活补助，要求认定发放。
村民反映农村危房改造补助资金未拨付到位，要求拨付危改补助。
村民申请危房改造未被列入计划，土坯房墙体开裂，要求列入改造。
小区业主反映购房多年开发商欠缴土地出让金，无法办理不动产权证房产证，要求政府协调办证。
业主反映商品房外墙渗水，开发商不履行保修责任，要求维修。
购房户反映开发商延期交房，不支付违约金，要求政府督促开发商交房。
居民反映新建楼房间距不足遮挡采光，质疑规划审批，要求核查。
住户反映安置小区房屋墙体开裂，要求房屋安全鉴定和维修。
居民反映小区未通天然气，地下室积水，要求维修整改。
村民举报邻居违章建房，未办理审批手续，占用道路，要求依法拆除违建。
村民反映养猪场粪污未经处理直排，臭气熏天，污染水塘和饮用水源，要求环保部门查处。
村民反映砂石场采石场粉尘噪音扰民，放炮爆破震裂房屋，运输车辆压坏道路，要求关停整改。
居民反映搅拌站工厂夜间生产噪音扰民，废水排入农田，要求限制生产并赔偿。
村民反映砖厂烟尘污染，要求环保部门检查。
村民反映河道非法采砂，河堤垮塌，要求水利部门执法查处。
村民反映水电站引水导致河道断流，要求保证生态流量。
村民反映垃圾站选址离民房太近，垃圾池无人清运，臭气蚊蝇多，要求迁址清运。
村民反映宅基地被邻居侵占，搭建棚子，要求村委会确权并拆除。
村民反映与邻居山林界址纠纷，砍伐杉树，要求林业站勘界确权。
村民反映建房审批迟迟不批，要求办理宅基地审批手续。
村民反映土地流转给合作社公司，流转费租金未支付，要求督促支付流转费。
村民反映村委会出租土地租金偏低，合同未经村民代表大会讨论，要求重新议定。
村民代表反映两组之间山林权属争议，越界砍伐，要求乡政府调处确权。
村民反映国有林场造林越界占用集体山林，要求核查界线退还。
村民反映村务财务不公开，村级账目去向不明，要求审计公开。
村民反映村委会换届选举拉票贿选，要求重新选举。
村民反映农村安全饮水工程建成后不通水，自来水浑浊，要求通水和检测水质。
村民反映通组公路硬化工程停工，道路损坏，危桥需要重建，要求修复道路桥梁。
村民反映土地确权面积登记错误，承包地登记到他人名下，要求更正确权证。
村民反映耕地地力保护补贴种粮补贴没有发放，要求补发。
村民反映村集体水库鱼塘林场私下低价发包，卖树款未入账，要求公开招标查处。
信访人反映法院判决生效后被执行人不履行，申请强制执行未执行到位，要求加大执行力度。
信访人对法院判决不服，认为判决不公，要求再审。
信访人反映被人打伤，派出所不立案，要求追究刑事责任。
当事人反映交通事故赔偿纠纷，责任认定不公。
村民实名检举村支书村主任利用职权优亲厚友，违规让亲属享受低保，要求纪委查处。
群众举报村干部截留危房改造补助资金，索要好处费，虚报工程款，冒领补偿款，要求查处。
举报乡镇工作人员在审批中吃拿卡要，违规操办酒席，要求纪委调查。
家长反映学校撤并后学生上学路远没有校车，学校收费过高，要求恢复教学点。
村民反映通村客车班线停运，公路塌方未修，出行困难，要求恢复。
患者家属反映卫生院医院误诊延误治疗，乱收费，要求赔偿医疗费。
村民反映组里调整土地收回承包田，要求恢复承包经营权。
村口 村旁 村后 村里 后山 屋后 房后 附近 旁边 隔壁 上游 下游 对面 那个 这个 那条 这条 本村 本组 新建 新修 以前 原来 一家 一个
县人民法院 县法院 人民医院 县医院 中心小学 中心学校 派出所 司法所 民政办 社保局 医保局 人社局 城管局 住建局 自然资源局 林业站 卫生院 村委会 村部
有限公司 有限责任公司 股份有限公司 建筑工程有限公司 劳务有限公司 环境服务有限公司 置业有限公司 房地产开发有限公司 新能源科技有限公司 实业发展有限公司 种植专业合作社 商品混凝土搅拌站
群众反映项目施工毁坏农田庄稼，截断生产便道，堵塞灌溉水渠，要求恢复赔偿。
`.trim().split('\n');

function prepareGrams(text: string, names: readonly string[] = []): string[] {
  return grams(tokens(normalizePetitionText(text, names)));
}

/** Builds weights from a corpus of petition texts (strings or petitions); the built-in background is included. */
export function createSameMatterModel(corpus: Iterable<string | SameMatterText> = []): SameMatterModel {
  const df = new Map<string, number>();
  let documents = 0;
  const add = (text: string) => {
    documents++;
    for (const g of new Set(prepareGrams(text, petitionerNames(text)))) df.set(g, (df.get(g) ?? 0) + 1);
  };
  for (const line of BACKGROUND) add(line);
  for (const doc of corpus) add(typeof doc === 'string' ? doc : `${doc.title}。${doc.content}`);
  return { documents, df };
}

const DEFAULT_MODEL = createSameMatterModel();

function idf(model: SameMatterModel, gram: string): number {
  const df = model.df.get(gram) ?? 0;
  return Math.log((model.documents + 1) / (df + 0.5));
}

// ───────────────────────────────── profiles ─────────────────────────────────

const TITLE_WEIGHT = 1.5;
/** Village, township and community names: shared by all of a petitioner's petitions. */
const PLACE = /[\u3400-\u9fff]{2}(?:村|社区|镇|乡)/g;
const PLACE_WEIGHT = 0.25;

/**
 * Kinds of object a petition is about, by how their names end; the words before the ending are
 * the name. A particular word shared in names of one kind is evidence of the same object. Only
 * companies and workplaces (鑫达公司 vs 宏远公司) count as a conflict when both are named and share
 * nothing: roads, projects and places are too often described rather than named (那条路, 村口).
 */
const OBJECT_KINDS: [kind: string, suffixes: string[], conflicts: boolean][] = [
  ['company', ['有限公司', '公司', '合作社', '煤矿', '林场', '搅拌站', '水电站', '砂石场', '采石场', '养猪场', '养殖场', '砖厂', '厂'], true],
  ['institution', ['卫生院', '医院', '小学', '中学', '学校', '自然资源所', '派出所', '法院'], false],
  ['project', ['项目', '工程', '小区', '花园', '广场', '安置点', '工业园', '园区'], false],
  ['road', ['公路', '道路', '便道', '村道', '组道', '路', '桥'], false],
  ['water', ['水库', '山塘', '水塘', '塘', '水渠', '渠', '河'], false],
  ['land', ['坵', '垅', '岭', '坳', '冲', '坡'], false],
];
const OBJECT_WINDOW = 6;
/** 陈家养猪场, 周家厂: a family, not the object's name. */
const FAMILY = /^[\u3400-\u9fff]家$/;
/** Characters that are not part of an object's name (那个采石场, 在鑫达公司). */
const NOT_IN_NAMES = /[个那这些条座位名只在是有为以等多少几每给到去来一上下里外前后旁边时做]/;

interface Profile {
  tf: Map<string, number>;
  weights: Map<string, number>;
  norm: number;
  mass: number;
  /** Numbers that are facts of the matter: amounts, areas, counts (not years, months, small counts). */
  numbers: Set<string>;
  /** Quoted words (土名“大塘坵”, 以“已出嫁”为由). */
  quoted: Set<string>;
  /** 组 numbers mentioned. */
  groups: Set<string>;
  /** Object mentions by kind: each the particular n-grams of its name. */
  objects: Map<string, ObjectMention[]>;
  /** The other party as petitions name them: 陈某, 龚老板 (by surname). */
  parties: Set<string>;
}

/**
 * Common: a gram the model's corpus has in at least COMMON_SHARE of its documents (at least one):
 * the vocabulary of petitions. Specific: anything else, such as names.
 */
const COMMON_SHARE = 0.005;

function isCommon(model: SameMatterModel, gram: string): boolean {
  return (model.df.get(gram) ?? 0) >= Math.max(1, COMMON_SHARE * model.documents);
}

function isSpecific(model: SameMatterModel, gram: string): boolean {
  return !isCommon(model, gram) && !gram.startsWith('#');
}

interface ObjectMention {
  /** Particular n-grams of the words before the suffix. */
  grams: Set<string>;
  /** Whether the two characters next to the suffix are a particular name (鑫达公司, not 那个厂). */
  named: boolean;
}

function objectMentions(toks: (string | null)[], model: SameMatterModel, into: Map<string, ObjectMention[]>): void {
  const joined = toks.map((t) => t ?? '|');
  for (let i = 0; i < toks.length; i++) {
    for (const [kind, suffixes] of OBJECT_KINDS) {
      const suffix = suffixes.find((sfx) => joined.slice(i, i + sfx.length).join('') === sfx);
      if (!suffix) continue;
      if (/^[村组镇乡社街]/.test(joined[i + suffix.length] ?? '')) break; // 高桥村, 黄泥塘村: a place, not the object
      const window: string[] = [];
      for (let j = i - 1; j >= 0 && j >= i - OBJECT_WINDOW && toks[j] !== null; j--) window.unshift(toks[j]!);
      const grams = new Set<string>();
      for (let k = 0; k + 1 < window.length; k++) {
        const g = window[k]! + window[k + 1]!;
        if (isSpecific(model, g) && !NOT_IN_NAMES.test(g)) grams.add(g);
      }
      const core = window.slice(-2).join('');
      const named = core.length === 2 && grams.has(core) && !FAMILY.test(core);
      if (grams.size) (into.get(kind) ?? into.set(kind, []).get(kind)!).push({ grams, named });
      break;
    }
  }
}

function profile(text: SameMatterText, names: readonly string[], model: SameMatterModel): Profile {
  const tf = new Map<string, number>();
  const placeGrams = new Set<string>();
  const numbers = new Set<string>();
  const quoted = new Set<string>();
  const groups = new Set<string>();
  const objects = new Map<string, ObjectMention[]>();
  const parties = new Set<string>();
  const add = (part: string, weight: number) => {
    const nfkc = part.normalize('NFKC');
    for (const m of nfkc.matchAll(/([\u3400-\u9fff])(?:某|老板)/g)) if (SURNAMES.has(m[1]!)) parties.add(m[1]!);
    for (const m of nfkc.matchAll(PLACE)) for (const g of prepareGrams(m[0])) placeGrams.add(g);
    for (const m of nfkc.matchAll(/["“”「『]([\u3400-\u9fff]{2,8})["“”」』]/g)) quoted.add(m[1]!);
    const toks = tokens(normalizePetitionText(part, names));
    for (const g of grams(toks)) tf.set(g, (tf.get(g) ?? 0) + weight);
    const places = [...nfkc.matchAll(PLACE)].map((m) => m[0]);
    toks.forEach((t, i) => {
      const v = t ? numberValue(t) : null;
      if (v === null) return;
      const next = toks[i + 1] ?? '';
      if (next === '组') groups.add(t!);
      else if (next === '年' && v >= 1949 && v <= 2050) return;
      else if ((next === '月' || next === '日' || next === '号') && v <= 31) return;
      else if (v >= 10 || !Number.isInteger(v)) numbers.add(t!);
    });
    objectMentions(places.length ? tokens(normalizePetitionText(part, [...names, ...places])) : toks, model, objects);
  };
  add(text.title ?? '', TITLE_WEIGHT);
  add(text.content ?? '', 1);
  const weights = new Map<string, number>();
  let norm = 0;
  let mass = 0;
  for (const [g, f] of tf) {
    let w = (1 + Math.log(f)) * idf(model, g);
    if (placeGrams.has(g)) w *= PLACE_WEIGHT;
    if (w <= 0) continue;
    weights.set(g, w);
    norm += w * w;
    mass += w;
  }
  return { tf, weights, norm: Math.sqrt(norm), mass, numbers, quoted, groups, objects, parties };
}

function textSimilarity(a: Profile, b: Profile): { cosine: number; containment: number } {
  if (!a.norm || !b.norm) return { cosine: 0, containment: 0 };
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  let overlap = 0;
  for (const [g, w] of small.weights) {
    const v = large.weights.get(g);
    if (v === undefined) continue;
    dot += w * v;
    overlap += Math.min(w, v);
  }
  return { cosine: dot / (a.norm * b.norm), containment: overlap / Math.min(a.mass, b.mass) };
}

/** Cosine over the common vocabulary of petitions only (grams the background knows): which grievance. */
function grievanceSimilarity(a: Profile, b: Profile, model: SameMatterModel): number {
  const weight = (g: string, f: number) => (isCommon(model, g) ? (1 + Math.log(f)) * idf(model, g) : 0);
  let dot = 0, na = 0, nb = 0;
  for (const [g, f] of a.tf) {
    const w = weight(g, f);
    if (!w) continue;
    na += w * w;
    const fb = b.tf.get(g);
    if (fb !== undefined) dot += w * weight(g, fb);
  }
  for (const [g, f] of b.tf) nb += weight(g, f) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function joinText(t: SameMatterText): string {
  return `${t.title ?? ''}。${t.content ?? ''}`;
}

function intersect<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

/** The evidence about a pair, before weighting (see SAME_MATTER_WEIGHTS). */
export interface SameMatterFeatures {
  /** Distinct n-grams of the shorter text. */
  grams: number;
  cosine: number;
  containment: number;
  grievance: number;
  sharedNumbers: string[];
  sharedQuoted: string[];
  sharedObjects: string[];
  conflicts: string[];
  categoryDiffers: boolean;
  villageDiffers: boolean;
}

export function sameMatterFeatures(a: SameMatterText, b: SameMatterText, model: SameMatterModel = DEFAULT_MODEL): SameMatterFeatures {
  const names = [...new Set([...petitionerNames(joinText(a)), ...petitionerNames(joinText(b))])];
  const pa = profile(a, names, model);
  const pb = profile(b, names, model);
  const { cosine, containment } = textSimilarity(pa, pb);
  const sharedObjects: string[] = [];
  const conflicts: string[] = [];
  for (const [kind, , canConflict] of OBJECT_KINDS) {
    const ma = pa.objects.get(kind) ?? [];
    const mb = pb.objects.get(kind) ?? [];
    if (!ma.length || !mb.length) continue;
    const shared = new Set<string>();
    for (const x of ma) for (const y of mb) for (const g of intersect(x.grams, y.grams)) shared.add(g);
    if (shared.size) sharedObjects.push(`${kind}:${[...shared].join('/')}`);
    else if (canConflict && ma.some((m) => m.named) && mb.some((m) => m.named)) conflicts.push(kind);
  }
  if (pa.groups.size && pb.groups.size && !intersect(pa.groups, pb.groups).length) conflicts.push('组');
  // the same neighbour or boss can be in several matters; a different one means a different matter
  if (pa.parties.size && pb.parties.size && !intersect(pa.parties, pb.parties).length) conflicts.push('party');
  return {
    grams: Math.min(pa.weights.size, pb.weights.size),
    cosine,
    containment,
    grievance: grievanceSimilarity(pa, pb, model),
    sharedNumbers: intersect(pa.numbers, pb.numbers),
    sharedQuoted: intersect(pa.quoted, pb.quoted),
    sharedObjects,
    conflicts,
    categoryDiffers: !!a.categoryCode && !!b.categoryCode && a.categoryCode !== b.categoryCode,
    villageDiffers: !!a.villageCode && !!b.villageCode && a.villageCode !== b.villageCode,
  };
}

// ───────────────────────────────── the measure ─────────────────────────────────

function isEmpty(t: SameMatterText | null | undefined): boolean {
  return !t || !`${t.title ?? ''}${t.content ?? ''}`.trim();
}

/**
 * Weights of the evidence, in log-odds: a logistic model fitted to the `tune` half of the
 * labelled pairs (lightly regularised), rounded, with the village weight set by judgement (the
 * pairs hardly test it). Positive: evidence for the same matter; negative: against.
 */
export const SAME_MATTER_WEIGHTS = {
  bias: -2.3,
  /** mean of cosine and containment of the weighted n-gram profiles (0..1) */
  text: 3.4,
  /** cosine over the common vocabulary: the same grievance (0..1) */
  grievance: 5.5,
  /** per shared amount / area / count (½ if round), at most 2 */
  sharedNumber: 3.1,
  /** per shared named object or quoted name, at most 2 */
  sharedObject: 1.0,
  /** per kind of object both name with nothing in common, at most 2 */
  conflict: -2.0,
  categoryDiffers: -1.4,
  villageDiffers: -1.5,
} as const;

/**
 * Shared numbers, each 1 if particular (38600, 1.8, 312: two or more significant digits) or ½ if
 * round (2000, 10000, 60: common by chance), at most 2.
 */
export function numberEvidence(shared: readonly string[]): number {
  let sum = 0;
  for (const token of shared) {
    const digits = token.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '');
    sum += digits.length >= 2 ? 1 : 0.5;
  }
  return Math.min(2, sum);
}

/** Texts with fewer distinct n-grams than this give proportionally less text evidence. */
const MIN_GRAMS = 10;

/** The score and what went into it; `score` is what sameMatterScore returns. */
export function explainSameMatter(a: SameMatterText, b: SameMatterText, model: SameMatterModel = DEFAULT_MODEL): SameMatterBreakdown {
  const empty: SameMatterBreakdown = { score: 0, cosine: 0, containment: 0, grievance: 0, sharedAnchors: [], conflicts: [], terms: [] };
  if (isEmpty(a) || isEmpty(b)) return empty;
  const f = sameMatterFeatures(a, b, model);
  const W = SAME_MATTER_WEIGHTS;
  const evidence = Math.min(1, f.grams / MIN_GRAMS);
  const terms: [string, number][] = [
    ['text', W.text * evidence * (f.cosine + f.containment) / 2],
    ['grievance', W.grievance * evidence * f.grievance],
    ['numbers', W.sharedNumber * numberEvidence(f.sharedNumbers)],
    ['objects', W.sharedObject * Math.min(2, f.sharedObjects.length + f.sharedQuoted.length)],
    ['conflicts', W.conflict * Math.min(2, f.conflicts.length)],
    ['category', f.categoryDiffers ? W.categoryDiffers : 0],
    ['village', f.villageDiffers ? W.villageDiffers : 0],
  ];
  const z = terms.reduce<number>((sum, [, v]) => sum + v, W.bias);
  return {
    score: 1 / (1 + Math.exp(-z)),
    cosine: f.cosine,
    containment: f.containment,
    grievance: f.grievance,
    sharedAnchors: [...f.sharedNumbers, ...f.sharedQuoted, ...f.sharedObjects],
    conflicts: f.conflicts,
    terms: terms.filter(([, v]) => v !== 0).map(([k, v]) => `${k}${v > 0 ? '+' : ''}${v.toFixed(2)}`),
  };
}

/** How likely two petitions are the same matter, 0..1; compare with SAME_MATTER_THRESHOLD. */
export function sameMatterScore(a: SameMatterText, b: SameMatterText, model: SameMatterModel = DEFAULT_MODEL): number {
  return explainSameMatter(a, b, model).score;
}

/** Whether two petitions raise the same matter (score ≥ SAME_MATTER_THRESHOLD). */
export function isSameMatter(a: SameMatterText, b: SameMatterText, model: SameMatterModel = DEFAULT_MODEL): boolean {
  return sameMatterScore(a, b, model) >= SAME_MATTER_THRESHOLD;
}
