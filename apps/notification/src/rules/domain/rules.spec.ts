import { channelAllowed, CHANNELS, matchingRules, RECIPIENT_KINDS, type NotificationRule } from './rules.js';

const rule = (over: Partial<NotificationRule>): NotificationRule => ({
  id: 'r',
  eventSubject: 'casework.case.accepted.v1',
  recipients: 'petitioner',
  channel: 'sms',
  templateKey: 'petitioner.accepted',
  condition: null,
  enabled: true,
  description: '',
  ...over,
});

describe('matchingRules', () => {
  const accepted = rule({ id: 'accepted' });
  const disabled = rule({ id: 'disabled', enabled: false });
  const replied = rule({ id: 'replied', eventSubject: 'casework.case.replied.v1' });
  const supervision = rule({ id: 'supervision', eventSubject: 'casework.case.deadline-approaching.v1', recipients: 'county-admins', channel: 'inbox', condition: { field: 'clock', equals: 'supervision' } });
  const anyClock = rule({ id: 'any-clock', eventSubject: 'casework.case.deadline-approaching.v1', recipients: 'handling-unit', channel: 'inbox' });
  const all = [accepted, disabled, replied, supervision, anyClock];

  it('picks the enabled rules of exactly that subject', () => {
    expect(matchingRules(all, 'casework.case.accepted.v1', {}).map((r) => r.id)).toEqual(['accepted']);
    expect(matchingRules(all, 'casework.case.replied.v1', {}).map((r) => r.id)).toEqual(['replied']);
  });

  it('does not match another version or a prefix of the subject', () => {
    expect(matchingRules(all, 'casework.case.accepted.v2', {})).toEqual([]);
    expect(matchingRules(all, 'casework.case.accepted', {})).toEqual([]);
    expect(matchingRules(all, 'casework.case.accepted.v1.extra', {})).toEqual([]);
  });

  it('skips disabled rules', () => {
    expect(matchingRules([disabled], 'casework.case.accepted.v1', {})).toEqual([]);
  });

  it('applies a condition on a payload field', () => {
    const ids = (payload: Record<string, unknown>) => matchingRules(all, 'casework.case.deadline-approaching.v1', payload).map((r) => r.id);
    expect(ids({ clock: 'supervision' })).toEqual(['supervision', 'any-clock']);
    expect(ids({ clock: 'reply' })).toEqual(['any-clock']);
    expect(ids({})).toEqual(['any-clock']);
  });

  it('compares condition values strictly: a number, a boolean, no coercion', () => {
    const onTime = rule({ id: 'on-time', eventSubject: 'casework.case.replied.v1', condition: { field: 'onTime', equals: false } });
    const thirty = rule({ id: 'thirty', eventSubject: 'casework.case.deadline-extended.v1', condition: { field: 'days', equals: 30 } });
    expect(matchingRules([onTime], 'casework.case.replied.v1', { onTime: false })).toHaveLength(1);
    expect(matchingRules([onTime], 'casework.case.replied.v1', { onTime: true })).toHaveLength(0);
    expect(matchingRules([onTime], 'casework.case.replied.v1', { onTime: 'false' })).toHaveLength(0);
    expect(matchingRules([onTime], 'casework.case.replied.v1', {})).toHaveLength(0);
    expect(matchingRules([thirty], 'casework.case.deadline-extended.v1', { days: 30 })).toHaveLength(1);
    expect(matchingRules([thirty], 'casework.case.deadline-extended.v1', { days: '30' })).toHaveLength(0);
  });

  it('keeps the rules’ order and does not change the list', () => {
    const list = [anyClock, supervision];
    expect(matchingRules(list, 'casework.case.deadline-approaching.v1', { clock: 'supervision' })).toEqual([anyClock, supervision]);
    expect(list).toEqual([anyClock, supervision]);
  });
});

describe('channelAllowed: petitioners by text message, staff by inbox and email', () => {
  const table = RECIPIENT_KINDS.flatMap((recipients) => CHANNELS.map((channel) => [recipients, channel, recipients === 'petitioner' ? channel === 'sms' : channel !== 'sms'] as const));
  it.each(table)('%s by %s: %s', (recipients, channel, allowed) => {
    expect(channelAllowed(recipients, channel)).toBe(allowed);
  });
});
