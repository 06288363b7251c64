import { Tag, Tooltip } from 'antd';
import { chineseDate, chineseDateTime } from '../../shared/format';
import { deadlineTone, remainingPhrase, type DeadlineTone } from './deadline';

const COLOURS: Record<DeadlineTone, string> = { ok: 'success', soon: 'warning', overdue: 'error' };
const WORDS: Record<DeadlineTone, string> = { ok: '期限内', soon: '临近期限', overdue: '已超期' };

/**
 * A deadline as a coloured tag: green in time, amber within 3 days, red overdue — with the date
 * and how long is left in words (the colour is never the only sign). Shared by console pages.
 */
export function DeadlineBadge({ dueAt, overdue = false, showDate = true, now }: { dueAt: string | null | undefined; overdue?: boolean; showDate?: boolean; now?: Date }) {
  if (!dueAt) return <span className="deadline-none">—</span>;
  const tone = deadlineTone(dueAt, now, overdue);
  const phrase = tone === 'overdue' && new Date(dueAt).getTime() > (now ?? new Date()).getTime() ? '已超期' : remainingPhrase(dueAt, now);
  return (
    <Tooltip title={`${WORDS[tone]}：${chineseDateTime(dueAt)}`}>
      <Tag color={COLOURS[tone]} className={`deadline-badge deadline-${tone}`} data-tone={tone}>
        {showDate ? `${chineseDate(dueAt)} · ` : ''}
        {phrase}
      </Tag>
    </Tooltip>
  );
}
