import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_NOT_EMPTY,
  ARRAY_UNIQUE,
  getMetadataStorage,
  IS_ARRAY,
  ValidationTypes,
  type ValidationError,
} from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';

export interface FieldError {
  /** Path of the offending field, e.g. `petitioners[0].idNumber`. */
  field: string;
  /** The rule it broke, as class-validator names it (`isUuid`, `maxLength` …). */
  rule: string;
  message: string;
}

/** Flattens class-validator's error tree into one entry per broken rule, with a readable path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property;
    const constraints = Object.entries(e.constraints ?? {});
    if (e.value === undefined && constraints.length > 0 && !e.constraints?.isDefined) {
      // a missing field breaks every rule on it; say once that it is missing
      out.push({ field, rule: 'isDefined', message: `${field} should not be missing` });
    } else {
      for (const [rule, message] of constraints) out.push({ field, rule, message });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/**
 * What class-validator lets through on a @ValidateNested property: it skips a missing value even
 * without @IsOptional, and validates an array element by element where one object is declared,
 * so an envelope without `actor`, or with `actor: []`, would pass. Walks a transformed instance
 * and reports both, so that decoding refuses what the published JSON Schema refuses.
 */
export function nestedShapeErrors(instance: object, parent = ''): FieldError[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(instance.constructor, '', true, false);
  const nested = new Set(metas.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION).map((m) => m.propertyName));
  const out: FieldError[] = [];
  for (const property of nested) {
    const own = metas.filter((m) => m.propertyName === property);
    const field = parent ? `${parent}.${property}` : property;
    const value = (instance as Record<string, unknown>)[property];
    if (value === undefined) {
      // @IsOptional / @ValidateIf decide for themselves
      if (!own.some((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION)) out.push({ field, rule: 'isDefined', message: `${field} should not be missing` });
      continue;
    }
    if (value === null || typeof value !== 'object') continue; // class-validator reports these (nestedValidation)
    if (!Array.isArray(value)) {
      out.push(...nestedShapeErrors(value, field));
    } else if (!own.some((m) => m.each) && declaredShape(instance, property, own) === 'object') {
      out.push({ field, rule: 'isObject', message: `${field} must be an object, not an array` });
    } else {
      value.forEach((v: unknown, i) => {
        if (Array.isArray(v)) out.push({ field: `${field}[${i}]`, rule: 'isObject', message: `${field}[${i}] must be an object, not an array` });
        else if (typeof v === 'object' && v !== null) out.push(...nestedShapeErrors(v, `${field}[${i}]`));
      });
    }
  }
  return out;
}

const ARRAY_RULES: readonly string[] = [IS_ARRAY, ARRAY_MIN_SIZE, ARRAY_MAX_SIZE, ARRAY_NOT_EMPTY, ARRAY_UNIQUE];

/** From the emitted `design:type` (when reflect-metadata is loaded) or an array rule on the property; `unknown` lets it pass. */
function declaredShape(instance: object, property: string, metas: ValidationMetadata[]): 'object' | 'array' | 'unknown' {
  if (metas.some((m) => ARRAY_RULES.includes(m.name ?? ''))) return 'array';
  const getMetadata = (Reflect as unknown as { getMetadata?: (key: string, target: object, property: string) => unknown }).getMetadata;
  const type = getMetadata?.('design:type', Object.getPrototypeOf(instance) as object, property);
  if (type === Array) return 'array';
  return typeof type === 'function' && type !== Object ? 'object' : 'unknown';
}
