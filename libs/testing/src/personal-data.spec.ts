import { FULL_MOBILE } from './personal-data.js';

describe('FULL_MOBILE', () => {
  it('finds a mobile number however it is written into text', () => {
    for (const text of ['13812345678', '信访人电话13812345678，', '{"to":"13812345678"}', 'tel:19912345678', '号码 13812345678 为空号']) expect(FULL_MOBILE.test(text)).toBe(true);
  });

  it('does not take eleven digits inside a UUID, a hex digest or a reference for one', () => {
    for (const text of ['c9041621-28ad-4a13-8123-e13812345678f', 'pr_a13812345678b9c0', '0138123456789', '138123456789', 'md5:f13812345678']) expect(FULL_MOBILE.test(text)).toBe(false);
  });
});
