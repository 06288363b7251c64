import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { flattenValidationErrors, nestedShapeErrors, type FieldError } from '#contracts';
import { toChinese } from './validation-messages.js';

/** A 400 that names every field and the rule it broke (api.md, "Errors"). */
export class InputValidationException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super(`请求参数有误：${errors.map((e) => `${e.field} ${e.message}`).join('；')}`);
  }
}

/** Text PostgreSQL cannot store (NUL), or that is not well-formed UTF-16 (a lone surrogate, which would be stored mangled or break a jsonb column). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_MESSAGE = '含有无法保存的字符（空字符或不成对的代理项）';

/** Every string (and object key) in a request value that cannot be stored as text, by field path. */
export function unstorableText(value: unknown, path: string, out: FieldError[] = [], depth = 0): FieldError[] {
  if (out.length >= 20 || depth > 32) return out;
  const here = path || '(body)';
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) out.push({ field: here, rule: 'storableText', message: UNSTORABLE_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableText(v, `${path}[${i}]`, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) out.push({ field: here, rule: 'storableText', message: UNSTORABLE_MESSAGE });
      else unstorableText(v, path ? `${path}.${key}` : key, out, depth + 1);
    }
  }
  return out;
}

/**
 * Validates every body and query DTO: unknown fields are refused, types are converted only
 * where the DTO says so, and the 400 lists each field with the rule it broke, in Chinese.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // before any handler: a NUL byte or a lone surrogate would otherwise reach PostgreSQL and fail there (a 500), or be stored altered
    const unstorable = ['body', 'query', 'param'].includes(metadata.type) ? unstorableText(value, metadata.type === 'param' ? (metadata.data ?? '(path)') : '') : [];
    let instance: unknown;
    try {
      instance = await this.checkShape(value, metadata);
    } catch (err) {
      // every broken field in one answer: the DTO's rules and the unstorable text together
      if (unstorable.length && err instanceof InputValidationException) throw new InputValidationException([...err.errors, ...unstorable.filter((u) => !err.errors.some((e) => e.field === u.field && e.rule === u.rule))]);
      throw err;
    }
    if (unstorable.length) throw new InputValidationException(unstorable);
    return instance;
  }

  private async checkShape(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new InputValidationException([{ field: '(body)', rule: 'isObject', message: '请求体必须是 JSON 对象' }]);
    }
    const instance = await super.transform(value, metadata);
    // what class-validator lets through on nested properties: a missing object, or an array where an object belongs
    if (instance && typeof instance === 'object' && metadata.metatype && metadata.metatype !== Object) {
      const shape = nestedShapeErrors(instance).map(toChinese);
      if (shape.length) throw new InputValidationException(shape);
    }
    return instance;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // values are needed to tell a missing field from a wrong one; they never reach the response
    validationError: { target: false, value: true },
    exceptionFactory: (errors: ValidationError[]) => {
      const flat = flattenValidationErrors(errors).map(toChinese);
      return new InputValidationException(flat.length ? flat : [{ field: '(body)', rule: 'isObject', message: '请求体必须是 JSON 对象' }]);
    },
  });
}
