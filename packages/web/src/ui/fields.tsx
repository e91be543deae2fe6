import { type ReactNode, type Ref, useId } from 'react';
import { useMessages } from '../i18n/i18n.js';
import { uiMessages } from './messages.js';

interface FieldProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly required?: boolean;
}

/** Label, control, hint and error wired together for screen readers (WCAG 1.3.1, 3.3.1). */
const Field = ({
  label,
  error,
  hint,
  required,
  children,
}: FieldProps & {
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) => {
  const m = useMessages(uiMessages);
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({m.required})</span> : null}
      </label>
      {children({ id, describedBy })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
};

type InputProps = FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date' | 'email' | 'url' | 'number' | 'password' | 'search';
  readonly autoFocus?: boolean;
  readonly name?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly min?: number;
  readonly max?: number;
  readonly autoComplete?: string;
};

export const TextField = ({ value, onChange, type = 'text', inputRef, ...props }: InputProps) => (
  <Field {...props}>
    {({ id, describedBy }) => (
      <input
        id={id}
        ref={inputRef}
        type={type}
        name={props.name}
        value={value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        // biome-ignore lint/a11y/noAutofocus: only dialogs ask for it, so focus starts in their first field
        autoFocus={props.autoFocus}
        autoComplete={props.autoComplete}
        min={props.min}
        max={props.max}
        onChange={(event) => onChange(event.target.value)}
      />
    )}
  </Field>
);

export const TextArea = ({
  value,
  onChange,
  rows = 4,
  ...props
}: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  readonly name?: string;
}) => (
  <Field {...props}>
    {({ id, describedBy }) => (
      <textarea
        id={id}
        name={props.name}
        rows={rows}
        value={value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    )}
  </Field>
);

export interface Option {
  readonly value: string;
  readonly label: string;
}

export const SelectField = ({
  value,
  onChange,
  options,
  ...props
}: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  readonly name?: string;
}) => (
  <Field {...props}>
    {({ id, describedBy }) => (
      <select
        id={id}
        name={props.name}
        value={value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )}
  </Field>
);

/** Several choices among few options (action fields): a fieldset of checkboxes. */
export const CheckboxGroup = ({
  legend,
  options,
  selected,
  onChange,
  error,
  required = false,
}: {
  readonly legend: string;
  readonly options: readonly Option[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly error?: string | undefined;
  /** At least one must be chosen. */
  readonly required?: boolean;
}) => {
  const m = useMessages(uiMessages);
  const id = useId();
  return (
    <fieldset
      className={error ? 'field field--invalid checkboxes' : 'field checkboxes'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="field__required"> ({m.required})</span> : null}
      </legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
