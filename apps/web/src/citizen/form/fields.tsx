import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { controlId } from './petition-form';

interface FieldFrame {
  /** The field's key as the API names it (`petitioners[0].idNumber`). */
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  errors?: string[];
}

/** The ids a control is described by: its hint and its errors, so a screen reader reads both. */
function describedBy(name: string, hint: unknown, errors: string[] | undefined) {
  const id = controlId(name);
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Frame({ name, label, required, hint, errors, children }: FieldFrame & { children: ReactNode }) {
  const id = controlId(name);
  return (
    <div className={`field${errors?.length ? ' has-error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        {required ? <span className="req">（必填）</span> : <span className="opt">（选填）</span>}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <div className="field-error" id={`${id}-error`}>
          {errors.map((e) => (
            <p key={e}>
              <span className="visually-hidden">{label}：</span>
              {e}
            </p>
          ))}
        </div>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({ name, label, required, hint, errors, ...input }: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <Frame name={name} label={label} required={required} hint={hint} errors={errors}>
      <input
        {...input}
        id={controlId(name)}
        name={name}
        className="input"
        aria-invalid={errors?.length ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </Frame>
  );
}

export function TextAreaField({ name, label, required, hint, errors, ...input }: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  return (
    <Frame name={name} label={label} required={required} hint={hint} errors={errors}>
      <textarea
        {...input}
        id={controlId(name)}
        name={name}
        className="input textarea"
        aria-invalid={errors?.length ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </Frame>
  );
}

export function SelectField({
  name,
  label,
  required,
  hint,
  errors,
  options,
  placeholder,
  ...select
}: FieldFrame & { options: { value: string; label: string }[]; placeholder: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'>) {
  return (
    <Frame name={name} label={label} required={required} hint={hint} errors={errors}>
      <select
        {...select}
        id={controlId(name)}
        name={name}
        className="input select"
        aria-invalid={errors?.length ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(name, hint, errors)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A message the page shows in full width: an API failure, a confirmation. */
export function Notice({ kind, children, id, focus }: { kind: 'error' | 'info' | 'success' | 'warning'; children: ReactNode; id?: string; focus?: boolean }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} id={id} tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}
