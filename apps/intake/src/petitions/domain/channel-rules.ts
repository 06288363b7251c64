import type { Channel, FieldError } from '#contracts';
import { COLLECTIVE_THRESHOLD, MAX_REPRESENTATIVES } from './petition.js';

export interface ChannelDetails {
  channel: Channel;
  receivedAt: Date;
  /** Visits: people present. */
  headcount?: number;
  /** Letters: the date written on the letter, `YYYY-MM-DD`. */
  letterDate?: string;
  /** Calls: the number the petitioner called from. */
  callerNumber?: string;
  representatives?: number[];
  petitioners: { idNumber?: string | null }[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day that exists, `YYYY-MM-DD` from 1900 on (Date.parse takes 2026-02-30 for 2 March; PostgreSQL then refuses it). */
function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What each channel records, as a petition bureau registers it (访、信、网、电). The channel's own
 * details (people present, the letter's date, the caller's number) are optional — the public API
 * (api.md) registers without them and a letter may come undated — but must fit the channel and
 * the facts when given; a collective visit must name its representatives (Art. 20).
 */
export function channelProblems(d: ChannelDetails): FieldError[] {
  const problems: FieldError[] = [];
  const only = (field: keyof ChannelDetails, channel: Channel, name: string) => {
    if (d[field] !== undefined && d.channel !== channel) problems.push({ field, rule: 'channelField', message: `仅${name}登记填写此项` });
  };
  only('headcount', 'visit', '来访');
  only('letterDate', 'letter', '来信');
  only('callerNumber', 'phone', '来电');

  switch (d.channel) {
    case 'visit': {
      const collective = Math.max(d.headcount ?? 0, d.petitioners.length) >= COLLECTIVE_THRESHOLD;
      if (collective && !(d.representatives?.length)) {
        problems.push({ field: 'representatives', rule: 'representativesForCollectiveVisit', message: `多人走访须推选代表，代表不超过 ${MAX_REPRESENTATIVES} 人（《信访工作条例》第二十条）` });
      }
      break;
    }
    case 'letter': {
      if (d.letterDate === undefined) break;
      if (!isCalendarDate(d.letterDate)) problems.push({ field: 'letterDate', rule: 'isoDate', message: '必须是日期，例如 2026-03-02' });
      else if (Date.parse(`${d.letterDate}T00:00:00+08:00`) > d.receivedAt.getTime()) problems.push({ field: 'letterDate', rule: 'notAfterReceipt', message: '落款日期不能晚于收信时间' });
      break;
    }
    case 'phone':
    case 'online':
      break;
  }
  return problems;
}
