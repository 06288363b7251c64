import type { SameMatterText } from './same-matter.js';

/**
 * Labelled pairs of petitions for the same-matter (同一事项) measure: its evidence.
 *
 * Written by hand for 清溪县 (the demo county). Each scenario is one petitioner (or one group
 * of villagers) in one village: a base petition, the same matter written again (by the citizen
 * a month later, by another staff member, as a phone note, as a collective visit, after an
 * unsatisfying reply…) and different matters that are hard to tell apart (the same person's
 * other grievance, the same project but another grievance, the same grievance about another
 * object, another 组 in the same village). Scenarios X* pair texts across villages and
 * categories: the easy negatives.
 *
 * Labelling rule: the same matter = the same object (parcel, debt, project, building, road,
 * person accused) and the same grievance about it; new details, a new demand about the same
 * grievance, or an objection to how it was handled keep it the same matter. The same object
 * with another grievance, or the same kind of grievance about another object, is another matter.
 *
 * Split: scenarios alternate in the order written (0-based index even → `tune`, odd → `holdout`),
 * so a scenario's texts, names and amounts never appear in both halves. The measure was designed
 * and its weights fitted on `tune` only. `holdout` was scored once for the first version; the
 * second version changed the object-conflict rule and the grievance weighting after seeing what
 * that version got wrong, so `holdout` is no longer quite unseen. The `fresh` scenarios (F*)
 * were written after the second version was frozen and are the clean test.
 */
export interface LabelledPair {
  id: string;
  scenario: string;
  split: 'tune' | 'holdout' | 'fresh';
  a: SameMatterText;
  b: SameMatterText;
  same: boolean;
  note: string;
}

type Text = { title: string; content: string; categoryCode?: string; villageCode?: string | null };
interface Scenario {
  id: string;
  /** Written after the measure was frozen; reported apart, never used to tune. */
  fresh?: boolean;
  village?: string;
  category?: string;
  texts?: Record<string, Text>;
  /** [a, b, same, note]; a key is a text of this scenario, or `SCENARIO.KEY` for another's. */
  pairs: [string, string, boolean, string][];
}

