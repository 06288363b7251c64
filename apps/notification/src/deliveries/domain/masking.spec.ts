import { maskContacts, maskEmail, maskMobile, maskName } from './masking.js';

describe('masking what the delivery log keeps', () => {
  it('keeps the first three and last four digits of a mobile', () => {
    expect(maskMobile('13800000000')).toBe('138****0000');
    expect(maskMobile('13912345678')).toBe('139****5678');
    expect(maskMobile('12345')).toBe('****');
  });

  it('keeps the first letter and the domain of an address', () => {
    expect(maskEmail('li.guohua@zrj.qx.gov.cn')).toBe('l***@zrj.qx.gov.cn');
  });

  it('keeps the surname character of a name', () => {
    expect(maskName('李国华')).toBe('李**');
    expect(maskName('孙伟')).toBe('孙*');
    expect(maskName('欧阳明远')).toBe('欧***');
    expect(maskName('王')).toBe('*');
  });

  describe('maskContacts: a channel’s error, as it may be stored and logged', () => {
    it.each([
      ['SMS gateway refused (422): 号码 13988500005 为空号', 'SMS gateway refused (422): 号码 139****0005 为空号'],
      ['{"to":"13800000000","cc":"15912345678"}', '{"to":"138****0000","cc":"159****5678"}'],
      ["550 5.1.1 <sun.wei@xfj.qx.gov.cn>: Recipient address rejected", '550 5.1.1 <s***@xfj.qx.gov.cn>: Recipient address rejected'],
      ['SMS gateway failed (503): gateway unavailable', 'SMS gateway failed (503): gateway unavailable'],
      ['信访人未留手机号，无法短信告知', '信访人未留手机号，无法短信告知'],
    ])('%s', (error, stored) => {
      expect(maskContacts(error)).toBe(stored);
    });

    it('leaves longer digit runs alone: division codes, timestamps, ids', () => {
      const text = 'township 430599101000 at 1764201600000, delivery 8f0c2d4e-1b3a-4c5d-9e6f-135790246813';
      expect(maskContacts(text)).toBe(text);
    });
  });
});
