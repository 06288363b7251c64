import type { Channel } from '#contracts';
import type { Principal } from '#platform';
import type { Registrar, RegistrationRequest } from '../petitions/register-petition/register-petition.handler.js';
import { DEMO_COUNTY } from './demo-county.js';
import { MATTER_KINDS, type MatterKind, type MatterPlace, type MatterText } from './demo-matters.js';
import { chineseNumber, PeopleFactory, type DemoPerson, type Home } from './demo-people.js';
import { Random } from './random.js';

/**
 * A year of petitions for 清溪县, planned as stories: a matter is raised (visit, letter, online,
 * phone; by one person or a crowd with representatives), sometimes raised again while still
 * open (a repeat) or taken to the county (skip-level); a few long-standing petitioners (信访老户)
 * bring several matters. Volumes follow the seasons (wage arrears before Spring Festival, land
 * rent at spring ploughing, pig farms in summer, drinking water in the dry autumn); offices are
 * shut at weekends and public holidays, where only online petitions arrive. Same seed, same year.
 */
export interface DemoYearOptions {
  year?: number;
  seed?: string;
  /** 1 is a county's year (≈ 450 petitions); smaller scales for tests. */
  scale?: number;
}

export interface DemoPetition {
  request: RegistrationRequest & { receivedAt: string };
  registrar: Registrar;
  /** What the story means it to be; the registration handler decides what it is. */
  intent: 'new' | 'repeat' | 'skip-level';
  /** Petitions of one story share petitioners: register them in order, one after the other. */
  story: number;
  kind: string;
}

export const DEMO_YEAR = 2026;
export const DEMO_SEED = 'qingxi-county-demo';
const MATTERS_PER_YEAR = 330;
const LONG_STANDING_PETITIONERS = 6;

/** Channel mix on working days; at weekends and on holidays only online petitions come in. */
const WORKDAY_CHANNELS: Record<Channel, number> = { visit: 0.24, letter: 0.25, online: 0.34, phone: 0.17 };
const WEEKEND_SHARE = 0.3;
/** Petitions per township, relative: the county seat is busiest, the mountain townships quietest. */
const TOWNSHIP_WEIGHTS: Record<string, number> = {
  '430599100000': 1.6, '430599101000': 1.2, '430599102000': 1.1, '430599103000': 1,
  '430599200000': 0.8, '430599201000': 0.7, '430599202000': 0.7, '430599203000': 0.6,
};
const YAO_TOWNSHIP = '430599203000';

/** Public holidays and make-up working days (调休) as published for the year. */
const HOLIDAYS: Record<number, { off: string[]; on: string[] }> = {
  2026: {
    off: ['01-01', '01-02', '01-03', ...range('02', 15, 23), '04-04', '04-05', '04-06', ...range('05', 1, 5), '06-19', '06-20', '06-21', '09-25', '09-26', '09-27', ...range('10', 1, 7)],
    on: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

const COUNTY_ADMIN: Principal = { id: 'demo-county-bureau', role: 'county-admin', name: '县信访局登记员' };

function officer(townshipCode: string): Principal {
  const name = DEMO_COUNTY.townships.find((t) => t.code === townshipCode)!.name;
  return { id: `demo-officer-${townshipCode}`, role: 'township-officer', townshipCode, name: `${name}信访专干` };
}

function range(month: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);
}

interface Day {
  /** Midnight, Beijing time, as epoch ms. */
  start: number;
  month: number;
  workday: boolean;
}

function calendar(year: number): Day[] {
  const holidays = HOLIDAYS[year] ?? { off: [], on: [] };
  const days: Day[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const date = new Date(t);
    const md = date.toISOString().slice(5, 10);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    days.push({ start: t - 8 * 3_600_000, month: date.getUTCMonth() + 1, workday: holidays.on.includes(md) || (!weekend && !holidays.off.includes(md)) });
  }
  return days;
}

/** Minutes after midnight at which a petition of this channel comes in. */
function minuteOfDay(r: Random, channel: Channel): number {
  switch (channel) {
    case 'visit':
      return r.chance(0.62) ? r.int(8 * 60 + 30, 11 * 60 + 50) : r.int(14 * 60 + 30, 17 * 60 + 10);
    case 'letter':
      return r.int(9 * 60, 16 * 60 + 30);
    case 'phone':
      return r.chance(0.55) ? r.int(8 * 60, 11 * 60 + 59) : r.int(14 * 60 + 30, 17 * 60 + 30);
    case 'online': {
      const hour = r.weighted([...Array(24).keys()], (h) => (h < 7 ? 0.3 : h < 12 ? 1.2 : h < 19 ? 1 : 2));
      return hour * 60 + r.int(0, 59);
    }
  }
}

function weightedKeys<K extends string>(base: Record<K, number>, factor: (k: K) => number): Record<K, number> {
  return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, (v as number) * factor(k as K)])) as Record<K, number>;
}

