import { toCsv } from './case-export.js';

describe('CSV export', () => {
  it('starts with a byte-order mark, quotes what needs quoting, and defuses formulas', () => {
    expect(toCsv([['a', 'b,c'], ['say "hi"', '=1+1']])).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","\'=1+1"\r\n');
  });
});
