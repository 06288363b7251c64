import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { flattenValidationErrors, nestedShapeErrors, type FieldError } from '#contracts';
import { toChinese } from './validation-messages.js';

/** A 400 that names every field and the rule it broke (api.md, "Errors"). */
export class InputValidationException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super(`请求参数有误：${errors.map((e) => `${e.field} ${e.message}`).join('；')}`);
  }
}

/**
 * Validates every body and query DTO: unknown fields are refused, types are converted only
 * where the DTO says so, and the 400 lists each field with the rule it broke, in Chinese.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
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
