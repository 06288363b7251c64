import { conditionCount, conditionsExportCannotApply, exportQuery, filterToParams, intakeQuery, parseFilter } from './list-query';

const parse = (query: string) => parseFilter(new URLSearchParams(query));

describe('the case list filter in the address', () => {
  it('reads a link from 工作台 with intake\'s own parameter names', () => {
    const f = parse('status=transferred,assigned&open=true&overdue=true&dueWithinDays=7&handlingUnitCode=dept-hrss&townshipCode=430599101000');
    expect(f).toMatchObject({ status: ['transferred', 'assigned'], open: true, overdue: true, dueWithinDays: 7, handlingUnitCode: 'dept-hrss', townshipCode: '430599101000', page: 1, pageSize: 20, sort: 'receivedAt' });
  });

  it('takes repeated and comma-separated lists, drops unknown values and duplicates', () => {
    expect(parse('status=accepted&status=replied,bogus,accepted&channel=visit,fax').status).toEqual(['accepted', 'replied']);
    expect(parse('channel=visit,fax').channel).toEqual(['visit']);
  });

  it('leaves out what is malformed instead of sending it to be refused', () => {
    const f = parse('townshipCode=4305&dueWithinDays=-1&page=0&pageSize=5000&sort=title&collective=yes&from=yesterday');
    expect(f).toMatchObject({ townshipCode: undefined, dueWithinDays: undefined, page: 1, pageSize: 20, sort: 'receivedAt', flags: {}, from: undefined });
  });

  it('reads an ISO time in a link as its Beijing day', () => {
    expect(parse('from=2026-02-28T16:30:00Z&to=2026-03-31').from).toBe('2026-03-01');
    expect(parse('to=2026-03-31').to).toBe('2026-03-31');
  });

  it('writes back only what is set, so the address stays short, and round-trips', () => {
    const query = 'q=拖欠 工资&status=accepted,replied&channel=visit&collective=true&repeat=false&overdue=true&from=2026-01-01&to=2026-03-31&sort=dueAt&order=asc&page=3&pageSize=50';
    const f = parse(query);
    expect(parseFilter(filterToParams(f))).toEqual(f);
    expect(filterToParams(parse('')).toString()).toBe('');
  });
});

describe('the services\' queries', () => {
  it('asks intake for the page, with the Beijing days as times and the last day included', () => {
    const q = new URLSearchParams(intakeQuery(parse('q=工资&from=2026-03-01&to=2026-03-31&longStanding=true')));
    expect(Object.fromEntries(q)).toEqual({ q: '工资', longStanding: 'true', from: '2026-03-01T00:00:00+08:00', to: '2026-04-01T00:00:00+08:00', sort: 'receivedAt', page: '1', pageSize: '20' });
  });

  it('asks reporting for the export in its own words, and names what it cannot apply', () => {
    const f = parse('status=transferred,assigned,re-review,final&channel=visit,phone&townshipCode=430599101000&category=labour-wages&handlingUnitCode=dept-hrss&skipLevel=true&from=2026-01-01&to=2026-12-31');
    expect(Object.fromEntries(new URLSearchParams(exportQuery(f, 'xlsx')))).toEqual({
      townshipCode: '430599101000',
      from: '2026-01-01T00:00:00+08:00',
      to: '2027-01-01T00:00:00+08:00',
      channel: 'visit,phone',
      category: 'labour-wages',
      handlingUnitCode: 'dept-hrss',
      status: 'routed,review,closed',
      skipLevel: 'true',
      format: 'xlsx',
    });
    expect(conditionsExportCannotApply(f)).toEqual([]);
    expect(conditionsExportCannotApply(parse('q=工资&overdue=true&dueWithinDays=3'))).toEqual(['全文检索“工资”', '已超期', '期限在 3 天内']);
  });

  it('counts the conditions set beyond the search box', () => {
    expect(conditionCount(parse('q=工资'))).toBe(0);
    expect(conditionCount(parse('status=accepted,replied&collective=true&from=2026-01-01&to=2026-02-01'))).toBe(4);
  });
});
