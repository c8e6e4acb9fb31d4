import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Project } from '../../../src-shared/contract';
import { useCommand } from '../../lib/commands';
import { LoadError } from '../../components/LoadError';
import { FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { FilterSelect } from '../../components/Screen';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { countryNameByCode } from '../../lib/countries';
import { useCall } from '../../lib/useCall';
import { formatDay, formatNumber } from '../../lib/format';
import { errorsOf, unplacedErrors, type FieldErrors } from '../../lib/issues';
import { useLookups } from '../../lib/lookups';
import { CountriesInput, parseCountries } from './countries';
import { EntryDialog } from './EntryDialog';
import { formatCount, NoIndicators, parseNumber } from './parts';
import { PeriodGridDialog } from './PeriodGrid';
import { userToday } from '../../lib/time';

const PAGE = 200;

/** What an entry holds, for `entries.create`: how an undone delete is put back. */
function entryFields(entry: Entry) {
  return {
    indicatorId: entry.indicatorId,
    occurredOn: entry.occurredOn,
    count: entry.count,
    officers: entry.officers,
    countryCodes: entry.countryCodes,
    eventId: entry.eventId,
    activityId: entry.activityId,
    note: entry.note,
    evidence: entry.evidence,
  };
}

/** The counts behind the indicators: typed one by one, or a whole period at once. */
export function EntriesTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [grid, setGrid] = useState(false);
  const [lastDeleted, setLastDeleted] = useState<Entry | null>(null);
  const quickRef = useRef<HTMLSelectElement>(null);
  // The rows on screen stay while another filter or a longer page loads.
  const entries = useCall(
    'entries.list',
    filter ? { indicatorId: filter, limit: Math.min(limit, 1000) } : { projectId: project.id, limit: Math.min(limit, 1000) },
    { watch: ['projects'], keep: true },
  );
  const rows = entries.data?.rows ?? null;
  const total = entries.data?.total ?? 0;
  const error = entries.error;
  const load = entries.refresh;
  useCommand('new', () => quickRef.current?.focus());

  async function restore(entry: Entry) {
    try {
      await invoke('entries.create', entryFields(entry));
      setLastDeleted((last) => (last?.id === entry.id ? null : last));
      toast('success', t('projects.entries.restored'));
      load();
    } catch (e) {
      toast('error', t('projects.entries.restoreFailed'), toAppError(e).message);
    }
  }
  useCommand('undo', () => lastDeleted && void restore(lastDeleted), lastDeleted !== null);

  async function remove(entry: Entry) {
    try {
      const gone = await invoke('entries.delete', { id: entry.id });
      setLastDeleted(gone);
      toast(
        'success',
        t('projects.entries.deleted', { amount: formatCount(gone.count), name: gone.indicatorName }),
        t('projects.entries.undoHint'),
        { label: t('projects.entries.undo'), run: () => void restore(gone) },
      );
      load();
    } catch (e) {
      // An entry of an issued period says why, in the interface's language.
      toast('error', t('projects.entries.deleteFailed'), toAppError(e).message);
    }
  }

  if (project.indicators.length === 0) {
    return <NoIndicators text={t('projects.entries.needIndicators')} />;
  }

  return (
    <div className="project-entries" data-testid="project-entries">
      <QuickEntry project={project} selectRef={quickRef} onSaved={() => load()} />
      <div className="entries-toolbar">
        <FilterSelect
          label={t('projects.entries.filterIndicator')}
          anyLabel={t('projects.entries.allIndicators')}
          value={filter}
          options={project.indicators.map((i) => ({ value: i.id, label: i.name }))}
          onChange={(value) => setFilter(value)}
        />
        <span className="muted" aria-live="polite">
          {rows ? t('projects.entries.total', { count: total, formatted: formatNumber(total) }) : null}
        </span>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => setGrid(true)}>
          <Icon name="list" size={16} />
          {t('projects.grid.open')}
        </button>
      </div>
      {error ? (
        <LoadError title={t('projects.entries.loadFailed')} error={error} onRetry={() => load()} />
      ) : null}
      {!rows && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
      {rows && rows.length === 0 ? (
        <p className="entries-empty muted" data-testid="entries-empty">
          {filter ? t('projects.entries.emptyFiltered') : t('projects.entries.empty')}
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <div className="card entries-scroll">
          <table className="entries-table" aria-label={t('projects.entries.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('projects.entries.date')}</th>
                <th scope="col">{t('projects.entries.indicator')}</th>
                <th scope="col" className="num">
                  {t('projects.entries.count')}
                </th>
                <th scope="col" className="num">
                  {t('projects.entries.officers')}
                </th>
                <th scope="col">{t('projects.entries.countries')}</th>
                <th scope="col">{t('projects.entries.source')}</th>
                <th scope="col">{t('projects.entries.note')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('projects.entries.tools')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.id} data-testid="entry-row">
                  <td className="nowrap">{formatDay(entry.occurredOn)}</td>
                  <td>{entry.indicatorName}</td>
                  <td className={entry.count < 0 ? 'num is-negative' : 'num'}>{formatCount(entry.count)}</td>
                  <td className="num">{entry.officers === null ? '' : formatNumber(entry.officers)}</td>
                  <td>
                    <span className="entry-countries">
                      {entry.countryCodes.map((code) => (
                        <span key={code} className="partner-code" title={countryNameByCode(code, useLookups.getState().countries)}>
                          {code}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td className="entry-source">
                    {entry.eventTitle ? (
                      <span className="entry-source-line">
                        <Icon name="calendar" size={13} />
                        {entry.eventTitle}
                      </span>
                    ) : null}
                    {entry.activityTitle ? (
                      <span className="entry-source-line">
                        <Icon name="flag" size={13} />
                        {entry.activityTitle}
                      </span>
                    ) : null}
                  </td>
                  <td className="entry-note">
                    {entry.note}
                    {entry.evidence ? (
                      <span className="entry-evidence">
                        <Icon name="link" size={12} />
                        {entry.evidence}
                      </span>
                    ) : null}
                  </td>
                  <td className="entry-tools">
                    <button
                      type="button"
                      className="icon-button"
                      title={t('projects.entries.edit')}
                      aria-label={t('projects.entries.editOne', { name: entry.indicatorName, date: formatDay(entry.occurredOn) })}
                      onClick={() => setEditing(entry)}
                    >
                      <Icon name="edit" size={16} />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      title={t('projects.entries.delete')}
                      aria-label={t('projects.entries.deleteOne', { name: entry.indicatorName, date: formatDay(entry.occurredOn) })}
                      onClick={() => void remove(entry)}
                    >
                      <Icon name="trash" size={16} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length < total ? (
            <div className="entries-more">
              <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)} disabled={limit >= 1000}>
                {t('projects.entries.more', { count: total - rows.length })}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <EntryDialog
        entry={editing}
        project={project}
        onClose={() => setEditing(null)}
        onSaved={() => {
          toast('success', t('projects.entries.saved'));
          load();
        }}
      />
      {grid ? (
        <PeriodGridDialog
          project={project}
          onClose={() => setGrid(false)}
          onSaved={(created) => {
            toast('success', t('projects.grid.saved', { count: created }));
            load();
          }}
        />
      ) : null}
    </div>
  );
}

const QUICK_FIELDS = ['indicatorId', 'occurredOn', 'count', 'officers', 'countryCodes', 'note'];

/** One row to type an entry into; Enter saves it and keeps the indicator and date for the next. */
function QuickEntry({ project, selectRef, onSaved }: { project: Project; selectRef: RefObject<HTMLSelectElement | null>; onSaved: () => void }) {
  const { t } = useTranslation();
  const countries = useLookups((s) => s.countries);
  const [indicatorId, setIndicatorId] = useState(project.indicators[0]?.id ?? '');
  const [occurredOn, setOccurredOn] = useState(userToday());
  const [count, setCount] = useState('');
  const [officers, setOfficers] = useState('');
  const [countryText, setCountryText] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const countRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  useCommand('save', () => {
    if (formRef.current?.contains(document.activeElement)) void save();
  });

  useEffect(() => {
    if (!project.indicators.some((i) => i.id === indicatorId)) setIndicatorId(project.indicators[0]?.id ?? '');
  }, [project.indicators, indicatorId]);

  const indicator = project.indicators.find((i) => i.id === indicatorId);
  // A message about what was typed goes as soon as it is retyped.
  const edit =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      if (Object.keys(errors).length) setErrors({});
    };
  const partnerCodes = project.partners.flatMap((p) => (p.countryCode ? [p.countryCode] : []));

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const parsed = parseCountries(countryText, countries);
    const countValue = parseNumber(count);
    const officersValue = parseNumber(officers);
    const local: FieldErrors = {};
    if (countValue === null) local.count = t('projects.entries.countRequired');
    if (officers.trim() && officersValue === null) local.officers = t('projects.entries.notANumber');
    if (parsed.unknown.length) local.countryCodes = t('projects.entries.unknownCountries', { list: parsed.unknown.join(', ') });
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      const saved = await invoke('entries.create', {
        indicatorId,
        occurredOn,
        count: countValue!,
        officers: officersValue,
        countryCodes: parsed.codes,
        note,
      });
      setErrors({});
      setCount('');
      setOfficers('');
      setCountryText('');
      setNote('');
      toast('success', t('projects.entries.added', { amount: formatCount(saved.count), name: saved.indicatorName }));
      onSaved();
      countRef.current?.focus();
    } catch (e) {
      setErrors(errorsOf(e));
    } finally {
      setBusy(false);
    }
  }

  // A select does not submit its form on Enter by itself.
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      void save();
    }
  }

  const countryError = errors.countryCodes ?? Object.entries(errors).find(([path]) => path.startsWith('countryCodes.'))?.[1];
  const general = unplacedErrors(errors, QUICK_FIELDS);
  const fieldErrors = [errors.indicatorId, errors.occurredOn, errors.count, errors.officers, countryError, errors.note].filter(Boolean) as string[];
  return (
    <form ref={formRef} className="card quick-entry" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} aria-labelledby="quick-entry-title" data-testid="quick-entry" noValidate>
      <h2 id="quick-entry-title" className="quick-entry-title">
        {t('projects.entries.quickTitle')}
        <span className="muted small">{t('projects.entries.quickHint')}</span>
      </h2>
      <div className="quick-entry-row">
        <div className="quick-field quick-indicator">
          <label htmlFor={`${id}-indicator`}>{t('projects.entries.indicator')}</label>
          <select id={`${id}-indicator`} ref={selectRef} className="select" value={indicatorId} aria-invalid={errors.indicatorId ? true : undefined} onChange={(e) => edit(setIndicatorId)(e.target.value)}>
            {project.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <div className="quick-field quick-date">
          <label htmlFor={`${id}-date`}>{t('projects.entries.date')}</label>
          <input id={`${id}-date`} className="input" type="date" value={occurredOn} aria-invalid={errors.occurredOn ? true : undefined} onChange={(e) => edit(setOccurredOn)(e.target.value)} />
        </div>
        <div className="quick-field quick-num">
          <label htmlFor={`${id}-count`}>{t('projects.entries.count')}</label>
          <input
            id={`${id}-count`}
            ref={countRef}
            className="input num-input"
            inputMode="decimal"
            value={count}
            placeholder={indicator?.unit}
            aria-invalid={errors.count ? true : undefined}
            onChange={(e) => edit(setCount)(e.target.value)}
          />
        </div>
        <div className="quick-field quick-num">
          <label htmlFor={`${id}-officers`}>{t('projects.entries.officers')}</label>
          <input id={`${id}-officers`} className="input num-input" inputMode="numeric" value={officers} aria-invalid={errors.officers ? true : undefined} onChange={(e) => edit(setOfficers)(e.target.value)} />
        </div>
        <div className="quick-field quick-countries">
          <label htmlFor={`${id}-countries`}>{t('projects.entries.countries')}</label>
          <CountriesInput
            control={{ id: `${id}-countries`, 'aria-invalid': countryError ? true : undefined }}
            value={countryText}
            onChange={edit(setCountryText)}
            placeholder={partnerCodes.slice(0, 2).join(' ') || 'RO BG'}
            showNames={false}
          />
        </div>
        <div className="quick-field quick-note">
          <label htmlFor={`${id}-note`}>{t('projects.entries.note')}</label>
          <input id={`${id}-note`} className="input" value={note} maxLength={5000} aria-invalid={errors.note ? true : undefined} onChange={(e) => edit(setNote)(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary quick-add" disabled={busy}>
          <Icon name="plus" size={16} />
          {t('projects.entries.add')}
        </button>
      </div>
      <QuickCountries text={countryText} partnerCodes={partnerCodes} />
      {[...fieldErrors, ...general].map((message) => (
        <FieldError key={message} message={message} />
      ))}
    </form>
  );
}

/** What the countries field understood, or the partner countries as a reminder of their codes. */
function QuickCountries({ text, partnerCodes }: { text: string; partnerCodes: string[] }) {
  const { t } = useTranslation();
  const countries = useLookups((s) => s.countries);
  const parsed = parseCountries(text, countries);
  if (text.trim()) {
    const names = parsed.codes.map((code) => countryNameByCode(code, countries));
    return <p className="quick-entry-hint small">{names.length ? t('projects.entries.countriesUnderstood', { list: names.join(', ') }) : null}</p>;
  }
  return <p className="quick-entry-hint small muted">{partnerCodes.length ? t('projects.entries.partnerCodes', { list: partnerCodes.join(' ') }) : t('projects.entries.countriesHint')}</p>;
}
