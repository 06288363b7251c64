import { checkMonth, checkRecorder, checkUpdater, entryProblems, villageInTownship, type ScreeningEntry } from './dispute-rules.js';

const QINGSHUI = '430599101000';
const QINGSHUI_SHIQIAO = '430599101201';
const QINGSHUI_COMMUNITY = '430599101001';
const SHIMEN_HONGYAN = '430599102202';

function violation(fn: () => unknown): { status: number; rule: string } | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    const e = err as { status: number; rule: string };
    return { status: e.status, rule: e.rule };
  }
}

const entry = (overrides: Partial<ScreeningEntry> = {}): ScreeningEntry => ({
  id: 'd1',
  month: '2026-03',
  townshipCode: QINGSHUI,
  villageCode: QINGSHUI_SHIQIAO,
  outcome: 'in-progress',
  recordedBy: 'liaison-shiqiao',
  ...overrides,
});

describe('where a screening entry belongs', () => {
  it('a village or community belongs to the township whose first nine digits it shares', () => {
    expect(villageInTownship(QINGSHUI_SHIQIAO, QINGSHUI)).toBe(true);
    expect(villageInTownship(QINGSHUI_COMMUNITY, QINGSHUI)).toBe(true);
    expect(villageInTownship(SHIMEN_HONGYAN, QINGSHUI)).toBe(false);
    expect(villageInTownship(QINGSHUI, QINGSHUI)).toBe(false); // the township itself is not one of its villages
  });

  it('names the field when the village is not the township’s', () => {
    expect(entryProblems({ townshipCode: QINGSHUI, villageCode: SHIMEN_HONGYAN }).map((e) => [e.field, e.rule])).toEqual([['villageCode', 'villageInTownship']]);
    expect(entryProblems({ townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO })).toEqual([]);
    expect(entryProblems({ townshipCode: QINGSHUI })).toEqual([]);
    expect(entryProblems({ townshipCode: QINGSHUI, parties: ' ', matter: '\n' }).map((e) => [e.field, e.rule])).toEqual([['parties', 'isNotEmpty'], ['matter', 'isNotEmpty']]);
  });
});

describe('the screening month', () => {
  const now = new Date('2026-03-31T17:00:00.000Z'); // 2026-04-01 01:00 in China

  it('may be this month (China time) or earlier, never ahead', () => {
    expect(violation(() => checkMonth('2026-04', now))).toBeUndefined();
    expect(violation(() => checkMonth('2025-12', now))).toBeUndefined();
    expect(violation(() => checkMonth('2026-05', now))).toEqual({ status: 422, rule: 'dispute-month-future' });
  });
});

describe('who records and who follows up', () => {
  it('records only for one’s own township', () => {
    expect(violation(() => checkRecorder({ id: 'l', role: 'liaison', townshipCode: QINGSHUI }, QINGSHUI))).toBeUndefined();
    expect(violation(() => checkRecorder({ id: 'l', role: 'liaison', townshipCode: QINGSHUI }, '430599102000'))).toEqual({ status: 403, rule: 'own-township-only' });
  });

  it('updates: county staff any, a township officer its township’s, a liaison only what they recorded', () => {
    expect(violation(() => checkUpdater({ id: 'a', role: 'county-admin' }, entry()))).toBeUndefined();
    expect(violation(() => checkUpdater({ id: 'o', role: 'township-officer', townshipCode: QINGSHUI }, entry()))).toBeUndefined();
    expect(violation(() => checkUpdater({ id: 'o', role: 'township-officer', townshipCode: '430599102000' }, entry()))).toEqual({ status: 403, rule: 'own-township-only' });
    expect(violation(() => checkUpdater({ id: 'liaison-shiqiao', role: 'liaison', townshipCode: QINGSHUI }, entry()))).toBeUndefined();
    expect(violation(() => checkUpdater({ id: 'liaison-yangliu', role: 'liaison', townshipCode: QINGSHUI }, entry()))).toEqual({ status: 403, rule: 'liaison-own-entries-only' });
  });
});
