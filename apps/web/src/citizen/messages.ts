import { ApiError } from '../shared/api';
import { minutesPhrase } from '../shared/format';

/** What the citizen was doing when the platform answered with an error. */
export type CitizenAction = 'submit' | 'check' | 'track' | 'evaluate' | 'upload' | 'load-form';

/**
 * Every failure as a sentence a citizen understands: what happened, and what to do now. The
 * API's own message is used where it already speaks to the citizen (a state rule such as
 * "已经评价过"), never a status code or an English word.
 */
export function citizenMessage(err: unknown, action: CitizenAction): string {
  if (!(err instanceof ApiError)) return '页面出现了问题，请刷新后重试。';
  const kept = action === 'submit' || action === 'evaluate' ? '您填写的内容已保留，' : '';
  switch (true) {
    case err.status === 0 && err.timedOut:
      return `网络较慢，等待回应超时。${kept}请稍后再试。`;
    case err.status === 0:
      return `无法连接到网上信访平台，请检查手机网络后重试。${kept ? '您填写的内容已保留。' : ''}`;
    case err.status === 429: {
      const wait = err.retryAfterSeconds ? `请 ${minutesPhrase(err.retryAfterSeconds)}后再试` : '请稍后再试';
      if (action === 'submit') return `同一网络每小时最多提交 5 件信访事项，您已达到上限。${wait}；情况紧急的，请拨打当地信访电话或到信访接待场所反映。`;
      if (action === 'track') return `查询次数过多，${wait}。`;
      return `操作过于频繁，${wait}。`;
    }
    case err.status === 400 && err.fieldErrors.length > 0:
      return `有 ${err.fieldErrors.length} 处填写需要修改，请按下方红色提示更正后再提交。`;
    case err.status === 404 && (action === 'track' || action === 'evaluate' || action === 'upload'):
      return '没有找到这个查询码。请核对后重新输入：查询码共 15 位，由字母和数字组成（不含 0、O、1、I）。';
    case err.status === 409:
      return err.body.message ? `${err.body.message}。`.replace(/。。$/, '。') : '当前办理阶段不能进行这项操作。';
    case err.status === 413:
      return '文件太大：每个附件不能超过 10 MB。';
    case err.status === 400:
      return err.body.message ? `提交的内容有误：${err.body.message}。` : '提交的内容有误，请检查后重试。';
    case err.status === 502 || err.status === 503 || err.status === 504:
      return `系统正在维护或暂时繁忙，${kept}请过几分钟再试。`;
    default:
      return `系统暂时出现问题，${kept}请稍后再试。如多次失败，请拨打当地信访电话反映。`;
  }
}
