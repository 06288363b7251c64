import { jest } from '@jest/globals';
import { CHINA_HOLIDAYS_2025_2026 } from '../src/cases/domain/calendar.js';
import { CaseworkRig, QINGSHUI } from './case-rig.js';

jest.setTimeout(90_000);

/**
 * GET /api/calendar/:year (api.md): one year's holidays and adjusted working days, and whether
 * its official notice has been entered — a year without one is provisional, so the console can
 * warn the county before its deadlines run into an unknown Spring Festival.
 */
describe('casework: a year of the working-day calendar', () => {
  let rig: CaseworkRig;

  beforeAll(async () => {
    rig = await CaseworkRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('gives an entered year as entered, a missing year as provisional, and a year once the county enters it', async () => {
    const staff = rig.as('township-officer', QINGSHUI);
    const y2026 = await staff.get('/api/calendar/2026');
    expect(y2026.status).toBe(200);
    expect(y2026.body).toEqual({ year: 2026, provisional: false, days: CHINA_HOLIDAYS_2025_2026.filter((d) => d.date.startsWith('2026-')).map((d) => ({ date: d.date, kind: d.kind, name: d.name })).sort((a, b) => a.date.localeCompare(b.date)) });

    expect((await staff.get('/api/calendar/2099')).body).toEqual({ year: 2099, provisional: true, days: [] });

    const days = [
      { date: '2099-01-01', kind: 'holiday', name: '元旦' },
      { date: '2099-01-04', kind: 'workday', name: '元旦调休上班' },
    ];
    expect((await rig.as('county-admin').put('/api/calendar/2099', { days })).status).toBe(200);
    expect((await staff.get('/api/calendar/2099')).body).toEqual({ year: 2099, provisional: false, days });
  });

  it('refuses what is not a year, naming the field', async () => {
    for (const bad of ['next', '1999', '2101']) {
      const res = await rig.as('county-admin').get(`/api/calendar/${bad}`);
      expect({ bad, status: res.status, field: res.body.errors?.[0]?.field }).toEqual({ bad, status: 400, field: 'year' });
    }
    expect((await rig.as(null).get('/api/calendar/2026')).status).toBe(401);
  });
});
