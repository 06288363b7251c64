import type { ValidationError } from 'class-validator';

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
