import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, type ActionItem, type ActionStatus, type Person, type RosterRow } from '../../../src-shared/contract';
import { FormDialog } from '../../components/FormDialog';
import { Field, type ControlProps } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { unplacedErrors } from '../../lib/issues';
import { useDialogSave } from '../../lib/useDialogSave';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { AgendaItemSelect, type AgendaChoice } from './AgendaItemSelect';
import { compareText } from '../../lib/locale';

/** A new action item for the event, or one to edit. */
export type ActionTarget = { mode: 'new' } | { mode: 'edit'; item: ActionItem };

const FIELDS = ['title', 'agendaItemId', 'ownerId', 'dueOn', 'status', 'notes'];
const SEARCH_LIMIT = 8;

const personDetail = (p: { countryCode: string | null; organisationAcronym: string | null; organisationName: string | null }) =>
  [p.countryCode, p.organisationAcronym || p.organisationName].filter(Boolean).join(' · ');

/** Who must do what by when: the owner from the roster, or anyone in the directory. */
export function ActionDialog(props: {
  target: ActionTarget | null;
  eventId: string;
  roster: RosterRow[];
  agendaItems: AgendaChoice[];
  /** The agenda could not be read: its absence says nothing about the event. */
  agendaUnavailable: boolean;
  onClose: () => void;
  onSaved: (item: ActionItem) => void;
}) {
  const { t } = useTranslation();
  const { target } = props;
  const [title, setTitle] = useState('');
  const [agendaItemId, setAgendaItemId] = useState<string | null>(null);
  const [owner, setOwner] = useState<{ id: string; label: string } | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [status, setStatus] = useState<ActionStatus>('open');
  const [notes, setNotes] = useState('');
  const { busy, errors, run, reset } = useDialogSave({ conflicts: false });

  useEffect(() => {
    if (!target) return;
    const item = target.mode === 'edit' ? target.item : null;
    setTitle(item?.title ?? '');
    setAgendaItemId(item?.agendaItemId ?? null);
    setOwner(item?.ownerId ? { id: item.ownerId, label: item.ownerName ?? '' } : null);
    setDueOn(item?.dueOn ?? '');
    setStatus(item?.status ?? 'open');
    setNotes(item?.notes ?? '');
    reset();
  }, [target]);

  async function save() {
    if (!target || busy) return;
    const fields = { title, agendaItemId, ownerId: owner?.id ?? null, dueOn: dueOn || null, status, notes };
    await run(async () => {
      const saved =
        target.mode === 'new'
          ? await invoke('actions.create', { eventId: props.eventId, ...fields })
          : await invoke('actions.update', { id: target.item.id, ...fields, expectedUpdatedAt: target.item.updatedAt });
      props.onSaved(saved);
      props.onClose();
    });
  }

  const general = unplacedErrors(errors, FIELDS);
  return (
    <FormDialog
      open={target !== null}
      title={target?.mode === 'edit' ? t('outcomes.actionDialog.editTitle') : t('outcomes.actionDialog.newTitle')}
      subtitle={t('outcomes.actionDialog.hint')}
      busy={busy}
      saveLabel={target?.mode === 'edit' ? t('common.save') : t('outcomes.actionDialog.add')}
      onSave={() => void save()}
      onClose={props.onClose}
      errors={general}
      testId="action-dialog"
      className="outcomes-dialog"
    >
      <Field label={t('outcomes.actionDialog.what')} required error={errors.title}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            autoFocus
            maxLength={500}
            value={title}
            placeholder={t('outcomes.actionDialog.whatPlaceholder')}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('outcomes.actionDialog.owner')} error={errors.ownerId}>
        {(control) => <OwnerPicker control={control} roster={props.roster} owner={owner} onChange={setOwner} />}
      </Field>
      <div className="form-row">
        <Field label={t('outcomes.actionDialog.dueOn')} error={errors.dueOn}>
          {(control) => <input {...control} className="input" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
        </Field>
        <Field label={t('outcomes.actionDialog.status')} error={errors.status}>
          {(control) => (
            <select {...control} className="select" value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
              {actionStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`actions.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('outcomes.agendaItem')} error={errors.agendaItemId} hint={props.agendaItems.length || props.agendaUnavailable ? undefined : t('outcomes.noAgendaItems')}>
        {(control) => (
          <AgendaItemSelect
            control={control}
            items={props.agendaItems}
            value={agendaItemId}
            missingLabel={target?.mode === 'edit' ? target.item.agendaItemTitle : null}
            onChange={setAgendaItemId}
          />
        )}
      </Field>
      <Field label={t('outcomes.actionDialog.notes')} error={errors.notes}>
        {(control) => <textarea {...control} className="textarea" rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}

/** The roster in a select, and a directory search for an owner who is not on it. */
function OwnerPicker(props: {
  control: ControlProps;
  roster: RosterRow[];
  owner: { id: string; label: string } | null;
  onChange: (owner: { id: string; label: string } | null) => void;
}) {
  const { t } = useTranslation();
  const { owner, onChange } = props;
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 200);

  const people = useMemo(
    () =>
      props.roster
        .map((r) => ({ id: r.personId, name: r.fullName, detail: personDetail({ ...r, countryCode: r.representingCountryCode ?? r.personCountryCode }) }))
        .sort((a, b) => compareText(a.name, b.name)),
    [props.roster],
  );
  const onRoster = owner ? people.some((p) => p.id === owner.id) : false;

  const searched = useCall('people.list', query ? { search: query, sort: 'relevance', limit: SEARCH_LIMIT } : null);
  const found: { rows: Person[]; query: string } | null = searched.data || searched.error ? { rows: searched.data?.rows ?? [], query } : null;

  return (
    <div className="owner-picker">
      <select
        {...props.control}
        className="select"
        value={owner?.id ?? ''}
        onChange={(e) => {
          const person = people.find((p) => p.id === e.target.value);
          onChange(person ? { id: person.id, label: person.name } : null);
        }}
      >
        <option value="">{t('outcomes.actionDialog.noOwner')}</option>
        {people.length ? (
          <optgroup label={t('outcomes.actionDialog.onRoster')}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.detail ? `${p.name} (${p.detail})` : p.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {owner && !onRoster ? (
          <optgroup label={t('outcomes.actionDialog.fromDirectory')}>
            <option value={owner.id}>{owner.label || t('outcomes.actionDialog.someone')}</option>
          </optgroup>
        ) : null}
      </select>
      <div className="search-box owner-search">
        <Icon name="search" size={16} />
        <input
          className="input search-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-label={t('outcomes.actionDialog.searchDirectory')}
          placeholder={people.length ? t('outcomes.actionDialog.searchDirectory') : t('outcomes.actionDialog.searchDirectoryEmptyRoster')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && search) {
              e.preventDefault();
              e.stopPropagation();
              setSearch('');
            }
          }}
        />
      </div>
      {found && found.query === query && query ? (
        found.rows.length ? (
          <ul className="owner-results" aria-label={t('outcomes.actionDialog.results')}>
            {found.rows.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="owner-result"
                  onClick={() => {
                    onChange({ id: p.id, label: p.fullName });
                    setSearch('');
                  }}
                >
                  <span className="owner-result-name">{p.fullName}</span>
                  <span className="muted small">{personDetail(p)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small owner-none">{t('outcomes.actionDialog.nobodyFound')}</p>
        )
      ) : null}
    </div>
  );
}