interface Petitioners {
  /** Individual: one person (sometimes a couple); collective: the representatives. */
  people: DemoPerson[];
  /** Collective: how many came or signed. */
  crowd?: number;
  /** Collective letters: the other signatories (names and addresses only). */
  signatories?: DemoPerson[];
  /** Always record ID number and phone (long-standing petitioners, follow-ups). */
  full: boolean;
}

class YearPlanner {
  private readonly days: Day[];
  /** How many matters each month brings, relative: the sum over the kinds of their seasons. */
  private readonly monthWeights: number[];
  private readonly people: PeopleFactory;
  private readonly usedTimes = new Set<number>();
  readonly petitions: DemoPetition[] = [];
  private stories = 0;

  constructor(
    private readonly r: Random,
    private readonly year: number,
  ) {
    this.days = calendar(year);
    this.monthWeights = Array.from({ length: 12 }, (_, m) => MATTER_KINDS.reduce((s, k) => s + kindWeight(k, m + 1), 0));
    this.people = new PeopleFactory(r.fork('people'), year);
  }

  /** An ordinary matter: a day by season, a kind for that month, a place, the people. */
  matter(forced?: { collective?: boolean; repeats?: number; skipLevel?: boolean }): void {
    const r = this.r;
    const days = forced ? this.days.filter((d) => d.month <= 6) : this.days;
    const day = r.weighted(days, (d) => this.monthWeights[d.month - 1]! * (d.workday ? 1 : WEEKEND_SHARE));
    const kind = r.weighted(MATTER_KINDS.filter((k) => !forced?.collective || k.collective >= 0.15), (k) => kindWeight(k, day.month));
    const home = this.home(kind);
    const collective = forced?.collective ?? r.chance(kind.collective);
    const petitioners: Petitioners = collective ? this.crowd(kind, home) : { people: this.couple(kind, home), full: false };
    this.story(kind, home, day, petitioners, this.stories++, { repeats: forced?.repeats, skipLevel: forced?.skipLevel });
  }

  /** A long-standing petitioner: three or four matters of different kinds over the year, some raised again. */
  longStanding(): void {
    const r = this.r;
    const home = this.home(MATTER_KINDS.find((k) => k.place === 'village')!);
    const person = this.people.person(home, [50, 78], 0.7, home.townshipCode === YAO_TOWNSHIP);
    const story = this.stories++;
    const kinds = MATTER_KINDS.filter((k) => k.place !== 'community' && !k.onlyIn && k.key !== 'wage-arrears' && k.key !== 'factory-closure');
    const chosen: MatterKind[] = [];
    const matters = r.int(3, 4);
    while (chosen.length < matters) {
      const k = r.weighted(kinds.filter((x) => !chosen.includes(x)), (x) => x.weight);
      chosen.push(k);
    }
    let dayIndex = r.int(0, 90);
    for (const kind of chosen) {
      if (dayIndex >= this.days.length) break;
      this.story(kind, home, this.days[dayIndex]!, { people: [person], full: true }, story, { boost: 2 });
      dayIndex += r.int(40, 100);
    }
  }

  private home(kind: MatterKind): Home {
    const r = this.r;
    const townships = DEMO_COUNTY.townships.filter((t) => {
      if (kind.onlyIn && !kind.onlyIn.includes(t.code)) return false;
      return kind.place !== 'community' || t.villages.some(isCommunity);
    });
    const township = r.weighted(townships, (t) => TOWNSHIP_WEIGHTS[t.code]! * (kind.townships?.[t.code] ?? 1));
    const villages = township.villages.filter((v) => (kind.place === 'village' ? !isCommunity(v) : kind.place === 'community' ? isCommunity(v) : true));
    const village = r.pick(villages);
    return { townshipCode: township.code, townshipName: township.name, villageCode: village.code, villageName: village.name, community: isCommunity(village), group: r.int(1, 10) };
  }

