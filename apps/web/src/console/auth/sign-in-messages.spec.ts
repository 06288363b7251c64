import { ApiError } from '../../shared/api';
import { signInMessage } from './sign-in-messages';

describe('why a sign-in failed', () => {
  it('the same words for a wrong username and a wrong password', () => {
    expect(signInMessage(new ApiError(401, { statusCode: 401, message: '用户名或密码错误' }))).toBe('用户名或密码不正确。');
  });

  it('a locked account opens again at HH:mm, Beijing time', () => {
    const locked = new ApiError(423, { statusCode: 423, message: '…', rule: 'account-locked', details: { lockedUntil: '2026-12-04T06:35:00.000Z' } });
    expect(signInMessage(locked)).toBe('密码错误次数过多，账号已锁定，请于 14:35 后再试。');
    expect(signInMessage(new ApiError(423, { statusCode: 423, lockedUntil: '2026-12-04T15:59:00.000Z' }))).toContain('23:59');
  });

  it('no connection, the platform down', () => {
    expect(signInMessage(new ApiError(0, {}))).toContain('网络');
    expect(signInMessage(new ApiError(503, {}))).toContain('暂时不可用');
  });
});
