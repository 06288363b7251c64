import { Tag, Tooltip } from 'antd';
import { chineseDateTime } from '../../shared/format';
import { deadlineTone, remainingPhrase, type DeadlineTone } from './deadline';
import './tags.css';

const WORDS: Record<DeadlineTone, string> = { ok: '期限内', soon: '临近期限', overdue: '已超期' };
const TONE_CLASS: Record<DeadlineTone, string> = { ok: 'tone-green', soon: 'tone-amber', overdue: 'tone-red' };

const MONTH_DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric' });
const YEAR = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric' });

/** 12月21日, with the year when it is not this year's (2027年1月3日). */
export function shortDate(at: string | Date, now = new Date()): string {
  const d = new Date(at);
  return YEAR.format(d) === YEAR.format(now) ? MONTH_DAY.format(d) : `${YEAR.format(d)}${MONTH_DAY.format(d)}`;
}

/**
 * A deadline as a coloured tag: green in time, amber within 3 days, red overdue — with the date
 * and how long is left in words (the colour is never the only sign), the full time on hover.
 * Shared by console pages.
 */
export function DeadlineBadge({ dueAt, overdue = false, showDate = true, now }: { dueAt: string | null | undefined; overdue?: boolean; showDate?: boolean; now?: Date }) {
  if (!dueAt) return <span className="deadline-none">—</span>;
  const at = now ?? new Date();
  const tone = deadlineTone(dueAt, at, overdue);
  const phrase = tone === 'overdue' && new Date(dueAt).getTime() > at.getTime() ? '已超期' : remainingPhrase(dueAt, at);
  return (
    <Tooltip title={`${WORDS[tone]}：${chineseDateTime(dueAt)}`}>
      <Tag className={`deadline-badge ${TONE_CLASS[tone]}`} data-tone={tone}>
        {showDate ? `${shortDate(dueAt, at)} · ` : ''}
        {phrase}
      </Tag>
    </Tooltip>
  );
}
