import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { Kbd } from '../../components/Screen';
import { useCommand } from '../../lib/commands';
import { formatNumber } from '../../lib/format';
import { groups, usePaletteResults, type Result } from './results';
import './palette.css';

/**
 * Ctrl+K: go to any person, organisation, body, event, project or indicator by typing part of its
 * name, or run a command. The text field keeps the focus (a combobox); arrows move through the
 * list, Enter opens, Esc closes and gives the focus back to where it was.
 */
export function Palette() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // Null follows the first result as answers arrive; set once the user moves.
  const [chosen, setChosen] = useState<string | null>(null);
  const { items, searching, error } = usePaletteResults(query, open);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (result: Result) => `${id}-${result.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

  const active = items.find((r) => r.key === chosen) ?? items[0] ?? null;

  useCommand('palette', () => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setQuery('');
    setChosen(null);
    setOpen(true);
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  function close() {
    setOpen(false);
    dialog.current?.close();
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  }

  function run(result: Result) {
    // Closed first: the place it opens (or a form asking about its edits) gets the focus next.
    close();
    result.run();
  }

  function move(step: number) {
    if (!items.length) return;
    const index = active ? items.indexOf(active) : -1;
    const next = items[(index + step + items.length) % items.length]!;
    setChosen(next.key);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (active) run(active);
    }
  }

  const typed = query.trim();
  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label={t('palette.title')}
      data-testid="palette"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its frame) closes it.
        if (event.target === dialog.current) close();
      }}
    >
      {open ? (
        <div className="palette-frame">
          <div className="palette-search">
            <Icon name="search" size={18} />
            <input
              ref={input}
              className="palette-input"
              role="combobox"
              aria-label={t('palette.inputLabel')}
              aria-expanded={items.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={active ? optionId(active) : undefined}
              placeholder={t('palette.placeholder')}
              value={query}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                setQuery(event.target.value);
                setChosen(null);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
          <div className="palette-results" id={listId} role="listbox" aria-label={t('palette.resultsLabel')}>
            {groups.map((group) => {
              const members = items.filter((r) => r.group === group);
              if (!members.length) return null;
              const headingId = `${id}-${group}`;
              return (
                <div key={group} role="group" aria-labelledby={headingId} className="palette-group">
                  <div id={headingId} className="palette-group-title" role="presentation">
                    {t(`palette.groups.${group}`)}
                  </div>
                  {members.map((result) => (
                    <div
                      key={result.key}
                      id={optionId(result)}
                      role="option"
                      aria-selected={result === active}
                      className={result === active ? 'palette-option is-active' : 'palette-option'}
                      onMouseMove={() => result !== active && setChosen(result.key)}
                      onClick={() => run(result)}
                    >
                      <Icon name={result.icon} size={16} className="palette-option-icon" />
                      <span className="palette-option-label">{result.label}</span>
                      {result.detail ? <span className="palette-option-detail">{result.detail}</span> : null}
                    </div>
                  ))}
                </div>
              );
            })}
            {!items.length && typed && !searching ? <p className="palette-empty">{t('palette.none', { query: typed })}</p> : null}
          </div>
          <footer className="palette-footer">
            <span className="palette-status" role="status" aria-live="polite">
              {searching ? t('palette.searching') : error ? t('palette.partial', { message: error.message }) : typed ? t('palette.count', { count: items.length, formatted: formatNumber(items.length) }) : ''}
            </span>
            <span className="palette-keys" aria-hidden="true">
              <Kbd>↑</Kbd>
              <Kbd>↓</Kbd>
              <Kbd>Enter</Kbd>
              <Kbd>Esc</Kbd>
            </span>
          </footer>
        </div>
      ) : null}
    </dialog>
  );
}
