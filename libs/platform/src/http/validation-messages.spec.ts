import { toChinese } from './validation-messages.js';

describe('validation messages in Chinese', () => {
  it.each([
    ['maxLength', 'title must be shorter than or equal to 200 characters', '长度不能超过 200 个字符'],
    ['isIn', 'channel must be one of the following values: visit, letter', '必须是以下之一：visit, letter'],
    ['arrayMinSize', 'petitioners must contain at least 1 elements', '至少需要 1 项'],
    ['isDefined', 'title should not be missing', '必须填写'],
    ['whitelistValidation', 'property x should not exist', '是不允许的字段'],
  ])('%s', (rule, english, chinese) => {
    expect(toChinese({ field: 'f', rule, message: english }).message).toBe(chinese);
  });

  it('keeps messages already in Chinese and names unknown rules', () => {
    expect(toChinese({ field: 'f', rule: 'residentId', message: '身份证号校验位不正确' }).message).toBe('身份证号校验位不正确');
    expect(toChinese({ field: 'f', rule: 'somethingNew', message: 'x' }).message).toBe('不符合规则 somethingNew');
  });
});
