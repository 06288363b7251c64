import { maskAddress, maskIdNumber, maskName, maskPhone } from './masking.js';

/** The masked forms a clerk sees until he reveals a petitioner (and the delivery log always shows). */
describe('masking personal data', () => {
  it.each([
    ['张三', '张*'],
    ['刘德华', '刘*华'],
    ['慕容秋菊', '慕**菊'],
    ['王', '*'],
  ])('name %s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it('keeps the first four and last four characters of an ID number, the phone number’s first three and last four', () => {
    expect(maskIdNumber('430524197205180026')).toBe('4305**********0026');
    expect(maskPhone('13812344321')).toBe('138****4321');
    expect(maskPhone('0739-5551234')).toBe('073****1234');
    expect(maskPhone('12345')).toBe('****');
  });

  it.each([
    ['清水镇石桥村七组诸葛家大院3号', '清水镇石桥村****'],
    ['清水镇石桥村二组', '清水镇石****'],
    ['县城', '县****'],
    ['', '****'],
  ])('address %s → %s: never more than half of it, at most six characters', (address, masked) => expect(maskAddress(address)).toBe(masked));
});
