import { checkAccountScope } from './account-scope.js';

describe('account scope', () => {
  it('asks a township role for its township and a department officer for its unit', () => {
    expect(checkAccountScope({ role: 'township-officer', townshipCode: null, unitCode: null }).map((e) => e.field)).toEqual(['townshipCode']);
    expect(checkAccountScope({ role: 'liaison', townshipCode: null, unitCode: null }).map((e) => e.field)).toEqual(['townshipCode']);
    expect(checkAccountScope({ role: 'department-officer', townshipCode: null, unitCode: null }).map((e) => e.field)).toEqual(['unitCode']);
  });

  it('refuses a scope the role does not carry', () => {
    expect(checkAccountScope({ role: 'county-admin', townshipCode: '430599101000', unitCode: null }).map((e) => e.rule)).toEqual(['not-for-role']);
    expect(checkAccountScope({ role: 'township-officer', townshipCode: '430599101000', unitCode: 'dept-hrss' }).map((e) => e.field)).toEqual(['unitCode']);
  });

  it('lets a leader be county-wide or a township\'s', () => {
    expect(checkAccountScope({ role: 'leader', townshipCode: null, unitCode: null })).toEqual([]);
    expect(checkAccountScope({ role: 'leader', townshipCode: '430599101000', unitCode: null })).toEqual([]);
  });

  it('refuses an unknown role', () => {
    expect(checkAccountScope({ role: 'mayor' as never, townshipCode: null, unitCode: null })[0]!.field).toBe('role');
  });
});
