import { ApiError } from '../../../shared/api';
import { dateRuns, summarise } from './calendar-summary';
import { errorText, fieldPath } from './form-errors';
import { accountBody } from './settings-api';

describe('settings helpers', () => {
  it('sends an account form without empty fields and without a scope the role does not carry', () => {
    expect(accountBody({ role: 'township-officer', townshipCode: '430599101000', unitCode: 'dept-hrss', mobile: '' } as const)).toEqual({ role: 'township-officer', townshipCode: '430599101000' });
    expect(accountBody({ role: 'department-officer', townshipCode: '430599101000', unitCode: 'dept-hrss' } as const)).toEqual({ role: 'department-officer', unitCode: 'dept-hrss' });
    expect(accountBody({ role: 'analyst', townshipCode: '430599101000', mobile: ' 13900001111 ' } as const)).toEqual({ role: 'analyst', mobile: '13900001111' });
    expect(accountBody({ role: 'leader', townshipCode: null } as const)).toEqual({ role: 'leader', townshipCode: null });
  });

  it('finds the form field an API error names', () => {
    expect(fieldPath('rules[2].unitCode')).toEqual(['rules', 2, 'unitCode']);
    expect(fieldPath('days[0].date')).toEqual(['days', 0, 'date']);
    expect(fieldPath('username')).toEqual(['username']);
  });

  it('says what went wrong in the API\'s words, or plainly for a bare status', () => {
    expect(errorText(new ApiError(409, { statusCode: 409, message: '用户名 a 已被使用', rule: 'username-taken' }))).toBe('用户名 a 已被使用');
    expect(errorText(new ApiError(400, { statusCode: 400, message: 'Bad Request', errors: [{ field: 'year', message: '必须是年份' }] }))).toBe('必须是年份');
    expect(errorText(new ApiError(403, { statusCode: 403 }))).toBe('您的角色不能进行此操作');
    expect(errorText(new ApiError(502, { statusCode: 502 }))).toBe('服务暂时不可用，请稍后重试');
    expect(errorText(new ApiError(0, { message: '网络连接失败' }))).toBe('网络连接失败');
  });

  it('tells a year\'s holidays as runs of days, grouped by festival with their working days', () => {
    expect(dateRuns(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-28'])).toBe('2月15日至2月17日、2月28日');
    expect(dateRuns(['2026-12-31', '2027-01-01'])).toBe('12月31日至1月1日');
    expect(
      summarise([
        { date: '2026-02-16', kind: 'holiday', name: '春节' },
        { date: '2026-02-15', kind: 'holiday', name: '春节' },
        { date: '2026-02-14', kind: 'workday', name: '春节调休上班' },
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
      ]),
    ).toEqual([
      { name: '元旦', holidays: ['2026-01-01'], workdays: [] },
      { name: '春节', holidays: ['2026-02-15', '2026-02-16'], workdays: ['2026-02-14'] },
    ]);
  });
});
