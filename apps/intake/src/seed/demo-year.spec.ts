import { channelProblems } from '../petitions/domain/channel-rules.js';
import { shapeProblems } from '../petitions/domain/petition.js';
import { isMobile, normalizePhone } from '../petitions/domain/phone-number.js';
import { residentIdProblem } from '../petitions/domain/resident-id.js';
import { isSameMatter } from '../petitions/domain/same-matter.js';
import { DEMO_COUNTY } from './demo-county.js';
import { chineseInteger } from './demo-matters.js';
import { residentIdCheckCharacter } from './demo-people.js';
import { demoYear, type DemoPetition } from './demo-year.js';

const year = demoYear();
const people = year.flatMap((p) => p.request.petitioners);
const share = (n: number) => n / year.length;

function stories(): DemoPetition[][] {
  const byStory = new Map<number, DemoPetition[]>();
  for (const p of year) byStory.set(p.story, [...(byStory.get(p.story) ?? []), p]);
  return [...byStory.values()];
}

describe('the demo year generator', () => {
  it('makes the same year on every run, and another with another seed', () => {
    expect(demoYear()).toEqual(year);
    expect(demoYear({ seed: 'another county' })).not.toEqual(year);
  });

  it('makes a county-sized year across every township, village kind and channel', () => {
    expect(year.length).toBeGreaterThanOrEqual(300);
    expect(year.length).toBeLessThanOrEqual(600);
    for (const township of DEMO_COUNTY.townships) expect(year.filter((p) => p.request.townshipCode === township.code).length).toBeGreaterThan(15);
    const channel = (c: string) => share(year.filter((p) => p.request.channel === c).length);
    expect(channel('visit')).toBeGreaterThan(0.25);
    expect(channel('visit')).toBeLessThan(0.45);
    expect(channel('letter')).toBeGreaterThan(0.12);
    expect(channel('online')).toBeGreaterThan(0.2);
    expect(channel('phone')).toBeGreaterThan(0.08);
    expect(new Set(year.map((p) => p.request.category))).toEqual(new Set(DEMO_COUNTY.categories.map((c) => c.code)));
    const months = new Set(year.map((p) => p.request.receivedAt.slice(5, 7)));
    expect(months.size).toBe(12);
  });

  it('has collective petitions, repeats, skip-level petitions, county registrations and long-standing petitioners', () => {
    const collective = year.filter((p) => Math.max(p.request.headcount ?? 0, p.request.petitioners.length) >= 5);
    expect(share(collective.length)).toBeGreaterThan(0.05);
    expect(year.filter((p) => p.intent === 'repeat').length).toBeGreaterThan(20);
    expect(year.filter((p) => p.intent === 'skip-level').length).toBeGreaterThan(8);
    expect(year.filter((p) => p.registrar.kind === 'staff' && p.registrar.principal.role === 'county-admin').length).toBeGreaterThan(30);
    const petitionsById = new Map<string, number>();
    for (const p of year) for (const id of new Set(p.request.petitioners.map((x) => x.idNumber).filter(Boolean))) petitionsById.set(id!, (petitionsById.get(id!) ?? 0) + 1);
    expect([...petitionsById.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(5);
  });

  it('gives people valid resident ID numbers of the region, mainland phones and addresses in their village', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X'); // the standard's example
    const names = new Map<string, string>();
    for (const person of people) {
      if (person.idNumber) {
        expect(residentIdProblem(person.idNumber)).toBeNull();
        expect(person.idNumber).toMatch(/^4305\d{13}[\dX]$/);
        expect(names.get(person.idNumber) ?? person.name).toBe(person.name);
        names.set(person.idNumber, person.name);
      }
      if (person.phone) expect(normalizePhone(person.phone)).toBe(person.phone);
      expect(person.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
    const phones = people.filter((p) => p.phone).map((p) => p.phone!);
    expect(phones.filter(isMobile).length / phones.length).toBeGreaterThan(0.85);
    for (const { request } of year) {
      const township = DEMO_COUNTY.townships.find((t) => t.code === request.townshipCode)!;
      const village = township.villages.find((v) => v.code === request.villageCode)!;
      for (const person of request.petitioners) expect(person.address).toContain(`${township.name}${village.name}`);
    }
  });

  it('makes requests the registration rules accept, registered by someone allowed to', () => {
    const times = new Set<string>();
    for (const { request, registrar } of year) {
      const receivedAt = new Date(request.receivedAt);
      expect(receivedAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-01-01T00:00:00+08:00'));
      expect(receivedAt.getTime()).toBeLessThan(Date.parse('2027-01-01T00:00:00+08:00'));
      expect(times.has(request.receivedAt)).toBe(false);
      times.add(request.receivedAt);
      expect(channelProblems({ ...request, receivedAt })).toEqual([]);
      const shape = { petitionerCount: request.petitioners.length, headcount: request.headcount, representatives: request.representatives, isAccusation: request.isAccusation ?? false, accusedUnitCode: request.accusedUnit };
      expect(shapeProblems(shape)).toEqual([]);
      expect(DEMO_COUNTY.townships.find((t) => t.code === request.townshipCode)!.villages.map((v) => v.code)).toContain(request.villageCode);
      if (request.accusedUnit) expect(DEMO_COUNTY.units.map((u) => u.code)).toContain(request.accusedUnit);
      if (registrar.kind === 'citizen') expect(request.channel).toBe('online');
      else if (registrar.principal.role === 'township-officer') expect(registrar.principal.townshipCode).toBe(request.townshipCode);
      else expect(registrar.principal.townshipCode).toBeUndefined();
      if (request.isAccusation && registrar.kind === 'staff') expect(registrar.principal.role).toBe('county-admin');
    }
  });

  it('keeps personal data out of titles and contents', () => {
    for (const { request } of year) {
      const text = `${request.title}${request.content}`;
      for (const person of request.petitioners) {
        expect(text).not.toContain(person.name);
        if (person.idNumber) expect(text).not.toContain(person.idNumber);
        if (person.phone) expect(text).not.toContain(person.phone);
        if (person.address) expect(text).not.toContain(person.address);
      }
    }
  });

  it('words a matter raised again so that the same-matter measure knows it, and different matters so that it does not', () => {
    let again = 0, recognised = 0, different = 0, confused = 0;
    const text = (p: DemoPetition) => ({ title: p.request.title, content: p.request.content, categoryCode: p.request.category, villageCode: p.request.villageCode });
    for (const story of stories()) {
      for (const [i, p] of story.entries()) {
        const earlier = story.slice(0, i);
        if (!earlier.length) continue;
        const same = earlier.some((e) => isSameMatter(text(p), text(e)));
        if (p.intent === 'new') {
          different++;
          if (same) confused++;
        } else {
          again++;
          if (same) recognised++;
        }
      }
    }
    expect(again).toBeGreaterThan(30);
    expect(recognised / again).toBeGreaterThan(0.9);
    expect(different).toBeGreaterThan(5);
    expect(confused / different).toBeLessThan(0.2);
  });

  it('writes amounts in Chinese numerals as people do', () => {
    expect(chineseInteger(38600)).toBe('三万八千六百');
    expect(chineseInteger(30500)).toBe('三万零五百');
    expect(chineseInteger(12600)).toBe('一万二千六百');
    expect(chineseInteger(9400)).toBe('九千四百');
    expect(chineseInteger(15)).toBe('十五');
  });
});
