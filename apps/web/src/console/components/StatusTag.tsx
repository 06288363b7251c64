import { Tag } from 'antd';
import { STATUS_COLOURS, STATUS_LABELS } from './status';
import './tags.css';

/** A case's status in the bureau's words (待转送, 办理中, 已答复 …). Shared by console pages. */
export function StatusTag({ status }: { status: string }) {
  return (
    <Tag className={`status-tag tone-${STATUS_COLOURS[status] ?? 'grey'}`} data-status={status}>
      {STATUS_LABELS[status] ?? status}
    </Tag>
  );
}
