import type { FieldError } from '#contracts';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** class-validator's English messages, said again in Chinese for county staff and citizens. Keyed by rule. */
const RULES: Record<string, (english: string) => string> = {
  isDefined: () => '必须填写',
  isNotEmpty: () => '不能为空',
  isString: () => '必须是文本',
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isBoolean: () => '必须是 true 或 false',
  isUuid: () => '必须是 UUID 格式的编号',
  isArray: () => '必须是数组',
  isObject: () => '必须是对象',
  nestedValidation: () => '必须是对象或对象数组',
  isIso8601: () => '必须是 ISO 8601 时间，例如 2026-03-02T09:30:00+08:00',
  isDateString: () => '必须是 ISO 8601 时间，例如 2026-03-02T09:30:00+08:00',
  isIn: (m) => `必须是以下之一：${after(m, 'values: ')}`,
  isEnum: (m) => `必须是以下之一：${after(m, 'values: ')}`,
  matches: () => '格式不正确',
  maxLength: (m) => `长度不能超过 ${num(m)} 个字符`,
  minLength: (m) => `长度不能少于 ${num(m)} 个字符`,
  min: (m) => `不能小于 ${num(m)}`,
  max: (m) => `不能大于 ${num(m)}`,
  arrayMinSize: (m) => `至少需要 ${num(m)} 项`,
  arrayMaxSize: (m) => `最多 ${num(m)} 项`,
  arrayUnique: () => '不能有重复项',
  isEmail: () => '必须是有效的电子邮箱地址',
  whitelistValidation: () => '是不允许的字段',
};

function num(message: string): string {
  return /(-?\d+(\.\d+)?)/.exec(message)?.[1] ?? '';
}

function after(message: string, marker: string): string {
  const i = message.indexOf(marker);
  return i < 0 ? '' : message.slice(i + marker.length);
}

/** Chinese message for one broken rule; messages already written in Chinese pass through. */
export function toChinese(error: FieldError): FieldError {
  if (HAS_CHINESE.test(error.message)) return error;
  const translate = RULES[error.rule];
  return { ...error, message: translate ? translate(error.message) : `不符合规则 ${error.rule}` };
}
