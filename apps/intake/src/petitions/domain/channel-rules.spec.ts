import { channelProblems, type ChannelDetails } from './channel-rules.js';

const receivedAt = new Date('2026-03-02T01:30:00Z'); // 09:30 in the county
const letter = (letterDate?: string): ChannelDetails => ({ channel: 'letter', receivedAt, letterDate, petitioners: [{}] });
const rules = (d: ChannelDetails) => channelProblems(d).map((p) => `${p.field}:${p.rule}`);

describe('channel rules', () => {
  it.each(['2026-02-30', '2026-02-31', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '0000-01-01', '1899-12-31', '2026-2-1', '26-02-01'])(
    'refuses a letter date that is not a day of the calendar: %s',
    (date) => {
      expect(rules(letter(date))).toEqual(['letterDate:isoDate']);
    },
  );

  it.each(['2024-02-29', '2026-03-02', '1990-12-31'])('accepts the letter date %s', (date) => {
    expect(rules(letter(date))).toEqual([]);
  });

  it('refuses a letter dated after its receipt, in the county’s calendar', () => {
    expect(rules(letter('2026-03-03'))).toEqual(['letterDate:notAfterReceipt']);
  });

  it('registers a letter without its date, a call without the caller number and a visit without a head count (api.md)', () => {
    expect(rules(letter())).toEqual([]);
    expect(rules({ channel: 'phone', receivedAt, petitioners: [{}] })).toEqual([]);
    expect(rules({ channel: 'visit', receivedAt, petitioners: [{}] })).toEqual([]);
  });

  it('needs representatives for a visit of five or more (Art. 20)', () => {
    const visit: ChannelDetails = { channel: 'visit', receivedAt, headcount: 6, petitioners: [{}] };
    expect(rules(visit)).toEqual(['representatives:representativesForCollectiveVisit']);
    expect(rules({ ...visit, representatives: [0] })).toEqual([]);
  });
});
