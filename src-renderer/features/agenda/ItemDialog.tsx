import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Agenda, type AgendaItem, type AgendaItemKind, agendaItemKinds, type Person, type RosterRow } from '../../../src-shared/contract';
import type { AppErrorData } from '../../../src-shared/errors';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, FieldError } from '../../components/Field';
import { invoke, toAppError } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { clock, minutesOf } from './clock';
import { TimeInput } from '../../components/TimeInput';

/** Where a new item goes; an existing one is edited in place. */
export type ItemTarget = { mode: 'new'; sessionId: string; afterItemId?: string | null; startMin: number } | { mode: 'edit'; item: AgendaItem };

interface Speaker {
  personId: string;
  fullName: string;
  detail: string;
  onRoster: boolean;
}

const DEFAULT_DURATION: Partial<Record<AgendaItemKind, number>> = { break: 30, lunch: 60, opening: 15, closing: 15 };

/**
 * One item of the agenda: kind, title, when (a fixed start, or following the item before it, and a
 * duration or an end), speakers from the roster, description and notes.
 */
export function ItemDialog(props: { target: ItemTarget | null; roster: RosterRow[]; onClose: () => void; onSaved: (agenda: Agenda) => void }) {
  const { t } = useTranslation();
  const { target } = props;
  const editing = target?.mode === 'edit' ? target.item : null;
  const [kind, setKind] = useState<AgendaItemKind>('presentation');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [notes, setNotes] = useState('');
  const [fixed, setFixed] = useState(false);
  const [start, setStart] = useState('09:00');
  const [duration, setDuration] = useState(30);
  const [speakers, setSpeakers] = useState<Speaker[]>([]);
  const [addToRoster, setAddToRoster] = useState(true);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  busyRef.current = busy;
  const [highlight, setHighlight] = useState(0);
  const debounced = useDebounced(search, 200);
  const searchRef = useRef<HTMLInputElement>(null);
  const choicesId = useId();

  const rosterByPerson = useMemo(() => new Map(props.roster.map((r) => [r.personId, r])), [props.roster]);

  useEffect(() => {
    if (!target) return;
    setError(null);
    setSearch('');
    setAddToRoster(true);
    if (target.mode === 'edit') {
      const item = target.item;
      setKind(item.kind);
      setTitle(item.title);
      setDescription(item.description);
      setNotes(item.notes);
      setFixed(item.fixedStart !== null);
      setStart(item.fixedStart ?? clock(item.startMin));
      setDuration(item.durationMin);
      setSpeakers(
        item.speakers.map((s) => ({
          personId: s.personId,
          fullName: s.fullName,
          detail: [s.organisationAcronym ?? s.organisationName, countryName(s.countryCode, s.countryName)].filter(Boolean).join(', '),
          onRoster: s.invitation !== null,
        })),
      );
    } else {
      setKind('presentation');
      setTitle('');
      setDescription('');
      setNotes('');
      setFixed(false);
      setStart(clock(target.startMin));
      setDuration(30);
      setSpeakers([]);
    }
  }, [target]);

  // The directory is searched only for people who are not on the roster yet.
  const directory = useCall('people.list', target && debounced.trim().length >= 2 ? { search: debounced, limit: 8 } : null, { keep: true });
  const found: Person[] = directory.error ? [] : (directory.data?.rows.filter((p) => !rosterByPerson.has(p.id)) ?? []);

  const chosen = new Set(speakers.map((s) => s.personId));
  const matches = (text: string) => !search.trim() || text.toLocaleLowerCase().includes(search.trim().toLocaleLowerCase());
  const rosterChoices = props.roster.filter((r) => !chosen.has(r.personId) && matches(r.fullName)).slice(0, 8);
  const newcomers = speakers.filter((s) => !s.onRoster);
  const showChoices = Boolean(search || props.roster.length <= 12);
  const choices: Speaker[] = showChoices
    ? [
        ...rosterChoices.map((r) => ({
          personId: r.personId,
          fullName: r.fullName,
          detail: [r.organisationAcronym || r.organisationName, countryName(r.representingCountryCode, r.representingCountryName)].filter(Boolean).join(', '),
          onRoster: true,
        })),
        ...found.map((p) => ({ personId: p.id, fullName: p.fullName, detail: [p.organisationName, countryName(p.countryCode, p.countryName)].filter(Boolean).join(', '), onRoster: false })),
      ]
    : [];
  const active = Math.min(highlight, choices.length - 1);

  // A search starts on its best match; with nothing typed, nothing is highlighted until an arrow key is pressed.
  useEffect(() => setHighlight(search.trim() ? 0 : -1), [search]);

  /** Adds a speaker and gives the search back its focus, ready for the next name (or Ctrl+Enter). */
  const addSpeaker = (speaker: Speaker) => {
    setSpeakers((list) => [...list, speaker]);
    setSearch('');
    searchRef.current?.focus();
  };

  // Enter picks the highlighted match: a search must never submit the item without its speaker.
  const onSearchKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (choices.length) setHighlight(active < 0 ? (e.key === 'ArrowDown' ? 0 : choices.length - 1) : (active + (e.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = choices[active];
      if (pick) addSpeaker(pick);
    } else if (e.key === 'Escape' && search) {
      // Esc clears the search first; a second Esc closes the dialog.
      e.preventDefault();
      e.stopPropagation();
      setSearch('');
    }
  };

  const endMin = (fixed ? minutesOf(start) : (editing?.startMin ?? (target?.mode === 'new' ? target.startMin : 0))) + duration;

  async function save() {
    if (!target) return;
    setBusy(true);
    setError(null);
    const fields = {
      kind,
      title,
      description,
      notes,
      fixedStart: fixed ? start : null,
      durationMin: duration,
      speakerIds: speakers.map((s) => s.personId),
      addSpeakersToRoster: addToRoster,
    };
    try {
      const next =
        target.mode === 'edit'
          ? await invoke('agenda.updateItem', { id: target.item.id, ...fields, expectedUpdatedAt: target.item.updatedAt })
          : await invoke('agenda.addItem', { sessionId: target.sessionId, ...(target.afterItemId !== undefined ? { afterItemId: target.afterItemId } : {}), ...fields });
      props.onSaved(next);
      props.onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  const saveRef = useRef(save);
  saveRef.current = save;
  // Ctrl+Enter (or Ctrl+S) saves from anywhere in the dialog, the buttons and a lost focus included.
  useEffect(() => {
    if (!target) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && (e.key === 'Enter' || e.key.toLowerCase() === 's')) {
        e.preventDefault();
        e.stopPropagation();
        if (!busyRef.current) void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [target]);

  const issue = (path: string) => error?.details?.issues?.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  const placed = ['title', 'fixedStart', 'durationMin', 'speakerIds', 'description', 'notes'];
  const unplaced = error && !error.details?.issues?.some((i) => placed.some((p) => i.path === p || i.path.startsWith(`${p}.`))) ? error.message : null;

  return (
    <Dialog
      open={target !== null}
      title={editing ? t('agenda.item.editTitle') : t('agenda.item.newTitle')}
      busy={busy}
      onClose={props.onClose}
      testId="agenda-item-dialog"
      className="agenda-dialog"
      actions={
        <DialogActions note={<span className="muted small agenda-dialog-hint">{t('agenda.item.saveHint')}</span>} onCancel={props.onClose} form="agenda-item-form" busy={busy}>
          {editing ? t('common.save') : t('agenda.item.add')}
        </DialogActions>
      }
    >
      <form
        id="agenda-item-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void save();
        }}
      >
        <div className="form-row">
          <Field label={t('agenda.item.kind')}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={kind}
                onChange={(e) => {
                  const next = e.target.value as AgendaItemKind;
                  setKind(next);
                  if (!editing && DEFAULT_DURATION[next]) setDuration(DEFAULT_DURATION[next]!);
                  if (!title && (next === 'break' || next === 'lunch')) setTitle(t(`agenda.kinds.${next}`));
                }}
              >
                {agendaItemKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`agenda.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('agenda.item.title')} required error={issue('title')} className="field-grow">
            {(control) => <input {...control} className="input" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('agenda.item.starts')} hint={fixed ? t('agenda.item.fixedHint') : t('agenda.item.flowHint')} error={issue('fixedStart')}>
            {(control) => (
              <div className="agenda-start">
                <label className="checkbox">
                  <input type="checkbox" checked={fixed} onChange={(e) => setFixed(e.target.checked)} />
                  {t('agenda.item.fixed')}
                </label>
                <TimeInput {...control} className="input agenda-time" value={start} disabled={!fixed} onChange={setStart} />
              </div>
            )}
          </Field>
          <Field label={t('agenda.item.duration')} error={issue('durationMin')}>
            {(control) => (
              <input
                {...control}
                type="number"
                className="input agenda-duration"
                min={0}
                max={1440}
                step={5}
                value={duration}
                onChange={(e) => setDuration(Math.max(0, Math.round(Number(e.target.value) || 0)))}
              />
            )}
          </Field>
          <Field label={t('agenda.item.ends')} hint={t('agenda.item.endsHint')}>
            {(control) => (
              <TimeInput
                {...control}
                className="input agenda-time"
                value={clock(endMin % 1440)}
                onChange={(value) => {
                  if (!value) return;
                  let next = minutesOf(value) - (endMin - duration);
                  if (next < 0) next += 1440;
                  setDuration(next);
                }}
              />
            )}
          </Field>
        </div>

        <fieldset className="field agenda-speakers">
          <legend className="field-label">{t('agenda.item.speakers')}</legend>
          {speakers.length ? (
            <ul className="agenda-speaker-list">
              {speakers.map((s) => (
                <li key={s.personId} className="agenda-speaker-chip">
                  <span>
                    <strong>{s.fullName}</strong>
                    {s.detail ? <span className="muted"> · {s.detail}</span> : null}
                    {!s.onRoster ? <span className="agenda-badge">{t('agenda.item.notOnRoster')}</span> : null}
                  </span>
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    aria-label={t('agenda.item.removeSpeaker', { name: s.fullName })}
                    onClick={() => setSpeakers((list) => list.filter((x) => x.personId !== s.personId))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('agenda.item.noSpeakers')}</p>
          )}
          <input
            ref={searchRef}
            className="input"
            type="search"
            value={search}
            placeholder={t('agenda.item.speakerSearch')}
            aria-label={t('agenda.item.speakerSearch')}
            aria-describedby={`${choicesId}-hint`}
            aria-controls={choices.length ? choicesId : undefined}
            aria-activedescendant={active >= 0 ? `${choicesId}-${active}` : undefined}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={onSearchKeyDown}
          />
          <span id={`${choicesId}-hint`} className="muted small">
            {t('agenda.item.speakerKeys')}
          </span>
          {choices.length ? (
            <ul id={choicesId} className="agenda-speaker-choices" aria-label={t('agenda.item.choices')}>
              {choices.map((c, index) => (
                <li key={c.personId}>
                  <button
                    id={`${choicesId}-${index}`}
                    type="button"
                    className={index === active ? 'agenda-choice is-active' : 'agenda-choice'}
                    onMouseEnter={() => setHighlight(index)}
                    onClick={() => addSpeaker(c)}
                  >
                    <span>{c.fullName}</span>
                    <span className="muted small">
                      {c.detail}
                      {c.onRoster ? '' : `${c.detail ? ' · ' : ''}${t('agenda.item.fromDirectory')}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {newcomers.length ? (
            <label className="checkbox agenda-add-roster">
              <input type="checkbox" checked={addToRoster} onChange={(e) => setAddToRoster(e.target.checked)} />
              {t('agenda.item.addToRoster', { count: newcomers.length, names: newcomers.map((s) => s.fullName).join(', ') })}
            </label>
          ) : null}
          {issue('speakerIds') ? <FieldError message={issue('speakerIds')!} /> : null}
        </fieldset>

        <Field label={t('agenda.item.description')} error={issue('description')}>
          {(control) => <textarea {...control} className="input" rows={3} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field label={t('agenda.item.notes')} hint={t('agenda.item.notesHint')} error={issue('notes')}>
          {(control) => <textarea {...control} className="input" rows={2} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
        {unplaced ? <FieldError message={unplaced} /> : null}
      </form>
    </Dialog>
  );
}
