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

/** What each channel must record, as a petition bureau registers it (访、信、网、电). */
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
      if (d.headcount === undefined) problems.push({ field: 'headcount', rule: 'requiredForVisit', message: '来访登记须填写来访人数' });
      const collective = Math.max(d.headcount ?? 0, d.petitioners.length) >= COLLECTIVE_THRESHOLD;
      if (collective && !(d.representatives?.length)) {
        problems.push({ field: 'representatives', rule: 'representativesForCollectiveVisit', message: `多人走访须推选代表，代表不超过 ${MAX_REPRESENTATIVES} 人（《信访工作条例》第二十条）` });
      }
      const identified = (d.representatives?.length ? d.representatives.map((i) => d.petitioners[i]) : d.petitioners).some((p) => p?.idNumber);
      // name the field to fill in: the first representative's, else the first visitor's
      if (!identified) problems.push({ field: `petitioners[${d.representatives?.[0] ?? 0}].idNumber`, rule: 'identityForVisit', message: '来访登记须核录来访人（或代表）的身份证号' });
      break;
    }
    case 'letter': {
      if (d.letterDate === undefined) problems.push({ field: 'letterDate', rule: 'requiredForLetter', message: '来信登记须填写来信落款日期' });
      else if (!isCalendarDate(d.letterDate)) problems.push({ field: 'letterDate', rule: 'isoDate', message: '必须是日期，例如 2026-03-02' });
      else if (Date.parse(`${d.letterDate}T00:00:00+08:00`) > d.receivedAt.getTime()) problems.push({ field: 'letterDate', rule: 'notAfterReceipt', message: '落款日期不能晚于收信时间' });
      break;
    }
    case 'phone':
      if (d.callerNumber === undefined) problems.push({ field: 'callerNumber', rule: 'requiredForPhone', message: '来电登记须填写来电号码' });
      break;
    case 'online':
      break;
  }
  return problems;
}
