import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, eventStatuses, type LiaisonEvent } from '../../../src-shared/contract';
import { ChipsInput } from '../../components/Chips';
import { EditorPanel } from '../../components/EditorPanel';
import { Field } from '../../components/Field';
import { RenumberNotice } from '../../components/RenumberNotice';
import { formatDateTime } from '../../lib/format';
import { listErrors } from '../../lib/issues';
import { useLookups } from '../../lib/lookups';
import { useRecordEditor, type RecordPanelProps } from '../../lib/useRecordEditor';
import { draftToInput, emptyEventDraft, eventToDraft, type EventDraft, type EventPrefill } from './draft';
import { eventCalls, type Hold } from './eventCalls';
import { EventWhenSection, EventWhereSection, EventWhoSection, type EventFormPart, zoneHintOf } from './EventFormSections';
import { EventLinksField } from './EventLinksField';
import { EventSeriesFields, useRenumbering } from './EventSeriesFields';
import { keptDraftFor, useKeptDraft } from './keptDraft';
import { describeWhen } from './undo';

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
  const part: EventFormPart = { draft, setDraft, change, errors, record };

  // Kept outside the form, so neither a failure of the form nor "Try again" loses what was typed.
  useEffect(() => {
    useKeptDraft.getState().keep(keptKey, draft);
  }, [keptKey, draft]);

  const { preview, hold } = useRenumbering(draft, record);
  holdRef.current = hold;
  const { linkPositions } = useMemo(() => draftToInput(draft), [draft]);
  const zoneHint = zoneHintOf(draft, t);
  const tags = useLookups((s) => s.tags);
  const tagNames = useMemo(() => tags.map((tag) => tag.name), [tags]);

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
      <EventSeriesFields {...part} preview={preview} />
      <EventWhenSection {...part} zoneHint={zoneHint} />
      <EventWhereSection {...part} />
      <EventWhoSection {...part} />

      <Field label={t('events.form.tags')} error={tagErrors.length ? tagErrors.join(' ') : undefined} hint={t('events.form.tagsHint')}>
        {(control) => (
          <ChipsInput
            control={control}
            values={draft.tags}
            onChange={(next) => change('tags', next)}
            suggestions={tagNames}
            placeholder={t('events.form.tagsPlaceholder')}
            removeLabel={(tag) => t('events.form.removeTag', { tag })}
            invalid={invalidTags}
          />
        )}
      </Field>

      <EventLinksField draft={draft} setDraft={setDraft} errors={listErrors(errors, 'links', linkPositions)} />

      <Field label={t('events.form.notes')} error={errors.notes}>
        {(control) => <textarea {...control} className="textarea" rows={5} value={draft.notes} onChange={(e) => change('notes', e.target.value)} />}
      </Field>
    </EditorPanel>
  );
}
