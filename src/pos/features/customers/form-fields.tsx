import { useId, type ReactNode } from 'react';

/** What every form field gets: its value, how to change it, and its error message if any. */
export interface FieldBinding {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

interface ShellProps {
  label: string;
  error: string | undefined;
  required?: boolean | undefined;
  /** A short help text under the control. */
  hint?: string | undefined;
  /** Renders the control with its id and the ARIA attributes that tie it to the label and error. */
  children: (control: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A label, a control and its error message, tied together for screen readers. */
function FieldShell({ label, error, required, hint, children }: ShellProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A labelled text input with its validation message. */
export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
  required,
  hint,
  list,
}: FieldBinding & {
  label: string;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
}) {
  return (
    <FieldShell label={label} error={error} required={required} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-required={required}
          autoComplete={autoComplete}
          list={list}
        />
      )}
    </FieldShell>
  );
}

/** A labelled select with its validation message. */
export function SelectField({
  label,
  value,
  onChange,
  error,
  children,
}: FieldBinding & { label: string; children: ReactNode }) {
  return (
    <FieldShell label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
