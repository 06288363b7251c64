/** A case's status in the bureau's words, and the colour of its tag. */
export const STATUS_LABELS: Record<string, string> = {
  registered: '待转送',
  transferred: '已转送待受理',
  assigned: '已交办待受理',
  accepted: '办理中',
  rejected: '不予受理',
  refused: '不再受理',
  replied: '已答复',
  review: '复查中',
  reviewed: '已复查',
  're-review': '复核中',
  closed: '已办结',
  final: '复核终结',
};

/** Tag tones (tags.css) by how far along a case is: waiting (blue), handling (geekblue), answered (cyan), review (purple), done (grey), refused (volcano). */
export const STATUS_COLOURS: Record<string, string> = {
  registered: 'blue',
  transferred: 'blue',
  assigned: 'blue',
  accepted: 'geekblue',
  rejected: 'volcano',
  refused: 'volcano',
  replied: 'cyan',
  review: 'purple',
  reviewed: 'cyan',
  're-review': 'purple',
  closed: 'grey',
  final: 'grey',
};

