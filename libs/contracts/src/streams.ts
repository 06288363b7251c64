import type { Producer } from './envelope.js';

/**
 * One JetStream stream per producing service, holding all of its subjects (architecture.md).
 * Part of the contract: subscribers outside the platform attach their durable consumers to these.
 */
export interface StreamDefinition {
  name: string;
  subjects: string[];
  description: string;
}

export const EVENT_STREAMS: Readonly<Record<Producer, StreamDefinition>> = Object.freeze({
  intake: { name: 'INTAKE', subjects: ['intake.>'], description: '登记：信访件登记、重复/越级关联、评价等事件' },
  casework: { name: 'CASEWORK', subjects: ['casework.>'], description: '办理：转送、交办、受理、答复、督办、复查复核等事件' },
  notification: { name: 'NOTIFICATION', subjects: ['notification.>'], description: '通知：短信、邮件、站内信的发送结果' },
  reporting: { name: 'REPORTING', subjects: ['reporting.>'], description: '统计：报表生成等事件' },
});

/** Events a consumer could not apply (failed contract, or out of retries), kept with the reason. */
export const DEAD_LETTER_STREAM: StreamDefinition = Object.freeze({
  name: 'DEAD_LETTERS',
  subjects: ['deadletter.>'],
  description: '死信：无法处理的事件及原因',
});

/** `deadletter.<consumer>.<original subject>` */
export function deadLetterSubject(consumer: string, originalSubject: string): string {
  return `deadletter.${consumer}.${originalSubject}`;
}