  private couple(kind: MatterKind, home: Home): DemoPerson[] {
    const yao = home.townshipCode === YAO_TOWNSHIP;
    const first = this.people.person(home, kind.age, kind.maleShare ?? 0.6, yao);
    return this.r.chance(0.08) ? [first, this.people.person(home, kind.age, 1 - (kind.maleShare ?? 0.6), yao)] : [first];
  }

  private crowd(kind: MatterKind, home: Home): Petitioners {
    const r = this.r;
    const yao = home.townshipCode === YAO_TOWNSHIP;
    const representatives = r.weighted([1, 2, 3, 4, 5], (n) => [1, 2, 3.5, 1.5, 2][n - 1]!);
    const people = Array.from({ length: representatives }, () => this.people.person(home, kind.age, kind.maleShare ?? 0.6, yao));
    const size = r.choose({ small: 0.5, medium: 0.35, large: 0.15 });
    const crowd = size === 'small' ? r.int(5, 12) : size === 'medium' ? r.int(13, 30) : r.int(31, 80);
    const signatories = Array.from({ length: Math.max(0, r.int(5, 12) - representatives) }, () => this.people.person(home, kind.age, 0.6, yao));
    return { people, crowd, signatories, full: true };
  }

  /** A matter raised, then perhaps raised again at the township and taken to the county. */
  private story(kind: MatterKind, home: Home, day: Day, petitioners: Petitioners, story: number, options: { repeats?: number; skipLevel?: boolean; boost?: number } = {}): void {
    const r = this.r;
    const boost = options.boost ?? 1;
    const collective = petitioners.crowd !== undefined;
    const place: MatterPlace = { ...home, group: home.community ? '' : `${chineseNumber(home.group)}组`, month: day.month, year: this.year, collective };
    const draft = kind.draft(r.fork(kind.key), place);
    const accusation = draft.accusedUnit !== undefined;

    let channel = this.channel(kind, day, collective);
    // accusations against a township are not registered by that township: at the county, or online
    const level = !options.skipLevel && (r.chance(kind.countyFirst) || (accusation && channel !== 'online')) ? 'county' : 'township';
    let at = this.onWorkday(day.start, channel);
    this.add({ kind, home, petitioners, story, channel, at, level, text: draft.texts[0], accusedUnit: draft.accusedUnit, intent: 'new' });

    const repeats = options.repeats ?? (r.chance(Math.min(0.8, kind.repeat * boost)) ? (r.chance(0.08 * boost) ? 2 : 1) : 0);
    // the same people again: for a crowd, one or two of its representatives come back
    const followUp = { ...petitioners, people: collective ? petitioners.people.slice(0, r.int(1, 2)) : petitioners.people, full: true };
    for (let i = 0; i < repeats; i++) {
      at += r.int(6, 35) * 86_400_000;
      channel = collective ? r.choose({ visit: 0.8, letter: 0.2 }) : accusation && level === 'township' ? 'online' : r.choose({ visit: 0.45, phone: 0.3, letter: 0.15, online: 0.1 });
      const again = i === 0 ? draft.texts[1] : { title: draft.texts[1].title, content: `此前已多次反映，${draft.texts[1].content}` };
      at = this.onWorkday(at, channel);
      this.add({ kind, home, petitioners: followUp, story, channel, at, level, text: again, accusedUnit: draft.accusedUnit, intent: 'repeat' });
    }
    // having been heard again at the township, fewer go on to the county
    if (level === 'township' && (options.skipLevel ?? r.chance(Math.min(0.6, kind.skipLevel * boost * (repeats ? 0.4 : 1))))) {
      at += r.int(5, 30) * 86_400_000;
      channel = collective ? 'visit' : r.choose({ visit: 0.6, letter: 0.25, phone: 0.1, online: 0.05 });
      at = this.onWorkday(at, channel);
      this.add({ kind, home, petitioners: followUp, story, channel, at, level: 'county', text: draft.texts[2], accusedUnit: draft.accusedUnit, intent: 'skip-level' });
    }
  }

  private channel(kind: MatterKind, day: Day, collective: boolean): Channel {
    if (collective) return this.r.choose({ visit: 0.8, letter: 0.2 * (kind.channels?.letter ?? 1) });
    if (!day.workday) return 'online';
    return this.r.choose(weightedKeys(WORKDAY_CHANNELS, (c) => kind.channels?.[c] ?? 1));
  }

  private time(day: Day, channel: Channel): number {
    return day.start + minuteOfDay(this.r, channel) * 60_000 + this.r.int(0, 59_999);
  }

