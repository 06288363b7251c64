import type { FormInstance } from 'antd';
import { ApiError } from '../../../shared/api';

/** What went wrong, in the API's own Chinese words (its message, else a plain sentence for the status). */
export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return String((err as Error)?.message ?? err);
  if (err.status === 0) return err.body.message ?? '网络连接失败';
  if (err.status === 401) return '登录已失效，请重新登录后重试';
  const fields = err.fieldErrors.map((e) => e.message).filter(Boolean);
  const base = err.body.message && !/^(Bad Request|Forbidden|Conflict|Not Found|Unprocessable Entity)$/i.test(err.body.message) ? err.body.message : null;
  if (base) return fields.length && !fields.includes(base) ? `${base}：${fields.join('；')}` : base;
  if (fields.length) return fields.join('；');
  if (err.status === 403) return '您的角色不能进行此操作';
  if (err.status === 404) return '没有找到';
  if (err.status >= 500) return '服务暂时不可用，请稍后重试';
  return `请求未成功（${err.status}）`;
}

/**
 * Puts the API's field errors (errors[].field) next to the form's fields (`names`: the top-level
 * fields the form shows) * — `rules[2].unitCode` → ['rules', 2, 'unitCode'] —; true when at least one found its field.
 */
export function showFieldErrors(form: FormInstance, err: unknown, names: string[], rename: (field: string) => string = (f) => f): boolean {
  if (!(err instanceof ApiError) || err.fieldErrors.length === 0) return false;
  const known = new Set(names);
  const fields = err.fieldErrors
    .map((e) => ({ name: fieldPath(rename(e.field)), errors: [e.message] }))
    .filter((f) => known.has(String(f.name[0])));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}

export function fieldPath(field: string): Array<string | number> {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
