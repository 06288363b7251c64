import { isMobile, normalizePhone } from './phone-number.js';

describe('phone numbers', () => {
  it.each([
    ['13800000000', '13800000000'],
    ['+86 138 0000 0000', '13800000000'],
    ['0739-5551234', '0739-5551234'],
    ['07395551234', '0739-5551234'],
    ['010-62345678', '010-62345678'],
    ['01062345678', '010-62345678'], // three-character area code: 010, 02x
    ['(021) 5555 1234', '021-55551234'],
    ['+86 739 5551234', '0739-5551234'], // from abroad, without the trunk 0
    ['+86 10 6234 5678', '010-62345678'],
  ])('normalises %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['12345678901', '1380000000', '5551234', 'abc', '+1 202 555 0100'])('refuses %s', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('tells mobiles from landlines', () => {
    expect(isMobile('13800000000')).toBe(true);
    expect(isMobile('0739-5551234')).toBe(false);
  });
});
