import { QINGSHUI, SHIMEN, UNITS } from './case-fixtures.js';
import { OWN_TOWNSHIP, proposeUnit, type RoutingRule } from './routing.js';

/** The county's routing table (category × township → unit) proposes who should handle a case. */
describe('the routing proposal', () => {
  const units = {
    all: UNITS,
    unit: (code: string) => UNITS.find((u) => u.code === code),
    townshipUnit: (t: string) => UNITS.find((u) => u.kind === 'township' && u.townshipCode === t),
  };
  const rules: RoutingRule[] = [
    { categoryCode: 'land-acquisition', townshipCode: null, unitCode: 'dept-natural-resources' },
    { categoryCode: 'land-acquisition', townshipCode: SHIMEN, unitCode: OWN_TOWNSHIP },
    { categoryCode: 'labour-wages', townshipCode: null, unitCode: 'dept-hrss' },
    { categoryCode: 'law-litigation', townshipCode: null, unitCode: 'political-legal' },
    { categoryCode: 'retired-unit', townshipCode: null, unitCode: 'dept-gone' },
  ];
  const propose = (categoryCode: string, townshipCode = QINGSHUI, isAccusation = false) => proposeUnit({ categoryCode, townshipCode, isAccusation }, rules, units)?.code ?? null;

  it.each([
    ['a category’s county-wide rule', 'land-acquisition', QINGSHUI, false, 'dept-natural-resources'],
    ['the township’s own rule before the county-wide one', 'land-acquisition', SHIMEN, false, `twp-${SHIMEN}`],
    ['another category', 'labour-wages', SHIMEN, false, 'dept-hrss'],
    ['litigation-related matters to the 政法 track', 'law-litigation', QINGSHUI, false, 'political-legal'],
    ['no rule: the case’s own township (属地管理)', 'other', QINGSHUI, false, `twp-${QINGSHUI}`],
    ['accusations to the discipline organs, whatever the table says', 'land-acquisition', QINGSHUI, true, 'discipline'],
    ['a rule naming a unit no longer in the directory proposes nothing', 'retired-unit', QINGSHUI, false, null],
  ])('%s', (_name, category, township, accusation, expected) => {
    expect(propose(category, township, accusation)).toBe(expected);
  });
});
