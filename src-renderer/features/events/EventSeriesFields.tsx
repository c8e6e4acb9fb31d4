import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiaisonEvent } from '../../../src-shared/contract';
import { Field, LookupSelect } from '../../components/Field';
import { invoke } from '../../lib/client';
import { useBodyOptions } from '../../lib/lookups';
import { titleOrdinal, type RenumberPreview, renumberSignature, useRenumberPreview } from '../../lib/renumber';
import { draftToInput, type EventDraft } from './draft';
import type { Hold } from './eventCalls';
import type { EventFormPart } from './EventFormSections';
import { useBodySeries } from './useSeries';

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Which meetings of the series saving would renumber, said before saving (`preview`) and
 * confirmed by a second save (`hold`, asked afresh at each save, so a save typed faster than the
 * notice appears is held back too).
 */
export function useRenumbering(draft: EventDraft, record: LiaisonEvent | null): { preview: RenumberPreview | null; hold: Hold } {
  const { t } = useTranslation();
  const previewInput = useMemo(() => {
    if (!draft.seriesId && !record?.seriesId) return null;
    const { when } = draftToInput(draft).input;
    return { id: record?.id ?? null, seriesId: draft.seriesId || null, status: draft.status, when };
  }, [draft, record?.id, record?.seriesId]);
  const preview = useRenumberPreview(previewInput);
  // The renumbering the user was shown and saved again over.
  const confirmedRenumbering = useRef<string | null>(null);
  const hold: Hold = async (input) => {
    if (!input.seriesId && !record?.seriesId) return [];
    const now = await invoke('events.renumberPreview', { id: record?.id ?? null, seriesId: input.seriesId ?? null, status: input.status ?? 'planned', when: input.when }).catch(
      () => null,
    );
    const signature = renumberSignature(now);
    if (!now?.renumbered.length || confirmedRenumbering.current === signature) return [];
    confirmedRenumbering.current = signature;
    return [{ path: 'renumber', message: t('renumber.confirmHint') }];
  };
  return { preview, hold };
}

/** The body, its meeting series, and the title: typed, or the series' numbered name. */
export function EventSeriesFields({ draft, setDraft, change, errors, record, preview }: EventFormPart & { preview: RenumberPreview | null }) {
  const { t } = useTranslation();
  const bodyOptions = useBodyOptions();
  const series = useBodySeries(draft.bodyId);
  const seriesOptions = useMemo(() => series.map((s) => ({ value: s.id, label: capitalise(s.name) })), [series]);
  const chosenSeries = series.find((s) => s.id === draft.seriesId);
  // The number the meeting will get, once known, instead of "Nth".
  const seriesName = chosenSeries?.name ?? record?.seriesName ?? '';
  const seriesTitle =
    preview?.number && seriesName
      ? `${titleOrdinal(preview.number)} ${seriesName}`
      : record && record.seriesId === draft.seriesId
        ? record.title
        : t('events.form.seriesTitleNew', { name: seriesName });
  return (
    <>
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
    </>
  );
}
