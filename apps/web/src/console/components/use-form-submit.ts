import type { FormInstance } from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../pages/settings/form-errors';

/**
 * A form's submit as every console form does it: the form's own rules first (nothing is sent
 * while one fails), then the call; the API's refusal goes next to its fields (`fields`: the
 * top-level fields the form shows, `rename` maps an API field to the form's) or, when it names
 * none of them, above the form in the API's Chinese words. What was typed stays.
 */
export function useFormSubmit<T>(form: FormInstance<T>, fields: string[], action: (values: T) => Promise<void>, rename?: (field: string) => string) {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await action(values);
    } catch (err) {
      if (showFieldErrors(form, err, fields, rename)) setFailure('请按提示修改后重新提交。');
      else setFailure(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return { submit, saving, failure, setFailure };
}
