import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A tab list per the ARIA pattern: one tab in the Tab order, arrows, Home and End move between
 * tabs and select them. Each tab controls the panel `${idPrefix}-tabpanel-${name}`.
 */
export function Tabs<T extends string>(props: {
  tabs: readonly T[];
  active: T;
  onChange: (tab: T) => void;
  label: string;
  idPrefix: string;
  /** The tab's text, with a count after it where there is one. */
  children: (tab: T) => ReactNode;
}) {
  const { tabs, active, onChange, idPrefix } = props;
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // Alt+arrows are Back and Forward, even from a tab.
    if (e.altKey) return;
    const index = tabs.indexOf(active);
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    onChange(target);
    refs.current[tabs.indexOf(target)]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
      {tabs.map((name, index) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${name}`}
          aria-selected={active === name}
          aria-controls={`${idPrefix}-tabpanel-${name}`}
          tabIndex={active === name ? 0 : -1}
          className={active === name ? 'tab is-active' : 'tab'}
          onClick={() => onChange(name)}
        >
          {props.children(name)}
        </button>
      ))}
    </div>
  );
}