const SCENARIOS: Scenario[] = [
  // ───────────────────────────── 征地拆迁与补偿 ─────────────────────────────
  {
    id: 'LA1', village: '430599101201', category: 'land-acquisition', // 清水镇石桥村
    texts: {
      A: { title: '反映公路改扩建征地补偿款未足额发放', content: '来访人周德明（石桥村三组村民）反映：2023年县城至清水镇公路改扩建工程征收其承包的水田1.8亩（土名“大塘坵”），按标准应补偿约8.6万元，目前只领到4万元，余款至今未发放。要求镇政府尽快兑现剩余征地补偿款。' },
      A2: { title: '公路征地款拖了一年多还没给', content: '尊敬的领导：我是石桥村三组周德明，去年修清水到县城的公路，把我家大塘坵那块田征了，一亩八分。说好的补偿八万多，到现在只给了四万，剩下的四万六一直拖着不给。我去村里问了好几次，村干部都说等上面拨款。我们一家老小就靠这块田吃饭，田没了钱也没有，请领导给我们做主！' },
      A3: { title: '征地补偿余款', content: '石桥村三组，公路扩建征了我家1.8亩田，补偿款还差4.6万元未付，请尽快解决。' },
      B: { title: '反映工业园征地青苗补偿问题', content: '来访人周德明（石桥村三组村民）反映：2024年3月清水镇工业园二期征收其家在后山坡的旱地0.9亩，地上种植的油茶树约60株未计入青苗及地上附着物补偿，要求重新清点并补偿。' },
      C: { title: '反映公路施工堵塞灌溉水渠', content: '石桥村三组周德明反映：公路改扩建施工时把三组的灌溉水渠填埋了一段，一直没有恢复，今年春耕时剩下的几亩田放不进水，要求施工方恢复水渠。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, 'visit record vs the citizen’s own letter a month later, colloquial amounts (一亩八分, 四万六)'],
      ['A', 'A3', true, 'short online message, digits, no parcel name'],
      ['A2', 'A3', true, 'letter vs short online message'],
      ['A', 'B', false, 'same person, another project (工业园) and another parcel (后山坡旱地), 青苗补偿'],
      ['A2', 'B', false, 'same person, another parcel and project'],
      ['A', 'C', false, 'same road project, but the grievance is a filled-in irrigation channel, not compensation'],
      ['A3', 'C', false, 'short message vs same-project channel grievance'],
    ],
  },
  {
    id: 'LA2', village: '430599100203', category: 'land-acquisition', // 城关镇新桥村
    texts: {
      A: { title: '拆迁安置房逾期未交付', content: '信访人罗秀英反映：其家位于新桥村五组的房屋于2021年因高铁站站前广场项目被征收，协议约定2023年6月交付安置房，至今安置小区仍未建好，过渡费从今年1月起也停发了。要求明确交房时间并补发过渡费。' },
      A2: { title: '关于站前广场拆迁户过渡费停发的问题', content: '我家是站前广场项目的拆迁户，新桥村五组罗秀英。签协议时说两年就能住进安置房，现在快三年了房子还是毛坯框架。更过分的是从今年一月开始每月1200元的过渡费不发了，我们租房子住，钱从哪里来？请政府给个说法。' },
      A3: { title: '过渡费停发', content: '新桥村罗秀英来电：高铁站站前广场拆迁户，安置房超期一年多未交房，过渡费今年起停发，询问何时交房、过渡费能否补发。' },
      B: { title: '房屋征收面积认定有误', content: '信访人罗秀英反映：站前广场项目征收其房屋时，评估只认定主房面积126平方米，未将后面的杂屋和偏房（约40平方米）计入，要求重新丈量认定并补偿。' },
      C: { title: '失地农民养老保险未办理', content: '新桥村五组村民罗秀英反映：2019年污水处理厂征收五组集体土地时，承诺为被征地农民办理失地农民养老保险，其家3人至今未纳入，要求落实。' },
    },
    pairs: [
      ['A', 'A2', true, 'staff record vs citizen letter, emphasis moved to the transition allowance'],
      ['A', 'A3', true, 'phone note, shorter'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same demolition project, but the grievance is the measured floor area'],
      ['A2', 'B', false, 'same project, other grievance'],
      ['A', 'C', false, 'same person, another acquisition (污水处理厂) and pension enrolment'],
      ['B', 'C', false, 'two other matters of the same person'],
    ],
  },
  {
    id: 'LA3', village: '430599102202', category: 'land-acquisition', // 石门镇红岩村
    texts: {
      A: { title: '外嫁女征地补偿款分配问题', content: '来访人谭春梅反映：其户口一直在红岩村二组，2022年二组集体土地被水库移民安置点项目征收，组里分配征地补偿款时以其“已出嫁”为由不分给她和女儿，每人应得约2.3万元。要求村组依法分配。' },
      A2: { title: '要求享受二组土地补偿款分配', content: '红岩村二组谭春梅、女儿李欣怡户口在组里，移民安置点征地后组里人均分了2.3万元，唯独她们母女没有，组长说出嫁女不算。她已找过镇妇联，问题未解决，再次来访。' },
      A3: { title: '出嫁女也是组里的人', content: '我叫谭春梅，嫁到邻村但户口从没迁走，一直在红岩村二组种田交费。这次移民安置点征了组里的地，每个人分两万三，组长开会说嫁出去的女不分，连我女儿也不给。法律规定男女平等，凭什么？请领导主持公道。' },
      B: { title: '承包地被组里收回另分', content: '来访人谭春梅反映：红岩村二组去年调整土地，把她家在“塘背”的1.2亩承包田收回分给了别人，理由是她已出嫁。她认为承包期内不得收回，要求恢复承包经营权。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, 'second visit recorded by another officer, new detail (妇联)'],
      ['A', 'A3', true, 'citizen letter with emotion, amount in words'],
      ['A2', 'A3', true, 'second visit vs letter'],
      ['A', 'B', false, 'same person, same ground (出嫁女), but her contracted field was taken back, not compensation'],
      ['A2', 'B', false, 'same person and ground, other object'],
      ['A3', 'B', false, 'letter vs contracted-land grievance'],
    ],
  },
  {
    id: 'LA4', village: '430599103202', category: 'land-acquisition', // 白沙镇沙洲村
    texts: {
      A: { title: '迁坟补偿标准过低', content: '沙洲村一组村民反映：河堤加固工程需迁移一组后山的祖坟共17座，镇里按每座1500元补偿，村民认为远低于周边标准（每座3000元以上），要求提高迁坟补偿。' },
      A2: { title: '河堤工程迁坟的事', content: '我们沙洲村一组有十几户人家的祖坟在河堤加固范围内，政府只给一千五一座，连请人挖坟的钱都不够。隔壁白沙村迁坟给了三千二。要求一视同仁，按三千以上补。' },
      A3: { title: '沙洲村一组群众集体反映迁坟补偿', content: '沙洲村一组群众代表4人来访，称河堤加固工程涉及该组祖坟17座，每座补偿1500元标准偏低，与白沙村（每座3200元）不一致，要求统一标准。' },
      B: { title: '河堤加固工程占地未补偿', content: '沙洲村一组村民反映：河堤加固工程在一组河滩边的菜地上堆放土方，占用约2亩菜地已半年，没有签临时用地协议，也没给任何补偿，要求按临时占地补偿。' },
      C: { title: '迁坟补偿款被组长扣留', content: '沙洲村一组村民刘某反映：河堤工程迁坟补偿款已由镇里拨到组里，组长以“修组道要用”为由每座扣下300元，要求组长退还。' },
    },
    pairs: [
      ['A', 'A2', true, 'record vs villagers’ letter'],
      ['A', 'A3', true, 'collective visit record, figures in another order'],
      ['A2', 'A3', true, 'letter vs collective visit'],
      ['A', 'B', false, 'same dike project, temporary use of vegetable plots'],
      ['A', 'C', false, 'same graves, but the grievance is money withheld by the 组长, not the standard'],
      ['A2', 'C', false, 'same graves, different grievance'],
      ['A3', 'B', false, 'same project, other grievance'],
    ],
  },
  {
    id: 'LA5', village: '430599200202', category: 'land-acquisition', // 桃林乡梨树村
    texts: {
      A: { title: '高速征地果树补偿计数不对', content: '梨树村四组王长根反映：高速公路连接线征收其果园3.2亩，园内有挂果梨树210棵，丈量时只登记了150棵，少算60棵，按每棵260元计少补15600元，要求重新清点。' },
      A2: { title: '再次反映果园征收少算树的问题', content: '我是梨树村四组王长根，上个月反映过高速连接线征我家果园少算了六十棵梨树的事。乡里派人来看了一下就走了，说登记表已经签字不能改。签字的时候树还没数完，是村干部催着签的。我有当时拍的照片，请求重新清点。' },
      A3: { title: '来电：果园梨树少登记', content: '来电人称梨树村四组，高速连接线征地时其果园梨树少登记60棵，要求复核。', categoryCode: 'rural-affairs' },
      B: { title: '高速连接线截断生产便道', content: '梨树村四组王长根反映：高速公路连接线建成后把四组通往后山果园的生产便道截断了，现在要绕行三公里，农用车过不去，要求在连接线下修建通道或恢复生产路。', categoryCode: 'rural-affairs' },
      C: { title: '征地地类认定有误', content: '梨树村四组王长根反映：高速连接线征收其“长垅”水田1.1亩，却按旱地标准补偿，每亩少了1.2万元，要求按水田重新认定。' },
    },
    pairs: [
      ['A', 'A2', true, 'follow-up letter objecting to how the first visit was handled'],
      ['A', 'A3', true, 'phone note, filed under another category'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same project and person, but a cut-off farm track'],
      ['A2', 'B', false, 'same project, both mention 果园, other grievance'],
      ['A', 'C', false, 'same project and person, another parcel (长垅水田) and grievance (land class)'],
      ['A3', 'C', false, 'short note vs other parcel'],
    ],
  },
  {
    id: 'LA6', village: '430599201202', category: 'land-acquisition', // 龙潭乡凤凰村
    texts: {
      A: { title: '征地拆迁后安置宅基地未落实', content: '凤凰村六组陈国华反映：2020年其房屋因S228省道改线被拆除，拆迁协议约定由乡政府在凤凰村集中安置点安排宅基地一块（120平方米），至今未划给，一家五口一直借住亲戚家。' },
      A2: { title: '拆了房四年还没给地基', content: '陈国华，凤凰村六组。省道改线拆了我的房子，说好给安置点一块地基建房，拖了四年。乡里每次都说安置点规划还没批。我七十多岁的老娘住在亲戚家，请领导落实安置地基。' },
      A3: { title: '省道改线拆迁户安置问题', content: '凤凰村陈国华第三次来访：其因S228省道改线被拆迁，按协议应在集中安置点分配120平方米宅基地，至今未落实。乡里答复安置点用地报批中，陈对答复不满意。' },
      B: { title: '拆迁补偿款中装修部分未算', content: '凤凰村六组陈国华反映：省道改线拆除其房屋时，评估报告漏算了2018年新装修的部分（瓷砖、吊顶等约3.5万元），要求补评补偿。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording: 地基 for 宅基地'],
      ['A', 'A3', true, 'third visit, dissatisfied with the reply'],
      ['A2', 'A3', true, 'letter vs third visit'],
      ['A', 'B', false, 'same demolition, but the valuation missed the renovation'],
      ['A2', 'B', false, 'same demolition, other grievance'],
    ],
  },
  {
    id: 'LA7', village: '430599100201', category: 'land-acquisition', // 城关镇河西村
    texts: {
      A: { title: '要求兑现征地留用地政策', content: '河西村村民代表反映：2018年城区东扩征收河西村土地共312亩，按政策应返还10%留用地给村集体发展经济，至今未落实，村民多次询问无果，要求县政府兑现留用地。' },
      A2: { title: '河西村312亩征地的留用地去哪了', content: '我们是河西村村民，城东扩容征了我们村三百多亩地，政策规定要留百分之十给村里做留用地，六年了一分地都没见到。村干部说县里不批，县里说在规划。村民代表联名再次反映。' },
      A3: { title: '河西村留用地', content: '河西村村民代表6人来访，要求落实城区东扩征地10%留用地（约31亩）返还村集体的政策，并明确位置。' },
      B: { title: '征地款村集体留存部分去向不明', content: '河西村村民代表反映：城区东扩征地补偿款中村集体留存部分约460万元，村委会从未公开使用情况，要求公开账目。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, 'joint letter, 百分之十 for 10%'],
      ['A', 'A3', true, 'short visit record'],
      ['A2', 'A3', true, 'letter vs visit record'],
      ['A', 'B', false, 'same acquisition, but the retained compensation money and village accounts'],
      ['A2', 'B', false, 'same acquisition, other grievance'],
    ],
  },
  // ─────────────────────────── 劳动用工与工资拖欠 ───────────────────────────
  {
    id: 'LW1', village: '430599101202', category: 'labour-wages', // 清水镇杨柳村
    texts: {
      A: { title: '反映鑫达劳务公司拖欠工资', content: '来访人刘建军（杨柳村一组）反映：其2023年3月至10月在清水镇中心学校教学楼工地做钢筋工，包工头龚某所在的鑫达建筑劳务有限公司拖欠其工资38600元，多次讨要未果，要求督促支付。' },
      A2: { title: '教学楼工地工钱一年了没拿到', content: '领导你好，我是杨柳村刘建军，去年在清水中心学校盖教学楼的工地上扎钢筋，干了七个多月，工钱三万八千六一分没结。包工头龚老板说鑫达公司没给他钱，公司又说钱早就给了包工头，互相推。马上要过年了，家里孩子读书要用钱，求政府帮我们讨薪。' },
      A3: { title: '农民工集体讨薪（中心学校教学楼项目）', content: '刘建军等9名农民工集体来访，反映在清水镇中心学校教学楼项目务工，鑫达公司及包工头龚某拖欠9人工资共计27万余元，其中刘建军38600元。要求人社部门介入。' },
      B: { title: '反映宏远建筑公司拖欠工资', content: '来访人刘建军（杨柳村一组）反映：其2022年在县城滨江花园小区工地为宏远建筑公司做钢筋工，被拖欠工资21000元，公司已停工，负责人电话打不通，要求帮助追讨。' },
      C: { title: '工地受伤医疗费未报销', content: '杨柳村刘建军反映：2023年8月在清水镇中心学校教学楼工地扎钢筋时从架子上摔下，右腿骨折，住院花了2.4万元，鑫达劳务公司只垫付了5000元，也没给买工伤保险，要求公司承担医疗费和误工费。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, amount in words, blame-shifting detail'],
      ['A', 'A3', true, 'his debt inside a collective claim for nine workers'],
      ['A2', 'A3', true, 'letter vs collective visit'],
      ['A', 'B', false, 'same person and trade, another employer and site (宏远, 滨江花园)'],
      ['A2', 'B', false, 'same person and trade, another employer'],
      ['A', 'C', false, 'same employer and site, but a work injury, not wages'],
      ['A3', 'C', false, 'collective wage claim vs injury on the same site'],
      ['B', 'C', false, 'two other matters of the same worker'],
    ],
  },
  {
    id: 'LW2', village: '430599102203', category: 'labour-wages', // 石门镇水口村
    texts: {
      A: { title: '家具厂拖欠工人工资', content: '水口村村民邓小燕反映：其在石门镇工业园佳美家具厂做油漆工，老板从今年4月起以订单少为由只发生活费，至今拖欠4个月工资共1.68万元，要求厂方结清。' },
      A2: { title: '佳美家具厂四个月工资没发', content: '佳美家具厂欠我们工人四个月工资，我一个人就是一万六千八。老板天天说等货款回来，现在厂子都快停了。我们都是附近村的，去劳动监察问过，让我们来信访。水口村邓小燕。' },
      A3: { title: '讨薪', content: '水口村邓小燕来电，称石门工业园一家具厂（佳美）欠薪4个月，要求劳动监察大队介入。' },
      B: { title: '家具厂未给职工缴纳社保', content: '水口村邓小燕反映：她在佳美家具厂上班五年，厂里一直没有给她缴纳养老保险，入职时签的合同写明要买社保，要求厂方补缴。' },
      C: { title: '辞职后工资被扣押', content: '水口村邓小燕反映：她今年9月到石门镇华丰制衣厂做车工，干了一个半月后辞职，厂里以“未满三个月”为由扣押其工资3200元不发，要求退还。' },
    },
    pairs: [
      ['A', 'A2', true, 'letter, amount in words'],
      ['A', 'A3', true, 'one-line phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same factory, unpaid social insurance instead of wages'],
      ['A2', 'B', false, 'same factory, other grievance'],
      ['A', 'C', false, 'same person, wages withheld by another factory (华丰制衣厂)'],
      ['A2', 'C', false, 'same person, another factory'],
    ],
  },
  {
    id: 'LW3', village: '430599201203', category: 'labour-wages', // 龙潭乡长冲村
    texts: {
      A: { title: '高标准农田项目拖欠民工工资', content: '长冲村三组村民杨永福等5人反映：2023年冬在长冲村高标准农田建设项目修机耕道、砌水渠，施工方湘发工程公司拖欠5人工钱共4.2万元，要求乡政府督促支付。' },
      A2: { title: '农田项目工钱', content: '长冲村杨永福反映，去年冬天给湘发公司做高标准农田的活，他和村里几个人的4.2万元工钱没给，施工方说项目款没验收拿不到。' },
      A3: { title: '长冲村民工工资', content: '长冲村三组杨永福等人再次反映：高标准农田建设项目完工已一年，施工单位湘发公司仍欠当地村民工钱4.2万元，乡里答应督促但未兑现。' },
      B: { title: '村部翻修工钱村里一直拖欠', content: '长冲村三组杨永福反映：2022年村委会翻修村部办公楼，请他做泥工干了40天，工钱8000元村里至今未付，村支书说等上面奖补资金。' },
      C: { title: '高标准农田项目施工毁坏稻田', content: '长冲村三组杨永福反映：湘发工程公司在修高标准农田机耕道时，挖掘机开进他家稻田，压坏了即将收割的稻谷约0.6亩，要求施工方赔偿损失。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, 'shorter record by another officer'],
      ['A', 'A3', true, 'repeat visit a year later'],
      ['A2', 'A3', true, 'short record vs repeat visit'],
      ['A', 'B', false, 'same person, wages owed by the village committee for another job'],
      ['A2', 'B', false, 'same person, other debtor'],
      ['A', 'C', false, 'same project and company, crop damage instead of wages'],
      ['A2', 'C', false, 'same company, other grievance'],
    ],
  },
  {
    id: 'LW4', village: '430599100001', category: 'labour-wages', // 城关镇东门社区
    texts: {
      A: { title: '环卫公司拖欠环卫工工资', content: '东门社区居民何桂兰反映：她在城区做环卫工，所属的洁美环境服务公司从8月起拖欠工资，每月2300元，已欠3个月共6900元。要求城管局督促外包公司发放。' },
      A2: { title: '洁美公司三个月没发工资', content: '我是城区扫马路的何桂兰，洁美公司三个月工资没发了，一个月才两千三，我们五十多个环卫工都一样。找公司说城管局没拨钱，城管局说已经拨了。我们到底找谁？' },
      A3: { title: '环卫工人欠薪', content: '城区环卫工何桂兰等12人来访，反映洁美环境服务公司拖欠8至10月工资，人均6900元，要求城管局从服务费中直接代发。' },
      B: { title: '环卫工高温补贴未发放', content: '东门社区何桂兰反映：洁美环境服务公司去年6至9月的高温补贴一直没有发放，按规定每月应发150元，要求补发。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording (扫马路), amount in words'],
      ['A', 'A3', true, 'collective visit, months named'],
      ['A2', 'A3', true, 'letter vs collective visit'],
      ['A', 'B', false, 'same employer, another pay item and another period (last summer’s heat allowance)'],
      ['A2', 'B', false, 'same employer, other item and period'],
    ],
  },
  {
    id: 'LW5', village: '430599202203', category: 'labour-wages', // 金竹山乡上坪村
    texts: {
      A: { title: '煤矿关闭后职工经济补偿未发', content: '上坪村村民曾宪平反映：其在金竹山乡宏发煤矿井下工作11年，2021年煤矿因去产能关闭，矿方承诺的经济补偿金（按11个月工资约5.5万元）至今未支付，要求落实。' },
      A2: { title: '宏发煤矿关停补偿', content: '曾宪平，上坪村人，在宏发煤矿干了十一年。矿关了三年，补偿金五万五一分没拿。听说别的矿都发了，就我们宏发的拖着。请县里查一查这笔钱。' },
      A3: { title: '关闭煤矿补偿金', content: '金竹山乡上坪村曾宪平来信，称宏发煤矿2021年去产能关闭后，矿方拖欠其经济补偿金5.5万元，乡政府曾答应协调，至今无果。' },
      B: { title: '煤矿工作患尘肺病要求职业病待遇', content: '上坪村曾宪平反映：他在宏发煤矿工作多年，2023年确诊尘肺病二期，矿已关闭，无法申请工伤认定和职业病待遇，要求有关部门帮助解决。' },
    },
    pairs: [
      ['A', 'A2', true, 'colloquial letter'],
      ['A', 'A3', true, 'letter summary by staff'],
      ['A2', 'A3', true, 'colloquial vs summary'],
      ['A', 'B', false, 'same closed mine, occupational disease instead of severance'],
      ['A2', 'B', false, 'same mine, other grievance'],
    ],
  },
  {
    id: 'LW6', village: '430599200204', category: 'labour-wages', // 桃林乡高桥村
    texts: {
      A: { title: '讨要建房工钱', content: '高桥村村民黄志强反映：2023年他给本村二组村民彭某建房做木工，约定工钱1.5万元，房子完工后彭某只给了5000元，余款1万元一直拖欠。' },
      A2: { title: '彭家建房欠我一万元工钱', content: '我是高桥村黄志强，前年帮二组彭老板家起房子做木工，讲好一万五，只给了五千，剩一万到现在不给，找了村里调解也没用。' },
      A3: { title: '建房工钱纠纷', content: '黄志强（高桥村）来电称，彭某欠其木工工钱1万元，经村调解彭某同意年底付清，但至今仍未支付。' },
      B: { title: '讨要装修工钱', content: '高桥村村民黄志强反映：2024年春他给桃林乡集镇上的刘某装修门面做木工，工钱6800元，刘某以装修质量有问题为由拒付。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, 起房子, amounts in words'],
      ['A', 'A3', true, 'phone note after mediation'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same carpenter, another client and job'],
      ['A2', 'B', false, 'same carpenter, another client'],
    ],
  },
  // ──────────────────────────────── 社会保障 ────────────────────────────────
  {
    id: 'SS1', village: '430599101203', category: 'social-security', // 清水镇荷塘村
    texts: {
      A: { title: '低保被取消要求恢复', content: '荷塘村五组村民李满仓反映：他今年68岁，患有糖尿病、高血压，儿子智力残疾，家庭困难，原享受低保，今年6月复核时被取消，理由是家里有一台旧面包车。要求重新核查恢复低保。' },
      A2: { title: '家里困难低保却被停了', content: '我叫李满仓，荷塘村的，老两口加一个残疾儿子，低保吃了五年，今年突然给停了，说我家有车。那台面包车是儿子以前跑运输的，十几年了早就不能开。请领导到我家看看。' },
      A3: { title: '对低保取消答复不服', content: '荷塘村李满仓对镇民政办关于取消其家低保的答复不服，称车辆已报废并提供了报废证明，仍要求恢复其家庭低保待遇。' },
      B: { title: '残疾儿子护理补贴未领到', content: '荷塘村五组李满仓反映：其儿子李小军系智力二级残疾，去年办了残疾证，但重度残疾人护理补贴一直没有领到，要求核查发放。' },
      C: { title: '城乡居民养老保险待遇少发', content: '荷塘村李满仓反映：他2016年一次性补缴了城乡居民养老保险15年，现在每月只领到180元，比同村同样补缴的人少60元，要求核实。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, 停了 for 取消'],
      ['A', 'A3', true, 'objection to the reply on the same cancellation'],
      ['A2', 'A3', true, 'letter vs objection'],
      ['A', 'B', false, 'same household, the disabled son’s care subsidy'],
      ['A2', 'B', false, 'same household (残疾儿子 in both), other benefit'],
      ['A', 'C', false, 'same person, his pension amount'],
      ['B', 'C', false, 'two other benefits of the same household'],
    ],
  },
  {
    id: 'SS2', village: '430599100002', category: 'social-security', // 城关镇西街社区
    texts: {
      A: { title: '国企改制职工视同缴费年限认定', content: '西街社区居民孙玉珍反映：她原是县纺织厂职工，1998年企业改制买断工龄，办理退休时社保局只认定视同缴费年限12年，少算了她1980年至1986年在厂里当学徒的6年，导致养老金偏低，要求重新认定。' },
      A2: { title: '退休工龄少算6年', content: '孙玉珍，原县纺织厂工人。我1980年进厂当学徒，档案里有招工表，社保局说学徒期不算工龄，退休金每月少了三百多。同厂一起进厂的人都算了，为什么我不算？' },
      A3: { title: '要求认定学徒期为连续工龄', content: '原县纺织厂退休职工孙玉珍再次来访，提供1980年招工登记表复印件，要求将1980年至1986年学徒期计入视同缴费年限，重新核定养老金。' },
      B: { title: '丈夫去世后丧葬费抚恤金未领', content: '西街社区孙玉珍反映：其丈夫张某原为县机械厂退休职工，今年3月去世，丧葬补助金和抚恤金至今未发放，社保中心称机械厂档案缺失，要求尽快办理。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording: 工龄 / 退休金'],
      ['A', 'A3', true, 'second visit with a document'],
      ['A2', 'A3', true, 'letter vs second visit'],
      ['A', 'B', false, 'same person, survivor benefits for her husband (another former SOE)'],
      ['A2', 'B', false, 'same person, other benefit'],
    ],
  },
  {
    id: 'SS3', village: '430599102204', category: 'social-security', // 石门镇黄泥塘村
    texts: {
      A: { title: '异地住院医疗费报销被拒', content: '黄泥塘村村民蒋国强反映：其妻子2024年1月在省人民医院做心脏手术，花费9.8万元，回来报销时医保局以未办理转诊备案为由只按30%报销，要求按正常比例报销。' },
      A2: { title: '妻子心脏手术报销比例太低', content: '我老婆去年冬天心脏病发，情况紧急直接送到省人民医院做的手术，哪有时间去办转诊？花了快十万，医保只报了三成，我们借了一屁股债。请领导考虑我们的实际情况。黄泥塘村蒋国强' },
      A3: { title: '医保报销问题', content: '黄泥塘村蒋国强反映：其妻在省人民医院心脏手术9.8万元，因未备案报销比例降低，他认为属急诊，按规定急诊可事后补备案，要求按正常比例重新报销。' },
      B: { title: '申请临时救助未获批准', content: '黄泥塘村蒋国强反映：因妻子手术负债，他向镇里申请临时救助和医疗救助，材料交上去三个月了没有回音，要求答复。' },
    },
    pairs: [
      ['A', 'A2', true, 'emotional letter, 三成 for 30%'],
      ['A', 'A3', true, 'record with a new argument (急诊补备案)'],
      ['A2', 'A3', true, 'letter vs record'],
      ['A', 'B', false, 'same surgery, but an application for temporary assistance'],
      ['A2', 'B', false, 'same background, other benefit'],
    ],
  },
  {
    id: 'SS4', village: '430599203202', category: 'social-security', // 瑶家坪乡高山村
    texts: {
      A: { title: '高龄津贴停发', content: '高山村村民欧阳桂英（91岁）的儿子代为反映：老人的高龄津贴从去年10月起停发，乡民政办说系统里显示她已死亡，实际老人健在，要求更正信息补发津贴。' },
      A2: { title: '老人还活着却被注销', content: '我母亲欧阳桂英今年九十一岁，身体还好好的，结果系统里把她弄成死亡了，高龄补贴停了半年多，医保卡也用不了。请尽快帮她恢复。高山村。' },
      A3: { title: '更正死亡信息', content: '高山村欧阳桂英之子来电，称其母被误登记为死亡，高龄津贴停发，要求乡民政办更正信息并补发。' },
      B: { title: '五保户供养金被村干部代领', content: '高山村村民反映：本村五保户欧阳德胜的特困供养金存折一直由村会计保管代领，老人每月只拿到200元，要求查清。' },
    },
    pairs: [
      ['A', 'A2', true, 'son’s letter, 补贴 for 津贴, new detail (医保卡)'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same village, another old person (欧阳德胜) and benefit'],
      ['A2', 'B', false, 'same village and surname, other matter'],
    ],
  },
  {
    id: 'SS5', village: '430599103203', category: 'social-security', // 白沙镇古井村
    texts: {
      A: { title: '参战老兵生活补助未享受', content: '古井村村民罗正清反映：他1979年参加对越自卫反击战，退伍后一直务农，至今未享受参战退役人员生活补助，要求认定并发放。' },
      A2: { title: '老兵补助申请两年没结果', content: '古井村罗正清，1979年参战老兵。两年前我就交了申请和退伍证，县退役军人事务局说要查档案，到现在没消息。老战友们都领上了，我要求尽快认定。' },
      A3: { title: '参战人员身份认定', content: '古井村罗正清来访，要求认定其1979年参战退役人员身份，享受参战人员生活补助，称已提交退伍证、立功证书。', categoryCode: 'other' },
      B: { title: '申请危房改造', content: '古井村罗正清反映：他家土坯房建于1970年代，墙体开裂，属于危房，去年申请危房改造至今未批，要求列入改造计划。', categoryCode: 'urban-housing' },
    },
    pairs: [
      ['A', 'A2', true, 'letter about the slow application'],
      ['A', 'A3', true, 'visit filed under another category'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same veteran, a dilapidated house'],
      ['A2', 'B', false, 'same person, both applications pending, other matter'],
    ],
  },
  // ────────────────────────────── 城乡建设与住房 ──────────────────────────────
  {
    id: 'UH1', village: '430599201201', category: 'urban-housing', // 龙潭乡龙潭村
    texts: {
      A: { title: '危房改造补助资金未到位', content: '龙潭村七组村民贺光明反映：其家2023年被列入农村危房改造对象，按要求拆除旧房自建了新房，并通过了验收，但3.5万元改造补助至今只拨付了1万元，要求拨付余款。' },
      A2: { title: '危改补助还差两万五', content: '贺光明，龙潭村七组。我家危改房去年就建好验收了，政府补助三万五只给了一万，剩下两万五乡里说资金没下来。我建房借了钱，天天被催债。' },
      A3: { title: '危改补助余款', content: '龙潭村七组贺光明来电，称其家2023年危改已竣工验收，补助3.5万元仅到位1万元，余款2.5万元未拨。' },
      B: { title: '建房与邻居发生地界纠纷', content: '龙潭村七组贺光明反映：他家危改建新房时，邻居贺某以房屋滴水占了他家地界为由多次阻工，现在又在两家之间砌墙堵住他家出路，要求村里调解。', categoryCode: 'rural-affairs' },
      C: { title: '父亲危房未列入改造', content: '龙潭村七组贺光明反映：他父亲单独立户，住的土砖房已经倒了一面墙，申请危房改造两年未批，村里说名额已满，要求列入今年计划。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording 危改, amounts in words'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same new house, a boundary dispute with the neighbour'],
      ['A2', 'B', false, 'same house, other grievance'],
      ['A', 'C', false, 'same programme and petitioner, his father’s separate house'],
      ['A2', 'C', false, 'same programme, another household'],
    ],
  },
  {
    id: 'UH2', village: '430599100003', category: 'urban-housing', // 城关镇南园社区
    texts: {
      A: { title: '购房多年无法办理不动产权证', content: '南园社区锦绣花园小区业主代表反映：2017年购买锦绣花园3栋商品房，开发商恒泰置业因欠缴土地出让金，至今未能办理不动产权证，涉及业主186户，要求政府协调办证。' },
      A2: { title: '锦绣花园业主办证难', content: '我们是锦绣花园的业主，交房六七年了房产证还办不下来，孩子上学、贷款都受影响。开发商说是政府的原因，住建局说开发商欠土地款。186户业主联名请求解决办证问题。' },
      A3: { title: '锦绣花园不动产权证', content: '锦绣花园小区业主12人来访，称恒泰置业欠缴土地出让金导致业主无法办证，要求政府先行为业主办理不动产权证。' },
      B: { title: '锦绣花园3栋外墙渗水', content: '南园社区锦绣花园3栋业主反映：入住后外墙多处渗水，雨天室内墙面发霉，开发商恒泰置业一直拖着不维修，维修基金也动用不了，要求督促开发商履行保修责任。' },
      C: { title: '恒泰置业滨江苑延期交房', content: '南园社区居民反映：她购买了恒泰置业开发的滨江苑小区住房，合同约定2023年底交房，至今未交付，开发商也不支付违约金，要求政府督促。' },
    },
    pairs: [
      ['A', 'A2', true, 'joint letter, 房产证 for 不动产权证'],
      ['A', 'A3', true, 'visit by twelve owners'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same estate, building and developer, but leaking walls'],
      ['A2', 'B', false, 'same estate, other grievance'],
      ['A', 'C', false, 'same developer, another estate and late delivery'],
      ['B', 'C', false, 'same developer, two other matters'],
    ],
  },
  {
    id: 'UH3', village: '430599102001', category: 'urban-housing', // 石门镇石门社区
    texts: {
      A: { title: '新建楼房遮挡采光', content: '石门社区居民吴建平反映：其家后面正在建设的商住楼（石门镇农贸市场改造项目）距其住房不足8米，建成后将完全遮挡采光，要求规划部门核查是否违规审批。' },
      A2: { title: '农贸市场改造楼挡光', content: '石门社区吴建平：我家背后在建的农贸市场商住楼已经盖到五层，离我家窗户七米多，白天屋里都要开灯。规划怎么批的？请求停工核查。' },
      A3: { title: '规划审批质疑', content: '石门社区吴建平来信质疑：农贸市场改造商住楼与其住宅间距仅7.6米，不符合日照间距要求，要求公开规划审批材料并整改。' },
      B: { title: '农贸市场改造施工夜间噪音扰民', content: '石门社区吴建平反映：农贸市场改造项目工地经常夜里十一二点还在打桩、浇混凝土，噪音很大，老人孩子无法休息，要求限制夜间施工。', categoryCode: 'environment' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording 挡光'],
      ['A', 'A3', true, 'letter with a measured distance'],
      ['A2', 'A3', true, 'citizen vs letter'],
      ['A', 'B', false, 'same building site, night noise instead of daylight'],
      ['A2', 'B', false, 'same site, other grievance'],
    ],
  },
  {
    id: 'UH4', village: '430599103001', category: 'urban-housing', // 白沙镇白沙社区
    texts: {
      A: { title: '安置房墙体开裂', content: '白沙社区居民反映：白沙镇移民安置小区2栋入住不到两年，多户墙体出现裂缝，楼梯间裂缝宽达1厘米，住户担心安全，要求鉴定并维修。' },
      A2: { title: '移民小区2栋是危楼吗', content: '白沙镇移民安置小区二号楼墙裂得越来越厉害，我家客厅的缝能塞进硬币，楼道的裂缝更大。住了两年就这样，我们不敢住。请派人来鉴定。' },
      A3: { title: '安置房质量问题', content: '白沙镇移民安置小区2栋住户代表来访，称楼体多处开裂、楼梯间裂缝约1厘米，要求住建部门组织房屋安全鉴定。', villageCode: null },
      B: { title: '移民安置小区未通天然气', content: '白沙社区居民反映：白沙镇移民安置小区建成两年仍未接通天然气，住户只能用液化气罐，存在安全隐患，要求协调燃气公司接入。' },
      C: { title: '移民安置小区3栋地下室积水', content: '白沙镇移民安置小区3栋地下室每逢下雨就积水，深的地方到膝盖，电动车都泡坏了，要求维修排水。' },
    },
    pairs: [
      ['A', 'A2', true, '二号楼 for 2栋, citizen wording'],
      ['A', 'A3', true, 'representatives’ visit, no village recorded'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same estate, gas connection'],
      ['A', 'C', false, 'same estate, another building and flooding'],
      ['A2', 'C', false, 'same estate, other building'],
      ['A3', 'B', false, 'same estate, other grievance'],
    ],
  },
  {
    id: 'UH5', village: '430599100202', category: 'urban-housing', // 城关镇双井村
    texts: {
      A: { title: '举报邻居违章建房', content: '双井村二组村民张丽反映：其邻居刘某在双井村二组村道边违规加建三层楼房，未办理任何审批手续，占用村道约1米，影响通行，要求查处。' },
      A2: { title: '刘家违建占道', content: '我们二组刘某家在村道边上加盖楼房，已经盖到三楼了，房子往外扩了一米多占了路，车都不好过。向镇里反映了没人管，要求依法拆除违建部分。' },
      A3: { title: '违建', content: '双井村张丽来电：邻居刘某加建楼房占用村道，镇里至今未处理，要求拆除。', categoryCode: 'rural-affairs' },
      B: { title: '邻居新建猪圈污水排入我家', content: '双井村二组张丽反映：邻居刘某在屋后新建猪圈，养了十几头猪，粪水直接排到她家菜地，臭气熏天，要求责令整改。', categoryCode: 'environment' },
    },
    pairs: [
      ['A', 'A2', true, 'letter, 违建占道'],
      ['A', 'A3', true, 'phone note filed under another category'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same neighbour, a pigsty draining into her plot'],
      ['A2', 'B', false, 'same neighbour, other matter'],
    ],
  },
  // ──────────────────────────────── 生态环境 ────────────────────────────────
  {
    id: 'EN1', village: '430599101204', category: 'environment', // 清水镇大坪村
    texts: {
      A: { title: '养猪场粪污直排污染水塘', content: '大坪村四组村民反映：本组村民陈某经营的生猪养殖场（存栏约800头）粪污未经处理直接排入下游的长塘，塘水发黑发臭，鱼大量死亡，附近村民无法用水，要求环保部门查处。' },
      A2: { title: '陈家猪场臭气熏天', content: '大坪村四组的陈老板养了几百头猪，猪粪水全部流到下面的长塘里，塘里的鱼都死光了，夏天臭得不能开窗。我们反映了好多次，环保来看过一次又没下文了。' },
      A3: { title: '来电反映养猪场污染', content: '来电人反映大坪村四组陈某猪场排污，长塘水质污染，要求处理。' },
      B: { title: '砂石场粉尘噪音扰民', content: '大坪村四组村民反映：村口的宏达砂石场日夜开工，碎石机噪音很大，粉尘落满房前屋后，运砂车把村道压坏，要求关停或整改。' },
      C: { title: '六组养猪场建在水源地旁', content: '大坪村村民反映：六组村民彭某在村饮用水源山塘上方新建一个养猪场，目前已存栏300多头，担心污染全村的饮用水源，要求依法拆除。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, 猪场 / 陈老板'],
      ['A', 'A3', true, 'one-line phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same 组, a sand-and-gravel yard'],
      ['A3', 'B', false, 'short note vs other polluter'],
      ['A', 'C', false, 'same village, another pig farm (六组, 彭某) threatening the drinking-water pond'],
      ['A2', 'C', false, 'two pig farms, both about ponds'],
      ['A3', 'C', false, 'short note vs other pig farm'],
    ],
  },
  {
    id: 'EN2', village: '430599103204', category: 'environment', // 白沙镇竹山村
    texts: {
      A: { title: '采石场放炮震裂房屋', content: '竹山村三组村民反映：竹山采石场爆破作业频繁，组里11户村民房屋墙体出现裂缝，飞石还砸坏了一户的屋顶，要求停止爆破并赔偿损失。' },
      A2: { title: '放炮把房子震裂了', content: '竹山村三组老百姓反映，后山那个采石场天天放炮，我家墙上的裂缝越来越大，有一次石头飞下来把邻居家瓦砸了个洞。我们十几户人家提心吊胆，请求停止放炮并赔偿。' },
      A3: { title: '采石场爆破', content: '竹山村三组11户村民联名来信，称竹山采石场爆破导致房屋开裂、飞石伤房，要求停止爆破、鉴定房屋并赔偿。' },
      B: { title: '采石场占用林地未补偿', content: '竹山村三组村民反映：竹山采石场扩大开采范围，占用了三组集体山林约15亩，砍伐杉木，未与村组签订任何协议，也没有给补偿，要求查处。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, '放炮 for 爆破, no quarry name'],
      ['A', 'A3', true, 'joint letter, new demand (鉴定)'],
      ['A2', 'A3', true, 'citizen vs joint letter'],
      ['A', 'B', false, 'same quarry, encroachment on collective forest'],
      ['A2', 'B', false, 'same quarry, other grievance'],
    ],
  },
  {
    id: 'EN3', village: '430599100204', category: 'environment', // 城关镇枫树湾村
    texts: {
      A: { title: '搅拌站夜间噪音扰民', content: '枫树湾村村民反映：村旁的建兴商品混凝土搅拌站经常通宵生产，搅拌机和罐车噪音很大，附近居民晚上无法入睡，要求限制夜间生产。' },
      A2: { title: '搅拌站半夜还在作业', content: '枫树湾村的建兴搅拌站每天晚上都干到凌晨两三点，罐车进进出出，轰隆隆的，我们老人小孩都睡不着觉。已经打过12345，没有改善。' },
      A3: { title: '噪音投诉', content: '枫树湾村村民来电投诉村旁搅拌站夜间生产噪音扰民，要求晚上10点后停产。' },
      B: { title: '搅拌站废水排入农田', content: '枫树湾村村民反映：建兴混凝土搅拌站把洗罐车的废水排到村里的水渠，流进下游稻田，稻田板结，禾苗枯死，要求赔偿并整改。' },
      C: { title: '砖厂烟尘污染', content: '枫树湾村村民反映：村后的红星砖厂烧砖冒黑烟，烟尘很大，附近果树叶子都是黑的，要求环保部门检查。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording'],
      ['A', 'A3', true, 'phone note without the plant’s name'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same plant, waste water into paddies'],
      ['A2', 'B', false, 'same plant, other grievance'],
      ['A', 'C', false, 'same village, a brickworks’ smoke'],
      ['A2', 'C', false, 'same village, other polluter'],
    ],
  },
  {
    id: 'EN4', village: '430599200203', category: 'environment', // 桃林乡龙井村
    texts: {
      A: { title: '河道非法采砂', content: '龙井村村民反映：龙井河下游段（龙井村五组至六组河段）有人夜间用挖沙船非法采砂，河岸被掏空，五组的河堤已经垮塌一段，要求水利部门查处。' },
      A2: { title: '夜里有人偷挖河沙', content: '龙井河五组那一段天天晚上有船在挖沙，已经好几个月了，河堤都挖塌了，再不管汛期一来我们五组的田都要被淹。请求执法。' },
      A3: { title: '龙井河采砂', content: '龙井村五组村民来电：龙井河五、六组河段夜间有挖沙船作业，河堤垮塌约30米，要求立即制止。', categoryCode: 'rural-affairs' },
      B: { title: '龙井河上游小水电站断流', content: '龙井村村民反映：龙井河上游的龙井水电站为了发电把河水全部引走，下游河段经常断流，村民灌溉用不上水，鱼也死了，要求保证生态流量。' },
    },
    pairs: [
      ['A', 'A2', true, '偷挖河沙 for 非法采砂'],
      ['A', 'A3', true, 'phone note, another category'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same river, a hydropower station drying it'],
      ['A2', 'B', false, 'same river, other grievance'],
    ],
  },
  {
    id: 'EN5', village: '430599202201', category: 'environment', // 金竹山乡金竹村
    texts: {
      A: { title: '垃圾中转站选址离民房太近', content: '金竹村一组村民反映：乡里在一组居民点旁边新建垃圾中转站，距最近民房不到30米，夏天臭气大、蚊蝇多，要求另行选址。' },
      A2: { title: '要求搬迁金竹村一组垃圾站', content: '金竹一组垃圾站离我们家二三十米，天一热臭得受不了，苍蝇蚊子满屋。建之前也没有征求我们意见。请乡政府把垃圾站搬走。' },
      A3: { title: '垃圾中转站', content: '金竹村一组村民10余人来访，反对在居民点旁建垃圾中转站，称距民房不足30米，要求迁址。' },
      B: { title: '三组垃圾池无人清运', content: '金竹村三组村民反映：三组的垃圾池已经一个多月没人清运，垃圾堆满溢到路上，要求保洁员按时清运。' },
    },
    pairs: [
      ['A', 'A2', true, '垃圾站 for 垃圾中转站'],
      ['A', 'A3', true, 'group visit'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same village, another 组’s rubbish pit not emptied'],
      ['A2', 'B', false, 'rubbish in both, other object'],
    ],
  },
  // ──────────────────────────────── 农村农业 ────────────────────────────────
  {
    id: 'RA1', village: '430599101205', category: 'rural-affairs', // 清水镇茶园村
    texts: {
      A: { title: '宅基地被邻居侵占', content: '茶园村二组村民赵四海反映：其家老屋场宅基地（老屋拆除后留下的约80平方米）被邻居赵某占用堆放柴火并搭建了棚子，多次协商无果，要求村委会确权并责令赵某拆除。' },
      A2: { title: '我家老屋场被占', content: '我叫赵四海，茶园村二组。我家祖上的老屋场，房子倒了以后一直空着，隔壁赵家在上面搭了个棚子堆柴，说那块地是他家的。我有1989年的宅基地证，请求村里和镇里主持公道。' },
      A3: { title: '对老屋场纠纷调解结果不服', content: '茶园村赵四海来信称，镇司法所调解其与邻居赵某的老屋场宅基地纠纷时偏袒对方，调解结果认定该地为两家共用，他不服，要求县里重新处理。' },
      B: { title: '儿子建房审批迟迟不批', content: '茶园村二组赵四海反映：他儿子结婚分户后申请在自家承包地上建房，材料交到镇里一年多没有审批，要求尽快办理宅基地审批。' },
      C: { title: '与邻居山林界址纠纷', content: '茶园村二组赵四海反映：他家与邻居赵某在“松树坳”的自留山界址不清，赵某去年砍了界边的十几棵杉树，要求林业站勘界确权并赔偿。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, new evidence (1989年宅基地证)'],
      ['A', 'A3', true, 'objection to the mediation of the same dispute'],
      ['A2', 'A3', true, 'letter vs objection'],
      ['A', 'B', false, 'same person, his son’s house-building approval'],
      ['A', 'C', false, 'same neighbour, a forest boundary (松树坳)'],
      ['A2', 'C', false, 'same neighbour, other object'],
      ['A3', 'C', false, 'same neighbour, other object'],
    ],
  },
  {
    id: 'RA2', village: '430599200201', category: 'rural-affairs', // 桃林乡桃林村
    texts: {
      A: { title: '土地流转费未支付', content: '桃林村六组村民反映：2021年组里62户把水田共180亩流转给绿源蔬菜种植合作社，约定每亩每年500元，合作社2023年、2024年两年的流转费都没付，共18万元，要求乡政府督促支付。' },
      A2: { title: '绿源合作社欠流转费两年', content: '我们桃林村六组的田包给了绿源合作社种蔬菜，讲好一亩一年五百块，这两年一分钱没给，老板人也找不到了。田被他们挖成了大棚，我们想自己种也种不了。' },
      A3: { title: '土地流转纠纷', content: '桃林村六组代表3人来访，称绿源蔬菜合作社拖欠土地流转租金两年，要求解除合同、收回土地并支付欠款。' },
      B: { title: '光伏项目租地租金偏低', content: '桃林村村民反映：村委会把后山荒坡约300亩租给阳光新能源公司建光伏电站，租金每亩每年仅100元，且合同未经村民代表大会讨论，要求重新议定。' },
      C: { title: '油茶公司拖欠山地流转费', content: '桃林村六组村民反映：2019年组里把“大岭”山地120亩流转给湘林油茶公司种油茶，约定每亩每年80元，公司从2022年起未付流转费，要求督促支付。' },
    },
    pairs: [
      ['A', 'A2', true, 'villagers’ letter, 包给 for 流转'],
      ['A', 'A3', true, 'visit with a new demand (解除合同)'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same village, a solar lease of waste slopes'],
      ['A2', 'B', false, 'same village, other lease'],
      ['A', 'C', false, 'same 组 and same grievance (unpaid transfer fee) but another parcel and company'],
      ['A2', 'C', false, 'same 组, other company'],
      ['A3', 'C', false, 'short record vs other company'],
    ],
  },
  {
    id: 'RA3', village: '430599203203', category: 'rural-affairs', // 瑶家坪乡白云村
    texts: {
      A: { title: '两组之间山林权属争议', content: '白云村三组村民代表反映：三组与四组交界的“黄牛岭”山林约200亩，1982年林业三定时划给三组，有山林权证为据，今年四组村民上山砍伐杉木并声称是四组的山，要求乡政府依法确权。' },
      A2: { title: '黄牛岭的山是我们三组的', content: '黄牛岭那片山从分山到户起就是我们白云村三组的，有林权证。四组的人今年冬天上山砍了几十车杉木拉去卖了。我们去拦，差点打起来。请乡里赶快处理，不然要出事。' },
      A3: { title: '黄牛岭山林纠纷', content: '白云村三组与四组因黄牛岭山林权属发生纠纷，三组村民代表来访，称四组村民越界砍伐杉木，要求乡政府调处并制止砍伐。' },
      B: { title: '国有林场占用三组集体山林', content: '白云村三组村民代表反映：瑶家坪国有林场在“杉木冲”一带的造林范围越界进入三组集体山林约60亩，要求林业部门核查界线、退还山林。' },
    },
    pairs: [
      ['A', 'A2', true, 'villagers’ letter with a warning'],
      ['A', 'A3', true, 'visit record'],
      ['A2', 'A3', true, 'letter vs record'],
      ['A', 'B', false, 'same 组, forest tenure, another place (杉木冲) and opponent (林场)'],
      ['A2', 'B', false, 'same 组, other forest'],
    ],
  },
  {
    id: 'RA4', village: '430599102201', category: 'rural-affairs', // 石门镇石门村
    texts: {
      A: { title: '村务财务不公开', content: '石门村村民代表反映：石门村近三年的村级财务从未公开，特别是2022年村部新建的费用和集体山林卖树收入去向不明，要求镇纪委审计村账并公开。' },
      A2: { title: '要求公开石门村账目', content: '我们石门村的账三年没公布了，村部盖楼花了多少钱、卖集体山上的树卖了多少钱，老百姓一概不知。要求镇里来审计，张榜公布。' },
      A3: { title: '村财务公开', content: '石门村村民来电，要求镇里对石门村近三年财务进行审计，重点查村部建设费用和卖树收入，并张榜公布。' },
      B: { title: '村委会换届选举违规', content: '石门村村民反映：今年村委会换届选举中，部分候选人上门发红包拉票，委托投票没有书面委托书，要求认定选举无效重新选举。' },
    },
    pairs: [
      ['A', 'A2', true, 'villagers’ letter'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same village committee, election irregularities'],
      ['A2', 'B', false, 'same village, other matter'],
    ],
  },
  {
    id: 'RA5', village: '430599102202', category: 'rural-affairs', // 石门镇红岩村
    texts: {
      A: { title: '安全饮水工程建成后不通水', content: '红岩村五组、六组村民反映：2022年实施的农村安全饮水工程，管道已铺到各户，但蓄水池建好后一直没有通水，两个组120多户村民仍要挑水吃，要求尽快通水。' },
      A2: { title: '自来水管装了两年没水', content: '红岩村五组六组家家户户都装了自来水管和水表，可是两年了一滴水都没有，说是水源不够。我们还是天天去井里挑水，老人挑不动。这个饮水工程是不是豆腐渣？' },
      A3: { title: '饮水工程不通水', content: '红岩村五、六组村民代表来访：安全饮水工程完工两年未通水，120余户仍挑水吃，要求查明原因限期通水。' },
      B: { title: '自来水浑浊发黄', content: '红岩村一组村民反映：村里集中供水的自来水近几个月经常浑浊发黄，有异味，烧开后壶底有沉淀，担心水质不达标，要求检测水质。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording 自来水'],
      ['A', 'A3', true, 'representatives’ visit'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same village water supply, another 组 and water quality'],
      ['A2', 'B', false, '自来水 in both, other 组 and grievance'],
    ],
  },
  {
    id: 'RA6', village: '430599201203', category: 'rural-affairs', // 龙潭乡长冲村
    texts: {
      A: { title: '通组公路硬化半途停工', content: '长冲村七组村民反映：长冲村通往七组的通组公路硬化工程2023年开工，只铺了1.2公里水泥路就停工了，剩下800米还是泥巴路，雨天无法通行，要求继续施工完成硬化。' },
      A2: { title: '七组的路修了一半不修了', content: '我们长冲七组盼了十几年的水泥路，去年修到一半施工队就撤了，剩下八百米烂泥路，下雨天摩托车都进不来，小孩上学要走泥路。请求把路修完。' },
      A3: { title: '通组公路', content: '长冲村七组村民来电：七组通组公路硬化还剩约800米未完成，施工队已撤场，要求复工。' },
      B: { title: '七组危桥要求重建', content: '长冲村七组村民反映：七组进出必经的石拱桥（长冲桥）桥面开裂、桥墩被洪水冲刷掏空，已成危桥，去年还有一辆三轮车翻下去，要求重建。' },
      C: { title: '五组通组路被大车压坏', content: '长冲村五组村民反映：五组的水泥通组路修好才两年，被采石场的运输大车压得坑坑洼洼，多处断裂，要求采石场负责修复并限制大车通行。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen wording, 八百米 for 800米'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same 组, a dangerous bridge instead of the road'],
      ['A2', 'B', false, 'road vs bridge'],
      ['A', 'C', false, 'same village, another 组’s road damaged by lorries'],
      ['A2', 'C', false, 'road vs road of another 组'],
    ],
  },
  {
    id: 'RA7', village: '430599202203', category: 'rural-affairs', // 金竹山乡上坪村
    texts: {
      A: { title: '土地确权面积登记错误', content: '上坪村二组村民刘桂生反映：2018年土地确权时，他家承包地实有4.6亩，确权证上只登记了3.2亩，其中“牛角坵”1.4亩被登记到了堂弟名下，要求更正。' },
      A2: { title: '确权证少登记了1.4亩田', content: '上坪村刘桂生：我家的牛角坵是分田到户时分给我家的，确权的时候搞错了登记到我堂弟刘桂明名下，现在堂弟说田是他的，要收回去种。请求乡里更正确权证。' },
      A3: { title: '确权更正', content: '上坪村二组刘桂生反映，其家“牛角坵”1.4亩承包田在确权时被错登到刘桂明名下，要求更正确权登记。' },
      B: { title: '耕地地力保护补贴未发', content: '上坪村二组刘桂生反映：2023年的耕地地力保护补贴没有打到他的一卡通上，同组其他农户都领到了，要求核查补发。' },
    },
    pairs: [
      ['A', 'A2', true, 'letter with the cousin’s claim'],
      ['A', 'A3', true, 'short record'],
      ['A2', 'A3', true, 'letter vs short record'],
      ['A', 'B', false, 'same person, a farm subsidy not paid'],
      ['A2', 'B', false, 'same person, other matter'],
    ],
  },
  {
    id: 'RA8', village: '430599202202', category: 'rural-affairs', // 金竹山乡山背村
    texts: {
      A: { title: '村集体水库私下发包', content: '山背村村民反映：村集体的山背水库承包合同去年到期后，村支书没有公开招标，私下以每年3000元低价发包给其亲戚，承包期15年，要求撤销合同重新公开发包。' },
      A2: { title: '山背水库低价包给支书亲戚', content: '山背水库以前承包费一年一万多，这次村里悄悄地三千块一年包给了支书的小舅子，一包十五年，村民都不知道。我们要求重新公开竞标。' },
      A3: { title: '山背水库发包', content: '山背村村民反映山背水库未经公开招标以每年3000元发包15年，要求撤销重新发包。' },
      B: { title: '村集体林场卖树款未入账', content: '山背村村民反映：村集体林场去年间伐出售杉木约400立方米，卖树款未进入村集体账户，村民怀疑被村干部私分，要求查处。' },
    },
    pairs: [
      ['A', 'A2', true, 'letter, 小舅子 for 亲戚'],
      ['A', 'A3', true, 'short record'],
      ['A2', 'A3', true, 'letter vs short record'],
      ['A', 'B', false, 'same village’s collective assets, timber money'],
      ['A2', 'B', false, 'same village, other asset'],
    ],
  },
  // ───────────────────────────── 政法（涉法涉诉） ─────────────────────────────
  {
    id: 'LL1', village: '430599100201', category: 'law-litigation', // 城关镇河西村
    texts: {
      A: { title: '民间借贷判决多年未执行', content: '河西村村民熊国平反映：2019年他起诉同村李某归还借款12万元，县人民法院判决李某还款，判决生效后李某一直不履行，申请强制执行至今未执行到位，要求法院加大执行力度。' },
      A2: { title: '法院判了钱要不回来', content: '熊国平，河西村。李某借我十二万，法院2019年就判了要他还，到现在一分没还。李某开着小车、在城里买了房，法院却说他没有财产可执行，终结了本次执行。我不服。' },
      A3: { title: '执行终本不服', content: '河西村熊国平对县法院就其与李某民间借贷纠纷（12万元）一案裁定终结本次执行程序不服，称被执行人有车有房，要求恢复执行。' },
      B: { title: '交通事故赔偿案判决不公', content: '河西村熊国平反映：2022年他骑摩托车被一辆货车撞伤，县法院判决对方承担60%责任，他认为对方应负全责，二审维持原判，要求再审。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter'],
      ['A', 'A3', true, 'objection to ending enforcement in the same case'],
      ['A2', 'A3', true, 'letter vs objection'],
      ['A', 'B', false, 'same person and court, another case (traffic accident)'],
      ['A2', 'B', false, 'same person, other case'],
    ],
  },
  {
    id: 'LL2', village: '430599103201', category: 'law-litigation', // 白沙镇白沙村
    texts: {
      A: { title: '工伤赔偿判决企业拒不履行', content: '白沙村村民龙启明反映：他在白沙镇鑫源陶瓷厂工作时右手被机器压伤，经劳动仲裁和法院判决，陶瓷厂应赔偿工伤待遇16.8万元，判决生效一年多厂方拒不履行，要求法院强制执行。' },
      A2: { title: '陶瓷厂不执行工伤判决', content: '我在鑫源陶瓷厂压断了三根手指，官司打赢了，法院判厂里赔十六万八，厂里老板把厂子转到他老婆名下，说没钱。我去法院问了十几次，执行局一直拖。请领导督促执行。' },
      A3: { title: '工伤赔偿执行难', content: '白沙村龙启明反映：鑫源陶瓷厂应付其工伤赔偿16.8万元，法院判决后厂方转移资产，要求法院追究拒执责任。', categoryCode: 'labour-wages' },
      B: { title: '与兄弟房屋继承纠纷判决不服', content: '白沙村龙启明反映：他与哥哥龙启华因父母遗留房屋继承发生纠纷，法院判决房屋由两人平分，他认为父母生前已口头将房屋给他，要求重新审理。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, asset transfer detail'],
      ['A', 'A3', true, 'record filed under labour'],
      ['A2', 'A3', true, 'letter vs record'],
      ['A', 'B', false, 'same person, another judgment (inheritance)'],
      ['A2', 'B', false, 'same person, other case'],
    ],
  },
  {
    id: 'LL3', village: '430599200204', category: 'law-litigation', // 桃林乡高桥村
    texts: {
      A: { title: '被打伤后派出所不立案', content: '高桥村村民彭志远反映：今年5月他因修路占地与同组罗某发生争执，被罗某及其儿子打伤，经鉴定为轻伤二级，桃林派出所至今未立案侦查，要求依法追究打人者刑事责任。' },
      A2: { title: '轻伤鉴定都出来了为什么不抓人', content: '我被罗家父子打断了两根肋骨，法医鉴定是轻伤二级，派出所说要调解，不给立案。打人的人天天在村里走来走去，还扬言再打我。请求公安局依法处理。高桥村彭志远' },
      A3: { title: '不予立案不服', content: '高桥村彭志远对桃林派出所不予立案的决定不服，称其被罗某父子打成轻伤二级，要求县公安局监督立案。' },
      B: { title: '修路占用我家承包地', content: '高桥村彭志远反映：今年村里修组道时，同组罗某牵头把路线改到了他家的承包田里，占用约0.3亩，没有经过他同意也没给调换，要求恢复或调换土地。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, injury detail'],
      ['A', 'A3', true, 'objection to the decision not to file'],
      ['A2', 'A3', true, 'letter vs objection'],
      ['A', 'B', false, 'same opponent and road, the land dispute behind the assault'],
      ['A2', 'B', false, 'same opponent, other matter'],
    ],
  },
  // ───────────────────────────── 纪检监察（检举控告） ─────────────────────────────
  {
    id: 'DI1', village: '430599201202', category: 'discipline', // 龙潭乡凤凰村
    texts: {
      A: { title: '检举村支书优亲厚友评低保', content: '凤凰村村民实名检举：村党支部书记周某利用职权，将其弟弟、弟媳和儿媳等不符合条件的亲属纳入低保，其弟弟家有两台货车和城里的商品房，而真正困难的五保老人却没评上，要求纪委查处。' },
      A2: { title: '周书记家亲戚吃低保', content: '凤凰村周书记的弟弟开货车跑运输，在县城有房，居然吃了好几年低保，他儿媳也吃低保。我们村里真正穷的人申请不到。请纪委来查一查。' },
      A3: { title: '村支书亲属违规享受低保', content: '凤凰村村民来信举报村支书周某的弟弟一家、儿媳违规享受低保，要求纪委核查。' },
      B: { title: '检举村支书截留危房改造补助', content: '凤凰村村民检举：村党支部书记周某在2022年危房改造中，向三户改造户每户索要2000元“好处费”，否则不上报名单，要求纪委查处。' },
      C: { title: '检举村会计虚报工程款', content: '凤凰村村民检举：村会计王某在村道维修工程中虚报工程量，多报工程款约8万元，要求审计查处。' },
    },
    pairs: [
      ['A', 'A2', true, 'colloquial report'],
      ['A', 'A3', true, 'short letter'],
      ['A2', 'A3', true, 'colloquial vs short'],
      ['A', 'B', false, 'same accused, another conduct (bribes in the housing programme)'],
      ['A2', 'B', false, 'same accused, other conduct'],
      ['A', 'C', false, 'same village, another accused and conduct'],
      ['B', 'C', false, 'two other accusations in the same village'],
    ],
  },
  {
    id: 'DI2', village: '430599102204', category: 'discipline', // 石门镇黄泥塘村
    texts: {
      A: { title: '举报国土所工作人员索要好处费', content: '石门镇黄泥塘村村民举报：石门镇自然资源所工作人员谢某在办理农村建房审批时，向申请人索要“辛苦费”每户1000至3000元，不给钱就拖着不批，本人被索要2000元，要求查处。' },
      A2: { title: '建房审批被要钱', content: '我家申请建房，资料交到镇国土所，姓谢的工作人员说要“打点”，我给了他两千块才给我签字。听说村里好几户都给过。这种人应该严肃处理。黄泥塘村村民' },
      A3: { title: '国土所工作人员吃拿卡要', content: '黄泥塘村村民举报石门镇自然资源所谢某在农村建房审批中索要好处费，本人被索要2000元。' },
      B: { title: '举报镇干部违规操办酒席', content: '石门镇黄泥塘村村民举报：石门镇自然资源所所长为其儿子升学大办酒席，摆了三十多桌，管理服务对象也去送礼，要求纪委调查。' },
    },
    pairs: [
      ['A', 'A2', true, '国土所 for 自然资源所, 打点'],
      ['A', 'A3', true, 'short record'],
      ['A2', 'A3', true, 'colloquial vs short'],
      ['A', 'B', false, 'same office, another official and conduct (banquet)'],
      ['A3', 'B', false, 'same office, other matter'],
    ],
  },
  {
    id: 'DI3', village: '430599101202', category: 'discipline', // 清水镇杨柳村
    texts: {
      A: { title: '检举村主任冒领征地补偿款', content: '杨柳村村民检举：村委会主任黄某在2021年光伏项目征地中，虚报其家族名下的荒地面积，冒领征地补偿款约15万元，要求查处。' },
      A2: { title: '黄主任虚报面积多领补偿', content: '杨柳村光伏项目征地的时候，黄主任把他家那片荒山多报了十几亩，多领了十几万补偿款，村民都知道，敢怒不敢言。请纪委查一查。' },
      A3: { title: '光伏征地虚报冒领', content: '杨柳村村民举报村主任黄某在光伏项目征地时多报自家荒地十余亩，冒领补偿款约15万元。' },
      B: { title: '检举村主任违规承接村内工程', content: '杨柳村村民检举：村委会主任黄某以其妻弟名义承接村里的道路硬化和水渠工程，工程质量差，要求查处其违规插手村级工程的问题。' },
    },
    pairs: [
      ['A', 'A2', true, 'colloquial, 荒山 for 荒地'],
      ['A', 'A3', true, 'short record'],
      ['A2', 'A3', true, 'colloquial vs short'],
      ['A', 'B', false, 'same accused, village works through a relative'],
      ['A2', 'B', false, 'same accused, other conduct'],
    ],
  },
  // ──────────────────────────────── 其他 ────────────────────────────────
  {
    id: 'OT1', village: '430599203201', category: 'other', // 瑶家坪乡瑶家坪村
    texts: {
      A: { title: '村小撤并后学生上学太远', content: '瑶家坪村村民反映：今年秋季瑶家坪村小学被撤并到乡中心小学，一二年级学生每天要走8公里山路上学，又没有校车，家长只能租房陪读，要求恢复教学点或安排校车。' },
      A2: { title: '请求恢复瑶家坪村教学点', content: '村小撤了以后，我们瑶家坪村的小孩要走两个多小时山路去乡里读书，七八岁的孩子太危险了。请教育局恢复村里的教学点，至少保留一二年级。' },
      A3: { title: '村小撤并', content: '瑶家坪村家长代表来访，要求为撤并后到乡中心小学就读的低年级学生开通校车，或恢复村小教学点。' },
      B: { title: '乡中心小学伙食费过高', content: '瑶家坪村村民反映：乡中心小学寄宿生每月伙食费收500元，饭菜质量差，营养餐补助也没有落实，要求核查收费。' },
    },
    pairs: [
      ['A', 'A2', true, 'parents’ letter'],
      ['A', 'A3', true, 'visit, demands reordered'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same school, boarding fees'],
      ['A2', 'B', false, 'same school, other grievance'],
    ],
  },
  {
    id: 'OT2', village: '430599203202', category: 'other', // 瑶家坪乡高山村
    texts: {
      A: { title: '通村客车停运', content: '高山村村民反映：从瑶家坪乡到高山村的通村客车从今年3月起停运，村民出行只能坐摩的，老人看病很不方便，要求恢复客运班线。' },
      A2: { title: '高山村班车停了半年', content: '高山村的班车停了半年多了，问客运站说亏本不跑了。我们山里人进城看病、卖山货都靠这趟车，请县交通局想办法恢复。' },
      A3: { title: '客车停运', content: '高山村村民来电反映通村客运班线停运半年，要求恢复。', villageCode: null },
      B: { title: '高山村通村公路塌方未修', content: '高山村村民反映：今年6月暴雨造成通村公路K3处塌方，至今只清理了一半，车辆无法双向通行，要求尽快修复。' },
    },
    pairs: [
      ['A', 'A2', true, '班车 for 客车'],
      ['A', 'A3', true, 'phone note, no village code'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same village and transport, a landslide on the road'],
      ['A2', 'B', false, 'same village, other matter'],
    ],
  },
  {
    id: 'OT3', village: '430599102203', category: 'other', // 石门镇水口村
    texts: {
      A: { title: '卫生院误诊延误治疗', content: '水口村村民反映：其父亲今年2月因腹痛到石门镇卫生院就诊，医生诊断为胃炎开药回家，三天后转到县医院确诊为阑尾穿孔并发腹膜炎，花费4万余元，要求卫生院承担责任。' },
      A2: { title: '父亲在卫生院被误诊', content: '我爸肚子痛去镇卫生院看，医生说是胃炎，挂了两天水越来越严重，送县医院才知道阑尾穿孔了，差点没命。卫生院不认错，要求赔偿医疗费。' },
      A3: { title: '医疗纠纷', content: '水口村村民反映其父在石门镇卫生院被误诊为胃炎，后确诊阑尾穿孔，花费4万多元，要求卫生院赔偿。' },
      B: { title: '卫生院住院乱收费', content: '水口村村民反映：其父亲在石门镇卫生院住院时被收取了大量不必要的检查费用，有些没做的检查也收了费，要求核查退费。' },
    },
    pairs: [
      ['A', 'A2', true, 'colloquial letter'],
      ['A', 'A3', true, 'short record'],
      ['A2', 'A3', true, 'letter vs short record'],
      ['A', 'B', false, 'same clinic and father, overcharging'],
      ['A2', 'B', false, 'same clinic, other grievance'],
    ],
  },
  // ─────────────────── 跨类别、跨村的容易反例 (easy negatives) ───────────────────
  { id: 'X1', pairs: [['LA1.A', 'LW2.A', false, 'land compensation vs factory wages']] },
  { id: 'X2', pairs: [['LW1.A', 'EN1.A', false, 'wage arrears vs pig-farm pollution']] },
  { id: 'X3', pairs: [['SS1.A', 'RA6.A', false, 'minimum living allowance vs road']] },
  { id: 'X4', pairs: [['UH2.A', 'DI1.A', false, 'property certificates vs accusation']] },
  { id: 'X5', pairs: [['EN3.A', 'LL1.A', false, 'noise vs enforcement of a judgment']] },
  { id: 'X6', pairs: [['RA1.A', 'SS3.A', false, 'homestead vs medical reimbursement']] },
  { id: 'X7', pairs: [['LA5.A', 'OT1.A', false, 'orchard compensation vs school merger']] },
  { id: 'X8', pairs: [['DI3.A', 'LW4.A', false, 'accusation vs sanitation wages']] },
  { id: 'X9', pairs: [['RA2.A', 'UH1.A', false, 'land transfer fee vs housing subsidy']] },
  { id: 'X10', pairs: [['EN4.A', 'SS2.A', false, 'sand dredging vs pension years']] },
  { id: 'X11', pairs: [['LL3.A', 'LA7.A', false, 'assault vs reserved land']] },
  { id: 'X12', pairs: [['OT2.A', 'RA5.A', false, 'bus line vs drinking water']] },
  { id: 'X13', pairs: [['LW5.A', 'UH3.A', false, 'mine severance vs daylight']] },
  { id: 'X14', pairs: [['SS4.A', 'EN5.A', false, 'old-age allowance vs rubbish station']] },
  { id: 'X15', pairs: [['LA1.A', 'LA6.A', false, 'two road acquisitions in different villages: compensation vs resettlement plot']] },
  { id: 'X16', pairs: [['LW1.A', 'LW3.A', false, 'two wage debts in different villages and projects']] },  // ─────────────── fresh batch: written after the measure was frozen; never used to tune ───────────────
  {
    id: 'F1', fresh: true, village: '430599100204', category: 'land-acquisition', // 城关镇枫树湾村
    texts: {
      A: { title: '污水管网工程占用菜地补偿偏低', content: '枫树湾村二组村民覃桂芳反映：2024年城区污水管网延伸工程从她家菜地穿过，征用菜地约0.6亩，镇里按旱地每亩2.8万元补偿，她认为应按菜地（园地）标准每亩4.2万元补偿，要求重新核定。' },
      A2: { title: '菜园子被挖了只按旱地补钱', content: '我是枫树湾二组覃桂芳，去年埋污水管子把我家菜园子挖了六分地，只按旱地算钱，一亩才两万八。种菜的地跟旱地能一样吗？隔壁县都是按四万多算的。请求按菜地标准补。' },
      A3: { title: '管网工程补偿标准', content: '枫树湾村覃桂芳来电，称污水管网工程征用其菜地0.6亩，补偿标准按旱地计算偏低，要求按园地标准补偿。' },
      B: { title: '管网施工后菜地未复垦', content: '枫树湾村二组覃桂芳反映：污水管网工程施工后没有回填平整，她家剩下的菜地里留下一条深沟和大量碎石，无法耕种，要求施工单位复垦。', categoryCode: 'rural-affairs' },
      C: { title: '东环路征地社保补贴未落实', content: '枫树湾村二组覃桂芳反映：2021年城区东环路建设征收她家水田1.3亩，补偿款已领取，但当时承诺的被征地农民社保补贴至今未落实，要求兑现。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter: 菜园子, 六分地, 两万八'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same pipeline and plot, restoration of the rest of the plot'],
      ['A2', 'B', false, 'same plot, other grievance'],
      ['A', 'C', false, 'same person, another road project and social insurance'],
      ['A3', 'C', false, 'other project'],
    ],
  },
  {
    id: 'F2', fresh: true, village: '430599200202', category: 'labour-wages', // 桃林乡梨树村
    texts: {
      A: { title: '光伏电站安装工资被拖欠', content: '梨树村村民彭德胜反映：2024年4月至7月他在桃林乡光伏电站项目做支架安装，劳务班组长刘某以晟阳新能源公司未拨款为由，拖欠其工资21600元，要求帮助追讨。' },
      A2: { title: '刘班长欠我两万一千六', content: '彭德胜，梨树村人。去年在乡里光伏板工地上装架子干了四个月，工资两万一千六，班组长刘某一直说公司没给钱。我打听到公司早就把钱结给他了，他就是拖着不给。' },
      A3: { title: '农民工讨薪', content: '梨树村彭德胜等3人来访，称在桃林光伏电站项目务工，被班组长刘某拖欠工资，其中彭德胜21600元，要求劳动监察介入。' },
      B: { title: '砖厂老板拖欠工资', content: '梨树村彭德胜反映：2023年冬他在龙潭乡兴旺砖厂做搬运工两个月，老板黄某拖欠其工资7400元，至今未付。' },
      C: { title: '光伏电站租地租金未付', content: '梨树村彭德胜反映：光伏电站项目租用他家承包的山坡地1.5亩，约定每年每亩600元租金，2024年的租金至今没有支付。', categoryCode: 'rural-affairs' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, amount in words, 班长 for 班组长'],
      ['A', 'A3', true, 'group visit'],
      ['A2', 'A3', true, 'letter vs group visit'],
      ['A', 'B', false, 'same worker, another employer (砖厂, 黄某)'],
      ['A3', 'B', false, 'other employer'],
      ['A', 'C', false, 'same project, land rent instead of wages'],
      ['A2', 'C', false, 'same project, other grievance'],
    ],
  },
  {
    id: 'F3', fresh: true, village: '430599102001', category: 'social-security', // 石门镇石门社区
    texts: {
      A: { title: '缴了医保费却显示未参保', content: '石门社区居民向玉兰反映：她2024年度城乡居民医保费380元已通过社区代收缴纳，但住院时医院系统显示她未参保，医疗费无法报销，要求核查参保信息。' },
      A2: { title: '医保交了钱查不到', content: '我叫向玉兰，住石门社区，去年交了三百八的医保，收据还在。今年住院医院说我没参保，花的六千多块钱只能自费。社区说钱交到镇里了，镇里说没收到名单。到底钱去哪了？' },
      A3: { title: '参保信息核查', content: '石门社区向玉兰再次来访，称其已缴纳2024年城乡居民医保费380元，但系统无参保记录，致住院费用6300元无法报销，要求补录参保并报销。' },
      B: { title: '丈夫残疾等级评定过低', content: '石门社区向玉兰反映：她丈夫因车祸致残，申请残疾等级评定被评为肢体四级，她认为应评为二级，要求重新鉴定。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, 三百八'],
      ['A', 'A3', true, 'second visit with the amount of the bill'],
      ['A2', 'A3', true, 'letter vs second visit'],
      ['A', 'B', false, 'same person, her husband’s disability grade'],
      ['A2', 'B', false, 'same person, other matter'],
    ],
  },
  {
    id: 'F4', fresh: true, village: '430599100002', category: 'urban-housing', // 城关镇西街社区
    texts: {
      A: { title: '老旧小区改造后屋面漏水', content: '西街社区纺织厂宿舍居民反映：2023年老旧小区改造中，施工单位对4栋屋面做了防水，但今年雨季顶楼6户家中仍然漏水，比改造前还严重，要求施工单位返修。' },
      A2: { title: '宿舍楼改造完顶楼漏得更厉害', content: '纺织厂宿舍4栋顶楼住户反映：前年搞旧改，说给我们楼顶做防水，结果今年一下雨屋里就滴水，墙皮都泡掉了，六户人家都一样。找社区找施工队，都说在保修期内会修，就是没人来。' },
      A3: { title: '旧改屋面漏水', content: '西街社区居民来电：纺织厂宿舍4栋旧改后屋面漏水，要求返修。' },
      B: { title: '加装电梯协调', content: '西街社区纺织厂宿舍3栋部分居民反映：他们申请加装电梯，一楼住户以影响采光为由阻挠施工，要求社区协调。' },
      C: { title: '小区绿地被改成收费停车场', content: '西街社区纺织厂宿舍4栋居民反映：旧改时施工单位把小区绿地改成了停车位，现在由物业对外收费，要求恢复绿地。' },
    },
    pairs: [
      ['A', 'A2', true, 'residents’ letter, 旧改 for 老旧小区改造'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same estate, another building and a lift'],
      ['A2', 'B', false, 'same estate, other matter'],
      ['A', 'C', false, 'same building and renovation, green space turned into parking'],
      ['A3', 'C', false, 'same renovation, other grievance'],
    ],
  },
  {
    id: 'F5', fresh: true, village: '430599203203', category: 'environment', // 瑶家坪乡白云村
    texts: {
      A: { title: '尾矿库渗水污染溪水', content: '白云村村民反映：村后山的鑫鑫矿业尾矿库长期渗水，流入白云溪，溪水发黄，下游二组的稻田用水后禾苗发黄减产，要求环保部门检测并责令整改。' },
      A2: { title: '白云溪的水被矿上污染了', content: '我们白云村二组的田都是用白云溪的水，这两年溪水黄得像铁锈，田里的禾苗都长不好，稻谷少收了三成。大家说是后山矿上那个尾矿库漏的。请领导派人来查。' },
      A3: { title: '尾矿渗漏', content: '白云村二组村民代表来访：鑫鑫矿业尾矿库渗漏污染白云溪，致二组约40亩稻田减产，要求检测水质、赔偿损失。' },
      B: { title: '竹木加工厂噪音粉尘', content: '白云村村民反映：村口新开的竹木加工厂每天切割竹子，噪音和粉尘很大，木屑乱堆在溪边，要求整改。' },
      C: { title: '运矿车压坏村道', content: '白云村二组村民反映：鑫鑫矿业的运矿车每天几十趟从村道经过，超载严重，村道已多处开裂，扬尘很大，要求限载并修路。' },
    },
    pairs: [
      ['A', 'A2', true, 'villagers’ letter, no company name'],
      ['A', 'A3', true, 'representatives’ visit, new demand (赔偿)'],
      ['A2', 'A3', true, 'letter vs visit'],
      ['A', 'B', false, 'same village, a bamboo workshop'],
      ['A2', 'B', false, 'same village and stream, other polluter'],
      ['A', 'C', false, 'same company, lorries on the village road'],
      ['A3', 'C', false, 'same company and 组, other grievance'],
    ],
  },
  {
    id: 'F6', fresh: true, village: '430599103201', category: 'rural-affairs', // 白沙镇白沙村
    texts: {
      A: { title: '邻居挖鱼塘致我家田渗漏', content: '白沙村四组村民龙建华反映：邻居龙某去年在他家稻田旁边挖了一口鱼塘，塘堤离他家田埂不到一米，导致他家“长坵”1.2亩稻田常年渗水变成烂泥田，要求龙某加固塘堤或赔偿。' },
      A2: { title: '长坵田成了烂泥田', content: '龙建华，白沙村四组。隔壁龙家挖鱼塘挖到我田边上，我家长坵那块田水全往塘里渗，现在是烂泥田，插不了秧。村里调解了两次，龙家不肯加固堤坝。' },
      A3: { title: '鱼塘渗漏纠纷', content: '白沙村四组龙建华来电称，邻居龙某所挖鱼塘致其稻田渗水，村调解未果，要求镇司法所处理。' },
      B: { title: '邻居建房排水占我家地界', content: '白沙村四组龙建华反映：邻居龙某建新房时把屋檐滴水伸到他家宅基地上方，还把排水沟改道流经他家门口，要求恢复原状。' },
      C: { title: '承包田修机耕道未调换', content: '白沙村四组龙建华反映：他家“塘角”0.8亩承包田在2019年高标准农田建设时被修成了机耕道，至今没有调换土地也没有补偿。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter'],
      ['A', 'A3', true, 'phone note after mediation'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same neighbour, his new house’s drainage'],
      ['A2', 'B', false, 'same neighbour, other object'],
      ['A', 'C', false, 'same person, another field (塘角) and a farm track'],
      ['A3', 'C', false, 'other field'],
    ],
  },
  {
    id: 'F7', fresh: true, village: '430599202201', category: 'rural-affairs', // 金竹山乡金竹村
    texts: {
      A: { title: '产业奖补资金未发放', content: '金竹村三组脱贫户邓光荣反映：他2023年按村里要求养了4头肉牛，申报了到户产业奖补，村里公示的奖补金额为4000元，至今未发到他的一卡通上，要求核查。' },
      A2: { title: '养牛的奖补钱没到账', content: '我是金竹村三组邓光荣，前年村里叫我们脱贫户发展产业，我养了四头牛，公示栏上写着补四千块，可是一卡通里一直没见钱。问村会计，说已经报上去了。请帮忙查查钱到哪里去了。' },
      B: { title: '小额信贷到期无法续贷', content: '金竹村三组邓光荣反映：他2022年办理的脱贫人口小额信贷5万元即将到期，当时村里说可以续贷，现在银行催收还款，要求协调续贷。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter'],
      ['A', 'B', false, 'same household, a microcredit loan'],
      ['A2', 'B', false, 'same household, other matter'],
    ],
  },
  {
    id: 'F8', fresh: true, village: '430599100202', category: 'law-litigation', // 城关镇双井村
    texts: {
      A: { title: '宅基地权属诉讼判决不公', content: '双井村村民胡先明反映：他与同组胡某因“老槽门”宅基地权属发生纠纷，县法院一审判决该宅基地归胡某使用，二审维持原判，他认为法院未采信其1986年的建房审批表，要求再审。' },
      A2: { title: '不服老槽门宅基地判决', content: '胡先明，双井村。老槽门那块宅基地是我父亲1986年批的，审批表上写得清清楚楚，法院却判给了胡某。一审二审都输了，我不服，要求上级法院再审。' },
      A3: { title: '申请再审', content: '双井村胡先明对其与胡某宅基地使用权纠纷案二审判决不服，提交1986年建房审批表复印件，要求启动再审程序。' },
      B: { title: '儿子劳动争议案改判不公', content: '双井村胡先明反映：他儿子在县城打工时被工厂辞退，劳动仲裁裁决工厂支付赔偿金3.2万元，工厂起诉后法院改判为1.1万元，他认为判决不公。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter'],
      ['A', 'A3', true, 'retrial application'],
      ['A2', 'A3', true, 'letter vs application'],
      ['A', 'B', false, 'same person and court, his son’s labour case'],
      ['A2', 'B', false, 'same person, other case'],
    ],
  },
  {
    id: 'F9', fresh: true, village: '430599102203', category: 'discipline', // 石门镇水口村
    texts: {
      A: { title: '检举村报账员挪用集体资金', content: '水口村村民检举：村报账员邓某将村集体出租水口码头的租金约12万元存入个人账户，长期未入村集体账，涉嫌挪用，要求镇纪委查处。' },
      A2: { title: '码头租金进了邓会计的腰包', content: '水口码头每年租金好几万，这几年加起来十多万，村里账上一分没有，都在报账员邓某自己的卡上。村民问起来他说是代管。请纪委查清楚。' },
      A3: { title: '水口码头租金去向', content: '水口村村民举报村报账员邓某私存码头租金约12万元未入账，要求审计。' },
      B: { title: '检举报账员虚增工程量', content: '水口村村民检举：村报账员邓某在2023年村道硬化工程中，与施工老板串通，虚增工程量套取资金约5万元。' },
      C: { title: '检举村主任收取低保感谢费', content: '水口村村民检举：村主任向某在低保评定中收取申请人“感谢费”，每户500至1000元，要求查处。' },
    },
    pairs: [
      ['A', 'A2', true, 'colloquial report'],
      ['A', 'A3', true, 'short report'],
      ['A2', 'A3', true, 'colloquial vs short'],
      ['A', 'B', false, 'same accused, padding a road contract'],
      ['A2', 'B', false, 'same accused, other conduct'],
      ['A', 'C', false, 'same village, another accused'],
    ],
  },
  {
    id: 'F10', fresh: true, village: '430599203202', category: 'other', // 瑶家坪乡高山村
    texts: {
      A: { title: '三组电压太低电器用不了', content: '高山村三组村民反映：三组离变压器太远，晚上用电高峰电压只有160伏左右，电饭煲煮不熟饭，冰箱启动不了，要求供电所增设变压器。' },
      A2: { title: '请求给高山三组加装变压器', content: '我们高山村三组二十多户，一到晚上灯就暗，电饭锅煮不熟，打米机都带不动。供电所来量过说电压低，说要等改造计划。请求尽快解决三组用电问题。' },
      A3: { title: '低电压', content: '高山村三组村民来电：晚间电压仅160伏，家电无法使用，要求供电所改造线路或增设变压器。', categoryCode: 'urban-housing' },
      B: { title: '高山村手机信号差', content: '高山村村民反映：村里没有4G信号，手机经常打不通电话，学生上网课困难，要求通信公司建设基站。' },
      C: { title: '三组电线杆倾斜', content: '高山村三组村民反映：三组的电线杆年久失修，有两根已经倾斜，电线离地不到两米，存在安全隐患，要求供电所更换。' },
    },
    pairs: [
      ['A', 'A2', true, 'villagers’ letter'],
      ['A', 'A3', true, 'phone note filed under another category'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same village, mobile signal'],
      ['A2', 'B', false, 'same village, other utility'],
      ['A', 'C', false, 'same 组 and power supplier, leaning poles'],
      ['A3', 'C', false, 'same 组, other grievance'],
    ],
  },
  {
    id: 'F11', fresh: true, village: '430599100001', category: 'environment', // 城关镇东门社区
    texts: {
      A: { title: '楼下烧烤店油烟扰民', content: '东门社区居民反映：东门街18号楼下的“老兵烧烤”每晚营业到凌晨，油烟直接排到楼上住户窗口，家里无法开窗，要求城管和环保部门责令安装油烟净化设备。' },
      A2: { title: '老兵烧烤油烟熏得受不了', content: '我家住东门街18号三楼，楼下老兵烧烤天天晚上烤到一两点，烟全往我家窗户里灌，衣服都是烧烤味，孩子咳嗽。投诉过几次，店老板装了个管子朝上排还是一样。' },
      A3: { title: '餐饮油烟投诉', content: '东门社区居民来电，投诉东门街18号烧烤店油烟扰民，要求整改。' },
      B: { title: 'KTV噪音扰民', content: '东门社区居民反映：东门街20号的“金嗓子KTV”每晚音响声音很大，唱到凌晨三点，附近居民无法休息，要求查处。' },
      C: { title: '烧烤店占道经营', content: '东门社区居民反映：东门街18号“老兵烧烤”占用人行道摆放桌椅，晚上行人只能走机动车道，很危险，要求城管查处占道经营。', categoryCode: 'other' },
    },
    pairs: [
      ['A', 'A2', true, 'resident’s letter'],
      ['A', 'A3', true, 'phone note'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same street, a karaoke bar’s noise'],
      ['A2', 'B', false, 'same street, other business'],
      ['A', 'C', false, 'same restaurant, tables on the pavement'],
      ['A3', 'C', false, 'same restaurant, other grievance'],
    ],
  },
  {
    id: 'F12', fresh: true, village: '430599200203', category: 'social-security', // 桃林乡龙井村
    texts: {
      A: { title: '老农保缴费记录丢失', content: '龙井村村民谢长青反映：他1996年至1999年参加了农村社会养老保险（老农保），共缴费1800元，现在办理城乡居民养老保险时社保部门说查不到老农保缴费记录，要求核实并合并计入。' },
      A2: { title: '九几年交的老农保没记录了', content: '谢长青，龙井村，今年六十了。九六年到九九年我交了一千八百块钱的农村养老保险，有缴费本子。现在去办养老金，社保说系统里没有这笔钱。钱是交给当时乡里的，不能说没就没了。' },
      B: { title: '妻子养老保险个人账户余额退不出', content: '龙井村谢长青反映：他妻子去年去世，城乡居民养老保险个人账户余额应退给继承人，社保所称需要提供亲属关系证明，村里和派出所互相推诿开不出证明，要求帮助办理。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, years and amount in words'],
      ['A', 'B', false, 'same person and scheme, his late wife’s account'],
      ['A2', 'B', false, 'same person, other matter'],
    ],
  },
  {
    id: 'F13', fresh: true, village: '430599102202', category: 'urban-housing', // 石门镇红岩村
    texts: {
      A: { title: '地灾避险搬迁补助未兑现', content: '红岩村七组村民胡国庆反映：他家房屋位于地质灾害隐患点，2022年被列入地质灾害避险搬迁户，按政策应补助6万元，他已按要求拆除旧房并在安置点建好新房，补助只发了3万元。' },
      A2: { title: '地灾搬迁还差三万块', content: '我是红岩村七组胡国庆，房子后面是滑坡点，前年政府动员我们搬，讲好补六万，我拆了老屋在安置点借钱起了新屋，到现在只拿到三万。去乡里问，说资金分批拨。请领导帮忙催一下。' },
      B: { title: '搬迁安置点新房不通水电', content: '红岩村七组胡国庆反映：安置点新建房屋的自来水和电至今没有接通，他只能从邻居家牵电，要求尽快通水通电。' },
      C: { title: '弟弟家未列入地灾搬迁', content: '红岩村七组胡国庆反映：他弟弟家也在滑坡隐患点上，申请避险搬迁两年未被批准，要求列入搬迁计划。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, 三万块'],
      ['A', 'B', false, 'same new house, water and power'],
      ['A2', 'B', false, 'same house, other grievance'],
      ['A', 'C', false, 'same programme, his brother’s household'],
      ['A2', 'C', false, 'same programme, another household'],
    ],
  },
  {
    id: 'F14', fresh: true, village: '430599202202', category: 'land-acquisition', // 金竹山乡山背村
    texts: {
      A: { title: '水库移民后期扶持资金停发', content: '山背村村民钟秀英反映：她家1998年因山背水库扩建搬迁，属于水库移民，按规定每人每年可享受600元后期扶持，她和两个子女的扶持资金从2020年起停发，要求恢复。' },
      A2: { title: '移民补助停了四年', content: '钟秀英，山背村水库移民。每人每年六百块的移民补贴，我们一家三口从2020年开始就没有了，问乡里说是核查时把我们核掉了，可我们户口一直没动过，为什么不给？' },
      A3: { title: '后期扶持', content: '山背村钟秀英来电，称其家三人水库移民后期扶持资金自2020年停发，要求核查恢复。', categoryCode: 'social-security' },
      B: { title: '水库除险加固占用自留山未补偿', content: '山背村钟秀英反映：今年山背水库除险加固工程征用她家“背阴坡”自留山约3亩，砍了松树，没有给任何补偿。' },
    },
    pairs: [
      ['A', 'A2', true, 'citizen letter, 补贴 for 扶持'],
      ['A', 'A3', true, 'phone note filed under another category'],
      ['A2', 'A3', true, 'letter vs phone note'],
      ['A', 'B', false, 'same reservoir and person, land taken for repairs'],
      ['A2', 'B', false, 'same reservoir, other matter'],
    ],
  },
  { id: 'FX1', fresh: true, pairs: [['F1.A', 'F10.A', false, 'compensation vs low voltage']] },
  { id: 'FX2', fresh: true, pairs: [['F2.A', 'F12.A', false, 'wages vs pension record']] },
  { id: 'FX3', fresh: true, pairs: [['F5.A', 'F8.A', false, 'pollution vs retrial']] },
  { id: 'FX4', fresh: true, pairs: [['F9.A', 'F3.A', false, 'accusation vs medical insurance']] },
  { id: 'FX5', fresh: true, pairs: [['F11.A', 'F14.A', false, 'smoke vs resettlement support']] },
  { id: 'FX6', fresh: true, pairs: [['F4.A', 'F7.A', false, 'leaking roof vs farm subsidy']] },
];

function resolve(scenarios: Scenario[], scenario: Scenario, key: string): SameMatterText {
  const [owner, name] = key.includes('.') ? [scenarios.find((s) => s.id === key.split('.')[0]), key.split('.')[1]] : [scenario, key];
  const text = owner?.texts?.[name!];
  if (!owner || !text) throw new Error(`same-matter pairs: no text ${key} (scenario ${scenario.id})`);
  const villageCode = text.villageCode === undefined ? owner.village : text.villageCode ?? undefined;
  return { title: text.title, content: text.content, categoryCode: text.categoryCode ?? owner.category, ...(villageCode ? { villageCode } : {}) };
}

/** All labelled pairs, flattened: `{ a, b, same, note }` plus scenario id and split. */
export const SAME_MATTER_PAIRS: LabelledPair[] = SCENARIOS.flatMap((scenario, index) =>
  scenario.pairs.map(([a, b, same, note], i) => ({
    id: `${scenario.id}-${i + 1}`,
    scenario: scenario.id,
    split: scenario.fresh ? ('fresh' as const) : index % 2 === 0 ? ('tune' as const) : ('holdout' as const),
    a: resolve(SCENARIOS, scenario, a),
    b: resolve(SCENARIOS, scenario, b),
    same,
    note,
  })),
);
