import type { Random } from './random.js';

/**
 * Made-up residents of 清溪县: names of their generation, resident ID numbers with a valid
 * GB 11643 check digit, mainland mobiles (some elderly people give a landline), and an address
 * in their village or community. Every ID number and every phone number is used once.
 */
export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

/** Where a petitioner lives: a village group (组) or a community. */
export interface Home {
  townshipCode: string;
  townshipName: string;
  villageCode: string;
  villageName: string;
  community: boolean;
  /** 组 of a village (1-10); for a community, unused. */
  group: number;
}

/** Area codes found on ID cards here: the county itself, and people married or moved in from around 邵阳. */
const AREA_CODES: Record<string, number> = { '430599': 14, '430523': 2, '430524': 2, '430525': 1, '430522': 1, '430581': 1, '430502': 1 };

const SURNAMES: Record<string, number> = {
  刘: 9, 李: 8, 陈: 7, 王: 6, 张: 6, 周: 5, 罗: 5, 邓: 4, 曾: 4, 唐: 4, 彭: 3, 谢: 3, 蒋: 3, 肖: 3, 胡: 3, 杨: 3, 黄: 3,
  赵: 2, 吴: 2, 龚: 2, 廖: 2, 贺: 2, 邹: 2, 易: 2, 袁: 2, 谭: 2, 伍: 2, 尹: 1, 石: 1, 雷: 1, 向: 1, 粟: 1, 欧阳: 1, 申: 1, 宁: 1,
};
/** 瑶家坪 is a Yao township: its common surnames. */
const YAO_SURNAMES: Record<string, number> = { 盘: 5, 赵: 4, 邓: 4, 冯: 2, 黄: 2, 李: 2, 沈: 1 };

const GIVEN: { from: number; male: string[]; female: string[] }[] = [
  {
    from: 1900,
    male: ['德明', '桂生', '满仓', '石生', '冬生', '国华', '建国', '正祥', '长根', '福生', '炳坤', '庆云', '贤德', '友生', '春生', '秋生', '水生', '茂林', '显荣', '光辉', '树林', '金山'],
    female: ['桂英', '秀英', '满秀', '冬梅', '玉兰', '桂香', '春娥', '菊香', '三妹', '秀兰', '月娥', '翠英', '凤姣', '金秀'],
  },
  {
    from: 1960,
    male: ['建军', '志强', '国平', '新华', '卫东', '红军', '立新', '建华', '小平', '跃进', '伟民', '德胜', '光明', '勇军', '文斌', '海波', '铁军', '永红', '建平', '朝阳'],
    female: ['红梅', '丽华', '小红', '春花', '美华', '建英', '爱莲', '凤英', '秋菊', '桂芝', '玉梅', '月华', '艳平', '腊梅'],
  },
  {
    from: 1980,
    male: ['伟', '磊', '强', '浩', '杰', '勇', '鹏', '亮', '涛', '斌', '俊', '志勇', '海军', '文杰', '小龙', '建波', '向阳', '振华'],
    female: ['娟', '婷', '丽', '芳', '燕', '敏', '霞', '琴', '倩', '静', '丽娟', '海燕', '小芳', '春燕', '晓琴'],
  },
];

const MOBILE_PREFIXES = ['135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188', '198', '130', '131', '132', '155', '156', '185', '186', '166', '133', '153', '173', '177', '180', '181', '189', '199'];
/** 0739: 邵阳's area code; the county's exchanges. */
const LANDLINE_EXCHANGES = ['52', '53', '62', '68', '72'];
const STREETS = ['人民路', '建设路', '解放街', '新华路', '滨江路', '文化路', '朝阳路', '迎宾大道', '五一路', '东风路'];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 11643 (ISO 7064 MOD 11-2) check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return '10X98765432'[sum % 11]!;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 23 → 二十三 (small numbers, as group numbers are written). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

export class PeopleFactory {
  private readonly idNumbers = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(
    private readonly r: Random,
    /** Ages are counted at the middle of this year. */
    private readonly year: number,
  ) {}

  person(home: Home, age: readonly [number, number], maleShare = 0.6, yao = false): DemoPerson {
    const male = this.r.chance(maleShare);
    const birthYear = this.year - this.r.int(age[0], age[1]);
    const generation = [...GIVEN].reverse().find((g) => birthYear >= g.from)!;
    const name = this.r.choose(yao ? YAO_SURNAMES : SURNAMES) + this.r.pick(male ? generation.male : generation.female);
    const elderly = this.year - birthYear >= 65;
    return { name, idNumber: this.idNumber(birthYear, male), phone: elderly && this.r.chance(0.2) ? this.landline() : this.mobile(), address: this.address(home) };
  }

  private idNumber(birthYear: number, male: boolean): string {
    for (;;) {
      const birth = new Date(Date.UTC(birthYear, 0, 1) + this.r.int(0, 364) * 86_400_000);
      const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
      // sequence: two digits of the registering police station, then odd for men, even for women
      const sequence = `${String(this.r.int(0, 99)).padStart(2, '0')}${this.r.int(0, 4) * 2 + (male ? 1 : 0)}`;
      const first17 = `${this.r.choose(AREA_CODES)}${date}${sequence}`;
      const id = first17 + residentIdCheckCharacter(first17);
      if (!this.idNumbers.has(id)) {
        this.idNumbers.add(id);
        return id;
      }
    }
  }

  private mobile(): string {
    return this.unique(() => `${this.r.pick(MOBILE_PREFIXES)}${String(this.r.int(0, 99_999_999)).padStart(8, '0')}`);
  }

  private landline(): string {
    return this.unique(() => `0739-${this.r.pick(LANDLINE_EXCHANGES)}${String(this.r.int(0, 99_999)).padStart(5, '0')}`);
  }

  private unique(make: () => string): string {
    for (;;) {
      const phone = make();
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }

  private address(home: Home): string {
    if (!home.community) return `${home.townshipName}${home.villageName}${chineseNumber(home.group)}组${this.r.int(1, 86)}号`;
    return this.r.chance(0.5)
      ? `${home.townshipName}${home.villageName}${this.r.pick(STREETS)}${this.r.int(1, 320)}号`
      : `${home.townshipName}${home.villageName}${this.r.pick(STREETS)}${this.r.int(1, 24)}栋${this.r.int(1, 4)}单元${this.r.int(1, 18)}0${this.r.int(1, 4)}室`;
  }
}
