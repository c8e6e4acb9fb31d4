import type { ReactNode, Ref } from 'react';
import { Icon } from './Icon';

export function ScreenHeader(props: { title: string; meta?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="screen-header">
      <div className="screen-heading">
        <h1 className="screen-title">{props.title}</h1>
        {props.meta ? (
          <div className="screen-meta" aria-live="polite">
            {props.meta}
          </div>
        ) : null}
      </div>
      {props.actions ? <div className="screen-actions">{props.actions}</div> : null}
    </header>
  );
}

export function SearchBox(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  onArrowDown?: () => void;
}) {
  return (
    <div className="search-box">
      <Icon name="search" size={16} />
      <input
        ref={props.inputRef}
        type="search"
        className="input search-input"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        spellCheck={false}
        autoComplete="off"
        data-shortcut="search"
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && props.value) {
            event.preventDefault();
            event.stopPropagation();
            props.onChange('');
          } else if (event.key === 'ArrowDown' && props.onArrowDown) {
            event.preventDefault();
            props.onArrowDown();
          }
        }}
      />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A compact select for toolbars; the empty value means "any". */
export function FilterSelect(props: { label: string; anyLabel: string; value: string | null; options: SelectOption[]; onChange: (value: string | null) => void }) {
  return (
    <select
      className={props.value ? 'select filter-select is-active' : 'select filter-select'}
      aria-label={props.label}
      title={props.label}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.target.value || null)}
    >
      <option value="">{props.anyLabel}</option>
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}
