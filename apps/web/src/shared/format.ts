/** Dates and times as the county reads them: Beijing time, Chinese formats. */
const ZONE = 'Asia/Shanghai';

const DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 2026年5月9日 */
export function chineseDate(at: string | Date): string {
  return DATE.format(new Date(at));
}

/** 2026年5月9日 14:05 */
export function chineseDateTime(at: string | Date): string {
  return DATE_TIME.format(new Date(at));
}

/** 14:05 (Beijing time), e.g. when a locked account opens again. */
export function clockTime(at: string | Date): string {
  return CLOCK.format(new Date(at));
}

/** Whole minutes, at least one, as a phrase: "3 分钟" / "1 小时 5 分钟". */
export function minutesPhrase(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} 小时 ${rest} 分钟` : `${hours} 小时`;
}
