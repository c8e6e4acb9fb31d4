import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES, eventKinds, type Body, type EventKind, type SeriesSummary } from '../../../src-shared/contract';
import { FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError, type ClientError } from '../../lib/client';
import { formatNumber } from '../../lib/format';
import { issuesByPath } from '../../lib/issues';
import { exportIcs } from '../../lib/ics-export';
import { LANGUAGES } from '../../i18n/languages';

/** The message for the series name, whatever path the service gave it. */
function nameError(error: unknown): string {
  const data = toAppError(error);
  const issues = issuesByPath((error as ClientError).issues ?? data.details?.issues ?? []);
  return issues.name ?? Object.values(issues)[0] ?? data.message;
}

/** Enter in these fields acts on the series, never submits the body's form around them. */
const onEnter = (run: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    run();
  }
};

/**
 * The numbered meeting series of a body. They are saved at once (not with the body's form):
 * "meeting of the SELEC Anti-Terrorism Task Force" numbers its events "9th meeting of …" by date.
 */
export function SeriesSection({ body, onChanged }: { body: Body; onChanged: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EventKind>('task_force_meeting');
  const [first, setFirst] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const suggestion = t('bodies.series.suggestion', { name: body.name });

  async function add() {
    if (busy) return;
    setBusy(true);
    try {
      const created = await invoke('series.create', { bodyId: body.id, name: name.trim() || suggestion, eventKind: kind, firstNumber: Number(first) });
      toast('success', t('bodies.series.created', { name: created.name }));
      setName('');
      setFirst('1');
      setError(null);
      onChanged();
    } catch (e) {
      setError(nameError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="form-section" data-testid="series-section">
      <legend className="form-section-title">{t('bodies.series.title')}</legend>
      <p className="field-hint">{t('bodies.series.hint')}</p>
      {body.series.length ? (
        <ul className="series-list">
          {body.series.map((series) => (
            <SeriesRow key={series.id} series={series} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
      <div className="series-add">
        <span className="field-label">{t('bodies.series.newLabel')}</span>
        <div className="record-row-line">
          <input
            className="input"
            aria-label={t('bodies.series.newName')}
            aria-invalid={error ? true : undefined}
            placeholder={suggestion}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onEnter(() => void add())}
          />
          <select className="select record-row-kind" aria-label={t('bodies.series.newKind')} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {eventKinds.map((k) => (
              <option key={k} value={k}>
                {t(`events.kinds.${k}`)}
              </option>
            ))}
          </select>
          <FirstNumberInput label={t('bodies.series.newFirstNumber')} value={first} onChange={setFirst} />
        </div>
        {error ? <FieldError message={error} /> : null}
        <button type="button" className="button button-small section-add" onClick={() => void add()} disabled={busy}>
          <Icon name="plus" size={14} />
          {t('bodies.series.add')}
        </button>
      </div>
    </fieldset>
  );
}

/** The languages a series' title can be given in for documents; English is its name itself. */
const TITLE_LANGUAGES = DOCUMENT_LANGUAGES.filter((code) => code !== 'en');
const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;

function SeriesRow({ series, onChanged }: { series: SeriesSummary; onChanged: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(series.name);
  const [kind, setKind] = useState<EventKind>(series.eventKind);
  const [first, setFirst] = useState(String(series.firstNumber));
  const [titles, setTitles] = useState<Record<string, string>>(series.titles);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const titlesChanged = TITLE_LANGUAGES.some((code) => (titles[code] ?? '').trim() !== (series.titles[code] ?? ''));
  const changed = name.trim() !== series.name || kind !== series.eventKind || Number(first) !== series.firstNumber || titlesChanged;

  async function rename() {
    if (busy || !changed) return;
    setBusy(true);
    try {
      const saved = await invoke('series.update', {
        id: series.id,
        bodyId: series.bodyId,
        name: name.trim(),
        eventKind: kind,
        firstNumber: Number(first),
        titles: Object.fromEntries(TITLE_LANGUAGES.map((code) => [code, (titles[code] ?? '').trim()])),
      });
      toast('success', t('bodies.series.renamed', { name: saved.name }), series.eventCount ? t('bodies.series.renamedDetail') : undefined);
      setError(null);
      onChanged();
    } catch (e) {
      setError(nameError(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await invoke('series.delete', { id: series.id });
      toast('success', t('bodies.series.deleted', { name: series.name }));
      onChanged();
    } catch (e) {
      setError(toAppError(e).message);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`record-row${error ? ' has-error' : ''}`}>
      <div className="record-row-line">
        <input
          className="input"
          aria-label={t('bodies.series.nameOf', { name: series.name })}
          aria-invalid={error ? true : undefined}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onEnter(() => void rename())}
        />
        <select className="select record-row-kind" aria-label={t('bodies.series.kindOf', { name: series.name })} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
          {eventKinds.map((k) => (
            <option key={k} value={k}>
              {t(`events.kinds.${k}`)}
            </option>
          ))}
        </select>
        <FirstNumberInput label={t('bodies.series.firstNumberOf', { name: series.name })} value={first} onChange={setFirst} />
      </div>
      <details className="series-titles" open={titlesChanged || undefined}>
        <summary className="small">{t('bodies.series.titles')}</summary>
        <p className="field-hint">{t('bodies.series.titlesHint')}</p>
        <div className="series-titles-grid">
          {TITLE_LANGUAGES.map((code) => (
            <label key={code} className="series-title">
              <span className="small muted">{languageName(code)}</span>
              <input
                className="input"
                lang={code}
                aria-label={t('bodies.series.titleIn', { language: languageName(code) })}
                value={titles[code] ?? ''}
                placeholder={`{n}. ${series.name}`}
                onChange={(e) => setTitles((all) => ({ ...all, [code]: e.target.value }))}
                onKeyDown={onEnter(() => void rename())}
              />
            </label>
          ))}
        </div>
      </details>
      <div className="series-meta">
        <span className="muted small">
          {t('bodies.series.events', { count: series.eventCount, formatted: formatNumber(series.eventCount) })}
          {' · '}
          {t('bodies.series.example', { example: t('events.form.seriesTitleNew', { name: series.name }) })}
        </span>
        <div className="spacer" />
        {confirming ? (
          <>
            <span className="small">{series.eventCount ? t('bodies.series.confirmDeleteEvents', { count: series.eventCount }) : t('bodies.series.confirmDelete')}</span>
            <button type="button" className="button button-small" onClick={() => setConfirming(false)} disabled={busy}>
              {t('bodies.series.keep')}
            </button>
            <button type="button" className="button button-small button-danger" onClick={() => void remove()} disabled={busy}>
              {t('bodies.series.delete')}
            </button>
          </>
        ) : (
          <>
            {changed ? (
              <button
                type="button"
                className="button button-small button-primary"
                onClick={() => void rename()}
                disabled={busy}
                aria-label={t('bodies.series.saveOf', { name: series.name })}
              >
                {t('bodies.series.save')}
              </button>
            ) : null}
            {series.eventCount ? (
              <button type="button" className="button button-small button-quiet" onClick={() => void exportIcs({ seriesId: series.id })} title={t('bodies.series.exportTitle')}>
                <Icon name="download" size={14} />
                {t('bodies.series.export')}
              </button>
            ) : null}
            <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirming(true)} aria-label={t('bodies.series.deleteOf', { name: series.name })}>
              <Icon name="trash" size={14} />
            </button>
          </>
        )}
      </div>
      {error ? <FieldError message={error} /> : null}
    </li>
  );
}

/** Where the numbering starts, for a series that began before Liaison did (its 8th meeting is the first one recorded). */
function FirstNumberInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <input
      className="input record-row-first"
      type="number"
      min={1}
      step={1}
      aria-label={label}
      title={t('bodies.series.firstNumberHint')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
