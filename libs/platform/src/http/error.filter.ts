import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import { isUnavailable } from '../database/unavailable.js';
import { InputValidationException } from './validation.pipe.js';

/**
 * A domain rule broken by a request, thrown by pure domain code without knowing about HTTP:
 * 404 (not found or not visible), 409 (the state does not allow it), 422 (the facts do not).
 */
export interface RuleViolation {
  readonly status: 403 | 404 | 409 | 422;
  /** A stable name for the rule, e.g. `extension-already-used`. */
  readonly rule: string;
  readonly message: string;
}

export function isRuleViolation(err: unknown): err is RuleViolation {
  return err instanceof Error && typeof (err as unknown as RuleViolation).rule === 'string' && [403, 404, 409, 422].includes((err as unknown as RuleViolation).status);
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  rule?: string;
  errors?: { field: string; rule: string; message: string }[];
  /** Facts a client acts on, e.g. `{ lockedUntil }` with a 423. */
  details?: Record<string, unknown>;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Chinese messages for errors Fastify raises before any handler runs. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是合法的 JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空，需要 JSON 对象',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体过大',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的 Content-Type，请使用 application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length 与请求体不符',
  FST_REQ_FILE_TOO_LARGE: '文件超过大小上限（每个不超过 10 MB）',
  FST_FILES_LIMIT: '每次只能上传一个文件',
  FST_PARTS_LIMIT: '表单字段过多',
  FST_FIELDS_LIMIT: '表单字段过多',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请以 multipart/form-data 上传',
  FST_PROTO_VIOLATION: '表单字段名不合法',
  FST_ERR_BAD_URL: '请求地址含有无法解码的字符',
};

/** A 400 names its field even when Fastify refused the request before any handler: the URL, the body as a whole, or the uploaded file. */
export function frameworkError(status: number, code: string): ErrorBody {
  const message = FRAMEWORK_MESSAGES[code] ?? '请求无效';
  const body: ErrorBody = { statusCode: status, error: REASONS[status] ?? 'Error', message };
  const field = code === 'FST_ERR_BAD_URL' ? '(url)' : code.startsWith('FST_ERR_CTP_') ? '(body)' : 'file';
  if (status === 400) body.errors = [{ field, rule: code, message }];
  return body;
}

/** Turns anything thrown while serving a request into the platform's error body. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof InputValidationException) {
    return { statusCode: 400, error: REASONS[400]!, message: err.message, errors: err.errors };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    // Fastify's own errors (bad JSON, body too large …) arrive wrapped by Nest, with the original as cause
    const frameworkCode = (err.cause as { code?: string } | undefined)?.code;
    if (frameworkCode && FRAMEWORK_MESSAGES[frameworkCode]) return frameworkError(status, frameworkCode);
    const response = err.getResponse();
    const message =
      typeof response === 'string' ? response : Array.isArray((response as { message?: unknown }).message) ? ((response as { message: string[] }).message).join('；') : String((response as { message?: unknown }).message ?? err.message);
    const { rule, details } = typeof response === 'object' && response !== null ? (response as { rule?: string; details?: Record<string, unknown> }) : {};
    return {
      statusCode: status,
      error: REASONS[status] ?? 'Error',
      message: status === 404 && message.startsWith('Cannot ') ? '没有这个接口' : message,
      ...(rule ? { rule } : {}),
      ...(details ? { details } : {}),
    };
  }
  // Fastify plugin errors thrown inside a handler (e.g. a multipart file over its limit) keep their 4xx
  const framework = err as { statusCode?: unknown; code?: unknown };
  if (typeof framework.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500 && typeof framework.code === 'string' && framework.code.startsWith('FST_')) {
    return frameworkError(framework.statusCode, framework.code);
  }
  if (isRuleViolation(err)) {
    return { statusCode: err.status, error: REASONS[err.status]!, message: err.message, rule: err.rule };
  }
  // the database is away or its pool exhausted (overload): a 503 says try again, not that something is broken
  if (isUnavailable(err)) return { statusCode: 503, error: REASONS[503]!, message: '服务繁忙或暂时不可用，请稍后重试' };
  return { statusCode: 500, error: REASONS[500]!, message: '服务器内部错误，请稍后重试' };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) logServerError(this.logger, exception);
    const reply = host.switchToHttp().getResponse<{ status(code: number): { send(b: unknown): void } }>();
    reply.status(body.statusCode).send(body);
  }
}

/** Logs the error's name, code and message only: database errors keep row values in `detail`, which may hold personal data. */
export function logServerError(logger: Logger, err: unknown): void {
  const e = err as { name?: string; code?: string; message?: string; stack?: string };
  logger.error({ err: { name: e?.name, code: e?.code, message: e?.message, stack: e?.stack?.split('\n').slice(0, 6).join('\n') } }, 'request failed');
}

