import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { frameworkError, toErrorBody } from './error.filter.js';
import { InputValidationException } from './validation.pipe.js';

class CaseRuleError extends Error {
  readonly status = 409 as const;
  constructor(readonly rule: string, message: string) {
    super(message);
  }
}

describe('error bodies', () => {
  it('list each field with its rule for validation failures', () => {
    const body = toErrorBody(new InputValidationException([{ field: 'petitioners[0].idNumber', rule: 'residentId', message: '身份证号校验位不正确' }]));
    expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('petitioners[0].idNumber'), errors: [{ field: 'petitioners[0].idNumber', rule: 'residentId', message: '身份证号校验位不正确' }] });
  });

  it('name the rule a domain error broke', () => {
    expect(toErrorBody(new CaseRuleError('extension-already-used', '延期只能申请一次'))).toEqual({ statusCode: 409, error: 'Conflict', message: '延期只能申请一次', rule: 'extension-already-used' });
  });

  it('speak Chinese for Fastify errors that Nest wraps', () => {
    const wrapped = new HttpException('Body is not valid JSON', 400, { cause: Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' }) });
    expect(toErrorBody(wrapped)).toEqual({ statusCode: 400, error: 'Bad Request', message: '请求体不是合法的 JSON', errors: [{ field: '(body)', rule: 'FST_ERR_CTP_INVALID_JSON_BODY', message: '请求体不是合法的 JSON' }] });
    // a URL Fastify cannot decode never reaches Nest: the same body, naming the URL
    expect(frameworkError(400, 'FST_ERR_BAD_URL')).toEqual({ statusCode: 400, error: 'Bad Request', message: '请求地址含有无法解码的字符', errors: [{ field: '(url)', rule: 'FST_ERR_BAD_URL', message: '请求地址含有无法解码的字符' }] });
  });

  it('keep HTTP exceptions and hide everything else behind a 500', () => {
    expect(toErrorBody(new NotFoundException('没有这个案件'))).toMatchObject({ statusCode: 404, message: '没有这个案件' });
    expect(toErrorBody(new BadRequestException('x'))).toMatchObject({ statusCode: 400 });
    expect(toErrorBody(new Error('relation "x" does not exist'))).toEqual({ statusCode: 500, error: 'Internal Server Error', message: '服务器内部错误，请稍后重试' });
    // an exhausted pool or a database away is a 503: try again
    expect(toErrorBody(new Error('timeout exceeded when trying to connect'))).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });
});
