import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, eventStatuses, type CallInput, type LiaisonEvent } from '../../../src-shared/contract';
import type { FieldIssue } from '../../../src-shared/errors';
import { ChipsInput, MultiSelect } from '../../components/Chips';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, FieldError, LookupSelect } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { ClientError, invoke } from '../../lib/client';
import { validate } from '../../lib/validate';
import { formatDateTime } from '../../lib/format';
import { listErrors } from '../../lib/issues';
import { useBodyOptions, useCountryOptions, useLookups, useOrganisationOptions } from '../../lib/lookups';
import { formatTimes, timeZoneNames, userTimeZone, zoneOffsetLabel, zonedToInstant } from '../../lib/time';
import { useRecordEditor, type RecordCalls, type RecordPanelProps } from '../../lib/useRecordEditor';
import { describeWhen } from './undo';
import { draftToInput, emptyEventDraft, eventRules, eventToDraft, withAllDay, withEnd, withStart, type EventDraft, type EventPrefill } from './draft';
import { keptDraftFor, useKeptDraft } from './keptDraft';
import { RenumberNotice } from '../../components/RenumberNotice';
import { ordinal, renumberSignature, useRenumberPreview } from '../../lib/renumber';
import { useBodySeries } from './useSeries';

type Input = CallInput<'events.create'>;

const FIELDS = [
  'kind',
  'title',
  'bodyId',
  'seriesId',
  'when',
  'venueName',
  'venueCity',
  'venueCountryCode',
  'hostOrgId',
  'organiserIds',
  'fundingProgramme',
  'audience',
  'status',
  'tags',
  'links',
  'notes',
  'renumber',
];

const check = (input: Input) => [...validate('events.create', input), ...eventRules(input)];

/**
 * The contract's schema and the service's own rules (a title unless in a series, an end after the
 * start), checked before sending; then `hold`, which stops a save the user must confirm first.
 */
async function checked<T>(input: Input, hold: Hold, send: () => Promise<T>): Promise<T> {
  const issues = check(input);
  if (!issues.length) issues.push(...(await hold(input)));
  if (issues.length) throw new ClientError({ code: 'invalid_input', message: 'Some fields need attention.', details: { issues } });
  return send();
}

type Hold = (input: Input) => Promise<FieldIssue[]>;

