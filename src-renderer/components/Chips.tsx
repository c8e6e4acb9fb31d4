import { useId, useState } from 'react';
import type { ControlProps } from './Field';
import { Icon } from './Icon';
import type { SelectOption } from './Screen';

export function Chip(props: { label: string; removeLabel: string; onRemove: () => void; invalid?: boolean }) {
  return (
    <span className={props.invalid ? 'chip is-invalid' : 'chip'}>
      <span className="chip-label">{props.label}</span>
      <button type="button" className="chip-remove" aria-label={props.removeLabel} title={props.removeLabel} onClick={props.onRemove}>
        <Icon name="close" size={12} />
      </button>
    </span>
  );
}

/**
 * Free-text values as chips (tags): Enter, comma or leaving the field adds what is typed,
 * Backspace in the empty field takes the last one back; known values are suggested.
 */
export function ChipsInput(props: {
  control: ControlProps;
  values: string[];
  onChange: (values: string[]) => void;
  suggestions: readonly string[];
  placeholder: string;
  removeLabel: (value: string) => string;
  /** Indexes into `values` that have a problem. */
  invalid?: ReadonlySet<number>;
}) {
  const [text, setText] = useState('');
  const listId = useId();
  const { values } = props;

  function add(raw: string) {
    const value = raw.trim();
    setText('');
    if (!value) return;
    // The same tag twice, in any case, is one tag.
    if (values.some((v) => v.toLocaleLowerCase() === value.toLocaleLowerCase())) return;
    props.onChange([...values, value]);
  }

  return (
    <div className="chips-input">
      {values.length ? (
        <div className="chips">
          {values.map((value, index) => (
            <Chip
              key={value}
              label={value}
              invalid={props.invalid?.has(index)}
              removeLabel={props.removeLabel(value)}
              onRemove={() => props.onChange(values.filter((_, i) => i !== index))}
            />
          ))}
        </div>
      ) : null}
      <input
        {...props.control}
        className="input"
        value={text}
        list={listId}
        autoComplete="off"
        placeholder={props.placeholder}
        onChange={(e) => {
          const next = e.target.value;
          if (next.endsWith(',')) add(next.slice(0, -1));
          else setText(next);
        }}
        onBlur={() => add(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && values.length) {
            props.onChange(values.slice(0, -1));
          }
        }}
      />
      <datalist id={listId}>
        {props.suggestions
          .filter((s) => !values.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}

/** Several records picked from a list (organisers): chips for the chosen ones and a select to add another. */
export function MultiSelect(props: {
  control: ControlProps;
  values: string[];
  onChange: (values: string[]) => void;
  options: readonly SelectOption[];
  addLabel: string;
  removeLabel: (label: string) => string;
  /** Labels for chosen values the options do not hold (deleted since, or not loaded yet). */
  missingLabel: (value: string) => string;
}) {
  const labelOf = (value: string) => props.options.find((o) => o.value === value)?.label ?? props.missingLabel(value);
  const remaining = props.options.filter((o) => !props.values.includes(o.value));
  return (
    <div className="chips-input">
      {props.values.length ? (
        <div className="chips">
          {props.values.map((value) => (
            <Chip
              key={value}
              label={labelOf(value)}
              removeLabel={props.removeLabel(labelOf(value))}
              onRemove={() => props.onChange(props.values.filter((v) => v !== value))}
            />
          ))}
        </div>
      ) : null}
      <select
        {...props.control}
        className="select"
        value=""
        onChange={(e) => {
          if (e.target.value) props.onChange([...props.values, e.target.value]);
        }}
      >
        <option value="">{props.addLabel}</option>
        {remaining.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
