import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import type { SelectOption } from './Screen';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

export interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and, when there is one, its validation message. */
export function Field({ label, error, hint, required, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="field-required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}

export function FieldError({ id, message }: { id?: string; message: string }) {
  return (
    <div id={id} className="field-error">
      <Icon name="alert" size={14} />
      <span>{message}</span>
    </div>
  );
}

export interface ListFieldProps {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Validation messages by index into `values`. */
  errors: Record<number, string>;
  itemLabel: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  type?: 'email' | 'tel' | 'text';
  placeholder?: string;
  max?: number;
}

/** An editable list of short values (emails, phones), one input each, so a message points at one entry. */
export function ListField(props: ListFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const values = props.values.length > 0 ? props.values : [''];
  const update = (index: number, value: string) => props.onChange(values.map((v, i) => (i === index ? value : v)));
  const remove = (index: number) => props.onChange(values.filter((_, i) => i !== index));
  const canAdd = values.length < (props.max ?? 10);
  return (
    <fieldset className="field list-field">
      <legend className="field-label" id={`${id}-legend`}>
        {props.label}
      </legend>
      {values.map((value, index) => {
        const error = props.errors[index];
        const errorId = `${id}-${index}-error`;
        return (
          <div key={index} className={`list-field-item${error ? ' has-error' : ''}`}>
            <div className="list-field-row">
              <input
                className="input"
                type={props.type ?? 'text'}
                value={value}
                placeholder={props.placeholder}
                aria-label={props.itemLabel(index)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => update(index, event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                    event.preventDefault();
                    if (canAdd && index === values.length - 1 && value.trim()) props.onChange([...values, '']);
                  }
                }}
              />
              {values.length > 1 || value ? (
                <button type="button" className="icon-button" aria-label={props.removeLabel(index)} title={t('common.remove')} onClick={() => remove(index)}>
                  <Icon name="close" size={16} />
                </button>
              ) : null}
            </div>
            {error ? <FieldError id={errorId} message={error} /> : null}
          </div>
        );
      })}
      {canAdd ? (
        <button type="button" className="button button-quiet button-small" onClick={() => props.onChange([...values, ''])}>
          <Icon name="plus" size={14} />
          {props.addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}

/**
 * A select over a lookup list. A stored value the list does not hold (deleted since, or not
 * loaded yet) stays selectable under `missingLabel`, so opening a record never changes it.
 */
export function LookupSelect(props: {
  control: ControlProps;
  value: string;
  options: readonly SelectOption[];
  emptyLabel: string;
  missingLabel: string | null | undefined;
  onChange: (value: string) => void;
}) {
  const { value, options } = props;
  return (
    <select {...props.control} className="select" value={value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{props.emptyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {value && !options.some((option) => option.value === value) ? <option value={value}>{props.missingLabel ?? value}</option> : null}
    </select>
  );
}
