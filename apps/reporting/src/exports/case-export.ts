/** The case list export: which columns, how a row reads, and CSV encoding. No personal data: ids, places, dates, facts. */

export interface ExportRow {
  petition_id: string;
  case_id: string | null;
  township_code: string;
  village_code: string | null;
  channel: string;
  category_code: string;
  received_at: Date | string;
  registered_at_level: string;
  collective: boolean;
  repeat: boolean;
  skip_level: boolean;
  is_accusation: boolean;
  unit_code: string | null;
  status: string;
  acceptance_timely: boolean | null;
  reply_on_time: boolean | null;
  replied_at: Date | string | null;
  closed_at: Date | string | null;
  rating: string | null;
}

export const STATUS_NAMES: Record<string, string> = {
  registered: '已登记',
  routed: '已转送/交办',
  accepted: '办理中',
  rejected: '不予受理',
  refused: '不再受理',
  replied: '已答复',
  review: '复查复核中',
  closed: '已办结',
};

const RATING_NAMES: Record<string, string> = { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' };
const CHANNEL_NAMES: Record<string, string> = { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' };

export const EXPORT_HEADER = ['信访件编号', '案件编号', '乡镇', '村（社区）', '渠道', '事项类别', '收到时间', '登记层级', '集体访', '重复访', '越级访', '检举控告', '承办单位', '状态', '及时受理', '按期答复', '答复时间', '办结时间', '评价'];

const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');
const time = (v: Date | string | null) => (v ? new Date(new Date(v).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ') : '');

export interface ExportNames {
  township(code: string | null): string;
  village(code: string | null): string;
  category(code: string | null): string;
  unit(code: string | null): string;
}

export function exportCells(r: ExportRow, names: ExportNames): string[] {
  return [
    r.petition_id,
    r.case_id ?? '',
    names.township(r.township_code),
    r.village_code ? names.village(r.village_code) : '',
    CHANNEL_NAMES[r.channel] ?? r.channel,
    names.category(r.category_code),
    time(r.received_at),
    r.registered_at_level === 'county' ? '县级' : '乡镇',
    yesNo(r.collective),
    yesNo(r.repeat),
    yesNo(r.skip_level),
    yesNo(r.is_accusation),
    r.unit_code ? names.unit(r.unit_code) : '',
    STATUS_NAMES[r.status] ?? r.status,
    yesNo(r.acceptance_timely),
    yesNo(r.reply_on_time),
    time(r.replied_at),
    time(r.closed_at),
    r.rating ? (RATING_NAMES[r.rating] ?? r.rating) : '',
  ];
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);

/** UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly; cells that look like formulas are defused. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