function eventCalls(hold: Hold): RecordCalls<LiaisonEvent, Input> {
  return {
    get: (id) => invoke('events.get', { id }),
    create: (input) => checked(input, hold, () => invoke('events.create', input)),
    update: (input, target) => checked(input, hold, () => invoke('events.update', { ...input, ...target })),
    remove: (id) => invoke('events.delete', { id }),
    validate: check,
  };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Creates or edits an event with every field of the contract. */
export function EventPanel(props: RecordPanelProps<LiaisonEvent> & { prefill?: EventPrefill | undefined }) {
  const { t } = useTranslation();
  const keptKey = props.state.mode === 'edit' ? `edit:${props.state.id}` : `new:${JSON.stringify(props.prefill ?? {})}`;
  const [restored] = useState(() => keptDraftFor(keptKey));
  // Set below once the preview is known; read when a save is attempted.
  const holdRef = useRef<Hold>(() => Promise.resolve([]));
  const calls = useMemo(() => eventCalls((input) => holdRef.current(input)), []);
  const forget = () => useKeptDraft.getState().forget(keptKey);
  const editor = useRecordEditor(
    {
      ...props,
      onClose: () => {
        forget();
        props.onClose();
      },
      onSaved: (event, created) => {
        forget();
        props.onSaved(event, created);
      },
      onDeleted: (event) => {
        forget();
        props.onDeleted(event);
      },
    },
    {
      empty: emptyEventDraft(props.prefill),
      restored,
      onDiscard: forget,
      toDraft: eventToDraft,
      toInput: (draft) => draftToInput(draft).input,
      calls,
    },
  );
  const { record, draft, setDraft, change, errors } = editor;

  // Kept outside the form, so neither a failure of the form nor "Try again" loses what was typed.
  useEffect(() => {
    useKeptDraft.getState().keep(keptKey, draft);
  }, [keptKey, draft]);

  // Which meetings of the series saving would renumber, said before saving and confirmed by a second save.
  const previewInput = useMemo(() => {
    if (!draft.seriesId && !record?.seriesId) return null;
    const { when } = draftToInput(draft).input;
    return { id: record?.id ?? null, seriesId: draft.seriesId || null, status: draft.status, when };
  }, [draft, record?.id, record?.seriesId]);
  const preview = useRenumberPreview(previewInput);
  // The renumbering the user was shown and saved again over; asked afresh at each save, so a save
  // typed faster than the notice appears is held back too.
  const confirmedRenumbering = useRef<string | null>(null);
  holdRef.current = async (input) => {
    if (!input.seriesId && !record?.seriesId) return [];
    const now = await invoke('events.renumberPreview', { id: record?.id ?? null, seriesId: input.seriesId ?? null, status: input.status ?? 'planned', when: input.when }).catch(
      () => null,
    );
    const signature = renumberSignature(now);
    if (!now?.renumbered.length || confirmedRenumbering.current === signature) return [];
    confirmedRenumbering.current = signature;
    return [{ path: 'renumber', message: t('renumber.confirmHint') }];
  };
  const { linkPositions } = useMemo(() => draftToInput(draft), [draft]);
  const bodyOptions = useBodyOptions();
  const countryOptions = useCountryOptions();
  const organisationOptions = useOrganisationOptions({ byLabel: true });
  const tags = useLookups((s) => s.tags);
  const tagNames = useMemo(() => tags.map((tag) => tag.name), [tags]);
  const series = useBodySeries(draft.bodyId);
  const seriesOptions = useMemo(() => series.map((s) => ({ value: s.id, label: capitalise(s.name) })), [series]);
  const chosenSeries = series.find((s) => s.id === draft.seriesId);
  // The number the meeting will get, once known, instead of "Nth".
  const seriesName = chosenSeries?.name ?? record?.seriesName ?? '';
  const seriesTitle =
    preview?.number && seriesName
      ? `${ordinal(preview.number)} ${seriesName}`
      : record && record.seriesId === draft.seriesId
        ? record.title
        : t('events.form.seriesTitleNew', { name: seriesName });
  const zones = timeZoneNames();
  const here = userTimeZone();

  const set = <K extends keyof EventDraft>(field: K) => (value: EventDraft[K]) => change(field, value);

  // What the chosen zone means for the user, so a call at 09:30 in Istanbul is not missed at home.
  let zoneHint = draft.allDay ? t('events.form.zoneHintAllDay') : t('events.form.zoneHint');
  if (!draft.allDay) {
    const startsAt = zonedToInstant(draft.start, draft.timeZone);
    const endsAt = zonedToInstant(draft.end, draft.timeZone);
    if (startsAt && endsAt && endsAt >= startsAt) {
      const offset = zoneOffsetLabel(startsAt, draft.timeZone);
      zoneHint =
        draft.timeZone === here
          ? t('events.form.zoneHintSame', { zone: draft.timeZone, offset })
          : t('events.form.zoneHintOther', { zone: draft.timeZone, offset, local: formatTimes(startsAt, endsAt, here), here });
    }
  }

  const tagErrors = Object.entries(errors)
    .filter(([path]) => path === 'tags' || path.startsWith('tags.'))
    .map(([path, message]) => {
      const tag = draft.tags[Number(path.split('.')[1])];
      return tag ? `“${tag}”: ${message}` : message;
    });
  const invalidTags = new Set(
    Object.keys(errors)
      .filter((path) => path.startsWith('tags.'))
      .map((path) => Number(path.split('.')[1])),
  );
  const linkErrors = listErrors(errors, 'links', linkPositions);
  const organiserError = Object.entries(errors).find(([path]) => path === 'organiserIds' || path.startsWith('organiserIds.'))?.[1];
  const whenError = errors.when ?? errors['when.allDay'];

  return (
    <EditorPanel
      editor={editor}
      messages="events"
      name={record?.title ?? ''}
      fields={FIELDS}
      testId="event-panel"
      wide
      recordSubtitle={
        record ? (
          <span>
            {describeWhen(record)}
            {' · '}
            {t('common.updatedAt', { date: formatDateTime(record.updatedAt) })}
          </span>
        ) : null
      }
      deleteDetails={<p>{record?.seriesId ? t('events.delete.series') : t('events.delete.children')}</p>}
      footerNotice={preview ? <RenumberNotice preview={preview} confirm={errors.renumber} /> : null}
    >
      <div className="form-row">
        <Field label={t('events.form.kind')} error={errors.kind}>
          {(control) => (
            <select {...control} className="select" value={draft.kind} onChange={(e) => change('kind', e.target.value as EventDraft['kind'])}>
              {eventKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`events.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('events.form.status')} error={errors.status}>
          {(control) => (
            <select {...control} className="select" value={draft.status} onChange={(e) => change('status', e.target.value as EventDraft['status'])}>
              {eventStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`events.statuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('events.form.body')} error={errors.bodyId}>
          {(control) => (
            <LookupSelect
              control={control}
              value={draft.bodyId}
              options={bodyOptions}
              emptyLabel={t('events.form.noBody')}
              missingLabel={record?.bodyName}
              onChange={(bodyId) => setDraft((d) => ({ ...d, bodyId, seriesId: bodyId === d.bodyId ? d.seriesId : '' }))}
            />
          )}
        </Field>
        <Field
          label={t('events.form.series')}
          error={errors.seriesId}
          hint={!draft.bodyId ? t('events.form.seriesNeedsBody') : series.length === 0 ? t('events.form.noSeriesYet') : undefined}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={draft.seriesId}
              disabled={!draft.bodyId}
              onChange={(e) => {
                const chosen = series.find((s) => s.id === e.target.value);
                setDraft((d) => ({ ...d, seriesId: e.target.value, kind: chosen?.eventKind ?? d.kind }));
              }}
            >
              <option value="">{t('events.form.noSeries')}</option>
              {seriesOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
              {draft.seriesId && !chosenSeries ? <option value={draft.seriesId}>{record?.seriesName ?? draft.seriesId}</option> : null}
            </select>
          )}
        </Field>
      </div>
      {draft.seriesId ? (
        <Field label={t('events.form.title')} error={errors.title} hint={t('events.form.seriesTitleHint')}>
          {(control) => <input {...control} className="input" value={seriesTitle} disabled readOnly />}
        </Field>
      ) : (
        <Field label={t('events.form.title')} error={errors.title} required>
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.title}
              autoComplete="off"
              placeholder={t('events.form.titlePlaceholder')}
              onChange={(e) => change('title', e.target.value)}
            />
          )}
        </Field>
      )}

      <fieldset className="form-section">
        <legend className="form-section-title">{t('events.form.when')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.allDay} onChange={(e) => setDraft((d) => withAllDay(d, e.target.checked))} />
          <span>{t('events.form.allDay')}</span>
        </label>
        <div className="form-row">
          <Field label={draft.allDay ? t('events.form.firstDay') : t('events.form.starts')} error={errors['when.start']} required>
            {(control) => (
              <input
                {...control}
                className="input"
                type={draft.allDay ? 'date' : 'datetime-local'}
                value={draft.start}
                onChange={(e) => {
                  const start = e.target.value;
                  setDraft((d) => withStart(d, start));
                }}
              />
            )}
          </Field>
          <Field label={draft.allDay ? t('events.form.lastDay') : t('events.form.ends')} error={errors['when.end']} required>
            {(control) => (
              <input
                {...control}
                className="input"
                type={draft.allDay ? 'date' : 'datetime-local'}
                value={draft.end}
                min={draft.allDay ? draft.start : undefined}
                onChange={(e) => {
                  const end = e.target.value;
                  setDraft((d) => withEnd(d, end));
                }}
              />
            )}
          </Field>
        </div>
        <Field label={t('events.form.timeZone')} error={errors['when.timeZone']} hint={zoneHint}>
          {(control) => (
            <select {...control} className="select" value={draft.timeZone} onChange={(e) => change('timeZone', e.target.value)}>
              {zones.includes(draft.timeZone) ? null : <option value={draft.timeZone}>{draft.timeZone}</option>}
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone === here ? t('events.form.yourZone', { zone }) : zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        {whenError ? <FieldError message={whenError} /> : null}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section-title">{t('events.form.where')}</legend>
        <Field label={t('events.form.venueName')} error={errors.venueName}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.venueName}
              autoComplete="off"
              placeholder={t('events.form.venuePlaceholder')}
              onChange={(e) => change('venueName', e.target.value)}
            />
          )}
        </Field>
        <div className="form-row">
          <Field label={t('events.form.venueCity')} error={errors.venueCity}>
            {(control) => <input {...control} className="input" value={draft.venueCity} autoComplete="off" onChange={(e) => change('venueCity', e.target.value)} />}
          </Field>
          <Field label={t('events.form.venueCountry')} error={errors.venueCountryCode}>
            {(control) => (
              <LookupSelect
                control={control}
                value={draft.venueCountryCode}
                options={countryOptions}
                emptyLabel={t('events.form.noCountry')}
                missingLabel={record?.venueCountryName}
                onChange={set('venueCountryCode')}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section-title">{t('events.form.who')}</legend>
        <Field label={t('events.form.host')} error={errors.hostOrgId} hint={t('events.form.hostHint')}>
          {(control) => (
            <LookupSelect
              control={control}
              value={draft.hostOrgId}
              options={organisationOptions}
              emptyLabel={t('events.form.noHost')}
              missingLabel={record?.hostOrgName}
              onChange={set('hostOrgId')}
            />
          )}
        </Field>
        <Field label={t('events.form.organisers')} error={organiserError}>
          {(control) => (
            <MultiSelect
              control={control}
              values={draft.organiserIds}
              onChange={set('organiserIds')}
              options={organisationOptions}
              addLabel={t('events.form.addOrganiser')}
              removeLabel={(name) => t('events.form.removeOrganiser', { name })}
              missingLabel={(id) => record?.organisers.find((o) => o.id === id)?.name ?? id}
            />
          )}
        </Field>
        <Field label={t('events.form.funding')} error={errors.fundingProgramme} hint={t('events.form.fundingHint')}>
          {(control) => (
            <input {...control} className="input" value={draft.fundingProgramme} autoComplete="off" onChange={(e) => change('fundingProgramme', e.target.value)} />
          )}
        </Field>
        <Field label={t('events.form.audience')} error={errors.audience}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={2}
              value={draft.audience}
              placeholder={t('events.form.audiencePlaceholder')}
              onChange={(e) => change('audience', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <Field label={t('events.form.tags')} error={tagErrors.length ? tagErrors.join(' ') : undefined} hint={t('events.form.tagsHint')}>
        {(control) => (
          <ChipsInput
            control={control}
            values={draft.tags}
            onChange={set('tags')}
            suggestions={tagNames}
            placeholder={t('events.form.tagsPlaceholder')}
            removeLabel={(tag) => t('events.form.removeTag', { tag })}
            invalid={invalidTags}
          />
        )}
      </Field>

      <fieldset className="field list-field">
        <legend className="field-label">{t('events.form.links')}</legend>
        {draft.links.map((link, index) => {
          const error = linkErrors[index];
          const errorId = `event-link-${index}-error`;
          const update = (patch: Partial<typeof link>) => setDraft((d) => ({ ...d, links: d.links.map((l, i) => (i === index ? { ...l, ...patch } : l)) }));
          return (
            <div key={index} className={`list-field-item${error ? ' has-error' : ''}`}>
              <div className="link-row">
                <input
                  className="input link-label"
                  value={link.label}
                  aria-label={t('events.form.linkLabelN', { n: index + 1 })}
                  aria-describedby={error ? errorId : undefined}
                  placeholder={t('events.form.linkLabelPlaceholder')}
                  onChange={(e) => update({ label: e.target.value })}
                />
                <input
                  className="input"
                  type="url"
                  inputMode="url"
                  value={link.url}
                  spellCheck={false}
                  aria-label={t('events.form.linkUrlN', { n: index + 1 })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  placeholder="https://"
                  onChange={(e) => update({ url: e.target.value })}
                />
                {draft.links.length > 1 || link.label || link.url ? (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('events.form.removeLinkN', { n: index + 1 })}
                    title={t('common.remove')}
                    onClick={() => setDraft((d) => ({ ...d, links: d.links.length > 1 ? d.links.filter((_, i) => i !== index) : [{ label: '', url: '' }] }))}
                  >
                    <Icon name="close" size={16} />
                  </button>
                ) : null}
              </div>
              {error ? <FieldError id={errorId} message={error} /> : null}
            </div>
          );
        })}
        {draft.links.length < 30 ? (
          <button type="button" className="button button-quiet button-small" onClick={() => setDraft((d) => ({ ...d, links: [...d.links, { label: '', url: '' }] }))}>
            <Icon name="plus" size={14} />
            {t('events.form.addLink')}
          </button>
        ) : null}
      </fieldset>

      <Field label={t('events.form.notes')} error={errors.notes}>
        {(control) => <textarea {...control} className="textarea" rows={5} value={draft.notes} onChange={(e) => change('notes', e.target.value)} />}
      </Field>
    </EditorPanel>
  );
}
