import { ApiError } from '../shared/api';
import { citizenMessage } from './messages';

describe('every failure as a sentence a citizen understands', () => {
  it('the submission limit: how many, how long to wait, what else to do', () => {
    const message = citizenMessage(new ApiError(429, { statusCode: 429, message: '提交过于频繁（请 42 分钟后再试）' }, 2501), 'submit');
    expect(message).toContain('每小时最多提交 5 件');
    expect(message).toContain('请 42 分钟后再试');
    expect(message).toContain('信访电话');
  });

  it('no connection, a timeout, a platform down: what happened, and that the form is kept', () => {
    expect(citizenMessage(new ApiError(0, { message: '网络连接失败' }), 'submit')).toMatch(/检查手机网络.*您填写的内容已保留/);
    expect(citizenMessage(new ApiError(0, { message: '请求超时' }, null, true), 'submit')).toContain('超时');
    expect(citizenMessage(new ApiError(503, { statusCode: 503 }), 'submit')).toMatch(/暂时繁忙.*已保留/);
    expect(citizenMessage(new ApiError(500, { statusCode: 500 }), 'track')).not.toContain('已保留');
  });

  it('an unknown tracking code, a state rule in the API\'s words, field errors counted, a file too large', () => {
    expect(citizenMessage(new ApiError(404, { statusCode: 404 }), 'track')).toMatch(/没有找到这个查询码.*15 位/);
    expect(citizenMessage(new ApiError(409, { statusCode: 409, message: '已经评价过，每件信访事项只能评价一次' }), 'evaluate')).toBe('已经评价过，每件信访事项只能评价一次。');
    expect(citizenMessage(new ApiError(400, { statusCode: 400, errors: [{ field: 'title', message: '必须填写' }, { field: 'content', message: '必须填写' }] }), 'submit')).toContain('有 2 处');
    expect(citizenMessage(new ApiError(413, { statusCode: 413 }), 'upload')).toContain('10 MB');
  });

  it('never shows a status code or an English word', () => {
    for (const status of [0, 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 502, 503, 504]) {
      for (const action of ['submit', 'track', 'evaluate', 'upload', 'load-form'] as const) {
        const message = citizenMessage(new ApiError(status, { statusCode: status, error: 'Bad Request' }), action);
        expect(message).not.toMatch(/[A-Za-z]{3,}|\b\d{3}\b/);
      }
    }
  });
});