  /** Offices take visits, letters and calls on working days only: the next one, at office hours. */
  private onWorkday(at: number, channel: Channel): number {
    let index = this.days.findIndex((d) => at < d.start + 86_400_000);
    if (index < 0) return at;
    while (channel !== 'online' && index < this.days.length && !this.days[index]!.workday) index++;
    const day = this.days[index];
    return day ? this.time(day, channel) : Number.POSITIVE_INFINITY;
  }

  private add(p: {
    kind: MatterKind; home: Home; petitioners: Petitioners; story: number; channel: Channel; at: number;
    level: 'township' | 'county'; text: MatterText; accusedUnit?: string; intent: DemoPetition['intent'];
  }): void {
    if (!Number.isFinite(p.at) || new Date(p.at + 8 * 3_600_000).getUTCFullYear() !== this.year) return;
    const r = this.r;
    let at = p.at;
    while (this.usedTimes.has(at)) at++;
    this.usedTimes.add(at);

    const collective = p.petitioners.crowd !== undefined;
    const channel = p.channel;
    const list = [...p.petitioners.people, ...(collective && channel === 'letter' ? p.petitioners.signatories ?? [] : [])];
    const petitioners = list.map((person, i) => {
      const named = i >= p.petitioners.people.length; // a signatory: name and address only
      if (named) return { name: person.name, address: person.address };
      const full = p.petitioners.full;
      const id = full || r.chance({ visit: 1, letter: 0.6, phone: 0.25, online: 0.85 }[channel]);
      const phone = full || !id || r.chance({ visit: 0.95, letter: 0.85, phone: 1, online: 1 }[channel]);
      return { name: person.name, ...(id ? { idNumber: person.idNumber } : {}), ...(phone ? { phone: person.phone } : {}), address: person.address };
    });
    const representatives = collective ? p.petitioners.people.map((_, i) => i) : undefined;
    const crowd = collective ? Math.max(5, p.petitioners.crowd! - r.int(0, 10)) : undefined;
    const leadIn = collective
      ? channel === 'visit' ? `${crowd}人集体来访，推选代表${representatives!.length}名。` : `${petitioners.length}人联名来信。`
      : channel === 'online' && r.chance(0.4) ? '尊敬的领导：' : '';
    const registrar: Registrar = p.level === 'county' ? { kind: 'staff', principal: COUNTY_ADMIN } : channel === 'online' ? { kind: 'citizen' } : { kind: 'staff', principal: officer(p.home.townshipCode) };
    const beijingDate = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);

    this.petitions.push({
      request: {
        channel,
        receivedAt: new Date(at).toISOString(),
        townshipCode: p.home.townshipCode,
        villageCode: p.home.villageCode,
        category: p.kind.category,
        title: p.text.title,
        content: leadIn + p.text.content,
        petitioners,
        ...(channel === 'visit' ? { headcount: collective ? crowd : petitioners.length + (r.chance(0.3) ? r.int(1, 2) : 0) } : {}),
        ...(representatives ? { representatives } : {}),
        ...(p.accusedUnit ? { isAccusation: true, accusedUnit: p.accusedUnit } : {}),
        ...(channel === 'letter' ? { letterDate: beijingDate(at - r.int(1, 6) * 86_400_000) } : {}),
        ...(channel === 'phone' ? { callerNumber: list[0]!.phone } : {}),
      },
      registrar,
      intent: p.intent,
      story: p.story,
      kind: p.kind.key,
    });
  }
}

function kindWeight(kind: MatterKind, month: number): number {
  return kind.weight * kind.season[month - 1]!;
}

function isCommunity(village: { code: string }): boolean {
  return Number(village.code.slice(9)) < 200;
}

/** The demo county's petitions of one calendar year, in the order they came in. */
export function demoYear(options: DemoYearOptions = {}): DemoPetition[] {
  const year = options.year ?? DEMO_YEAR;
  const scale = options.scale ?? 1;
  const r = new Random(`${options.seed ?? DEMO_SEED}:${year}:${scale}`);
  const planner = new YearPlanner(r, year);
  // at any scale, at least one collective skip-level story and one matter raised three times
  planner.matter({ collective: true, skipLevel: true });
  planner.matter({ repeats: 2 });
  for (let i = 2; i < Math.round(MATTERS_PER_YEAR * scale); i++) planner.matter();
  for (let i = 0; i < Math.max(1, Math.round(LONG_STANDING_PETITIONERS * scale)); i++) planner.longStanding();
  return planner.petitions.sort((a, b) => a.request.receivedAt.localeCompare(b.request.receivedAt));
}
