import { ApiError } from '../../shared/api';
import { clockTime } from '../../shared/format';

/** Why a sign-in failed, for the staff member at the screen. */
export function signInMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return '登录失败，请刷新页面后重试。';
  switch (err.status) {
    case 0:
      return '无法连接到平台，请检查网络后重试。';
    case 401:
      return '用户名或密码不正确。';
    case 423: {
      const until = (err.body.details?.lockedUntil as string | undefined) ?? err.body.lockedUntil;
      return until ? `密码错误次数过多，账号已锁定，请于 ${clockTime(until)} 后再试。` : err.body.message ?? '账号已锁定，请稍后再试。';
    }
    case 429:
      return '登录尝试过于频繁，请稍后再试。';
    case 400:
      return err.fieldErrors.map((e) => e.message).join('；') || '请填写用户名和密码。';
    case 502:
    case 503:
    case 504:
      return '平台暂时不可用，请稍后再试。';
    default:
      return err.body.message ?? '登录失败，请稍后再试。';
  }
}
