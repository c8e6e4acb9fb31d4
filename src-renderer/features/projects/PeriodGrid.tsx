import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { saveShortcut } from '../../components/FormDialog';
import { Field, FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { useCountryOptions } from '../../lib/lookups';
import { addDays, userToday } from '../../lib/time';
import { errorsOf } from '../../lib/issues';
import { formatCount, parseNumber } from './parts';
import { formatDay } from '../../lib/format';

/** The last day of the quarter holding `day`, `back` quarters earlier. */
export function quarterEnd(day: string, back = 0): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const quarter = Math.floor((m - 1) / 3) - back;
  const year = y + Math.floor(quarter / 4);
  const q = ((quarter % 4) + 4) % 4;
  const firstOfNext = new Date(Date.UTC(year, q * 3 + 3, 1)).toISOString().slice(0, 10);
  return addDays(firstOfNext, -1);
}

const clampDay = (day: string, first: string, last: string) => (day < first ? first : day > last ? last : day);

/** A column per country; '' holds what names no country (officers in all, a total from a report). */
const NONE = '';
const cellKey = (indicatorId: string, code: string) => `${indicatorId}|${code}`;

/** A whole period at once: indicators × countries, saved together or not at all. */
export function PeriodGridDialog(props: { project: Project; onClose: () => void; onSaved: (created: number) => void }) {
  const { t } = useTranslation();
  const { project } = props;
  const countryOptions = useCountryOptions();
  const today = userToday();
  const [occurredOn, setOccurredOn] = useState(() => clampDay(quarterEnd(today), project.startsOn, project.endsOn));
  const [note, setNote] = useState('');
  const [extra, setExtra] = useState<string[]>([]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);

  const columns = useMemo(() => {
    const partners = project.partners.flatMap((p) => (p.countryCode ? [p.countryCode] : []));
    return [...new Set([...partners, ...extra]), NONE];
  }, [project.partners, extra]);
  const nameOf = (code: string) => (code === NONE ? t('projects.grid.noCountry') : (countryOptions.find((c) => c.value === code)?.label ?? code));
  const indicators = project.indicators;

  const rowTotal = (indicatorId: string) => columns.reduce((sum, code) => sum + (parseNumber(values[cellKey(indicatorId, code)] ?? '') ?? 0), 0);
  const filled = Object.values(values).filter((v) => v.trim()).length;

  function focusCell(row: number, col: number) {
    const r = Math.max(0, Math.min(indicators.length - 1, row));
    const c = Math.max(0, Math.min(columns.length - 1, col));
    const input = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`);
    input?.focus();
    input?.select();
  }

  function onCellKey(e: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    let target: [number, number] | null = null;
    if (e.key === 'ArrowUp') target = [row - 1, col];
    else if (e.key === 'ArrowDown' || e.key === 'Enter') target = [row + 1, col];
    else if (e.key === 'ArrowLeft' && (atStart || allSelected)) target = [row, col - 1];
    else if (e.key === 'ArrowRight' && (atEnd || allSelected)) target = [row, col + 1];
    if (!target) return;
    e.preventDefault();
    focusCell(...target);
  }

  async function save() {
    if (busy) return;
    const local: Record<string, string> = {};
    const sent: string[] = [];
    const rows = [];
    for (const indicator of indicators) {
      for (const code of columns) {
        const key = cellKey(indicator.id, code);
        const text = values[key]?.trim() ?? '';
        if (!text) continue;
        const count = parseNumber(text);
        if (count === null) {
          local[key] = t('projects.entries.notANumber');
          continue;
        }
        if (count === 0) continue;
        sent.push(key);
        rows.push({ indicatorId: indicator.id, occurredOn, count, countryCodes: code === NONE ? [] : [code], note });
      }
    }
    if (Object.keys(local).length) {
      setErrors(local);
      setGeneral([t('projects.grid.fixCells')]);
      return;
    }
    if (rows.length === 0) {
      setErrors({});
      setGeneral([t('projects.grid.nothing')]);
      return;
    }
    setBusy(true);
    setErrors({});
    setGeneral([]);
    try {
      const result = await invoke('entries.createMany', { rows });
      props.onSaved(result.created);
      props.onClose();
    } catch (e) {
      const byPath = errorsOf(e);
      const cells: Record<string, string> = {};
      const rest: string[] = [];
      for (const [path, message] of Object.entries(byPath)) {
        const match = /^rows\.(\d+)\.(\w+)/.exec(path);
        const key = match ? sent[Number(match[1])] : undefined;
        if (match?.[2] === 'occurredOn' || path === 'occurredOn') rest.push(`${t('projects.entries.date')}: ${message}`);
        else if (key) cells[key] = message;
        else rest.push(message);
      }
      setErrors(cells);
      setGeneral([...new Set(rest)]);
    } finally {
      setBusy(false);
    }
  }

  const dateChoices = [
    { label: t('projects.grid.thisQuarterEnd'), day: quarterEnd(today) },
    { label: t('projects.grid.lastQuarterEnd'), day: quarterEnd(today, 1) },
  ].map((c) => ({ ...c, day: clampDay(c.day, project.startsOn, project.endsOn) }));
  const addable = countryOptions.filter((c) => !columns.includes(c.value));

  return (
    <Dialog
      open
      title={t('projects.grid.title')}
      subtitle={t('projects.grid.subtitle')}
      busy={busy}
      onClose={props.onClose}
      testId="period-grid"
      className="projects-dialog period-grid-dialog"
      actions={
        <DialogActions
          note={
            <span className="muted small period-grid-count" aria-live="polite">
              {t('projects.grid.filled', { count: filled })}
            </span>
          }
          onCancel={props.onClose}
          onConfirm={() => void save()}
          busy={busy}
          title={t('common.saveShortcut')}
        >
          {busy ? t('common.saving') : t('projects.grid.save')}
        </DialogActions>
      }
    >
      <div className="form" onKeyDown={saveShortcut(() => void save())}>
        <div className="period-grid-settings">
          <Field label={t('projects.grid.date')} required hint={t('projects.grid.dateHint')}>
            {(control) => (
              <input {...control} className="input" type="date" autoFocus value={occurredOn} min={project.startsOn} max={project.endsOn} onChange={(e) => setOccurredOn(e.target.value)} />
            )}
          </Field>
          <div className="period-grid-shortcuts">
            {dateChoices.map((choice) => (
              <button key={choice.label} type="button" className="button button-small" onClick={() => setOccurredOn(choice.day)} aria-pressed={occurredOn === choice.day}>
                {choice.label}
                <span className="muted">{formatDay(choice.day)}</span>
              </button>
            ))}
          </div>
          <Field label={t('projects.grid.note')} className="period-grid-note">
            {(control) => <input {...control} className="input" maxLength={5000} value={note} placeholder={t('projects.grid.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </div>
        {general.map((message) => (
          <FieldError key={message} message={message} />
        ))}
        <div className="period-grid-scroll">
          <table ref={tableRef} className="period-grid" aria-label={t('projects.grid.tableLabel')}>
            <thead>
              <tr>
                <th scope="col" className="period-grid-indicator">
                  {t('projects.grid.indicator')}
                </th>
                {columns.map((code) => (
                  <th key={code || 'none'} scope="col" className="period-grid-col" title={nameOf(code)}>
                    {code ? <span className="partner-code">{code}</span> : null}
                    <span className="period-grid-country">{nameOf(code)}</span>
                  </th>
                ))}
                <th scope="col" className="period-grid-total">
                  {t('projects.grid.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator, row) => {
                const total = rowTotal(indicator.id);
                return (
                  <tr key={indicator.id}>
                    <th scope="row" className="period-grid-indicator">
                      <span>{indicator.name}</span>
                      {indicator.unit ? <span className="muted small">{indicator.unit}</span> : null}
                    </th>
                    {columns.map((code, col) => {
                      const key = cellKey(indicator.id, code);
                      const error = errors[key];
                      return (
                        <td key={code || 'none'} className={error ? 'period-grid-cell has-error' : 'period-grid-cell'}>
                          <input
                            className="input num-input"
                            inputMode="decimal"
                            data-row={row}
                            data-col={col}
                            aria-label={t('projects.grid.cellLabel', { indicator: indicator.name, country: nameOf(code) })}
                            aria-invalid={error ? true : undefined}
                            title={error}
                            value={values[key] ?? ''}
                            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                            onKeyDown={(e) => onCellKey(e, row, col)}
                            onFocus={(e) => e.currentTarget.select()}
                          />
                        </td>
                      );
                    })}
                    <td className="period-grid-total">{total ? formatCount(total) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="period-grid-footer">
          <select
            className="select period-grid-add"
            aria-label={t('projects.grid.addCountry')}
            value=""
            onChange={(e) => {
              if (e.target.value) setExtra((list) => [...list, e.target.value]);
            }}
          >
            <option value="">{t('projects.grid.addCountry')}</option>
            {addable.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <p className="muted small">
            <Icon name="info" size={13} />
            {t('projects.grid.keysHint')}
          </p>
        </div>
      </div>
    </Dialog>
  );
}
