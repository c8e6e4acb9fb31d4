import type { Dispatch, SetStateAction } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LiaisonEvent } from '../../../src-shared/contract';
import { MultiSelect } from '../../components/Chips';
import { Field, FieldError, LookupSelect } from '../../components/Field';
import { countryName } from '../../lib/countries';
import type { FieldErrors } from '../../lib/issues';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';
import { formatTimes, timeZoneNames, userTimeZone, zoneOffsetLabel, zonedToInstant } from '../../lib/time';
import { withAllDay, withEnd, withStart, type EventDraft } from './draft';
import { DateTimeInput } from '../../components/TimeInput';

/** What each part of the event's form gets of its editor. */
export interface EventFormPart {
  draft: EventDraft;
  setDraft: Dispatch<SetStateAction<EventDraft>>;
  change: <K extends keyof EventDraft>(field: K, value: EventDraft[K]) => void;
  errors: FieldErrors;
  record: LiaisonEvent | null;
}

/**
 * What the chosen zone means for the user, so a call at 09:30 in Istanbul is not missed at home.
 * Worked out by the panel, outside the form, so that a failure here is the whole form's.
 */
export function zoneHintOf(draft: EventDraft, t: TFunction): string {
  if (draft.allDay) return t('events.form.zoneHintAllDay');
  const here = userTimeZone();
  const startsAt = zonedToInstant(draft.start, draft.timeZone);
  const endsAt = zonedToInstant(draft.end, draft.timeZone);
  if (!startsAt || !endsAt || endsAt < startsAt) return t('events.form.zoneHint');
  const offset = zoneOffsetLabel(startsAt, draft.timeZone);
  return draft.timeZone === here
    ? t('events.form.zoneHintSame', { zone: draft.timeZone, offset })
    : t('events.form.zoneHintOther', { zone: draft.timeZone, offset, local: formatTimes(startsAt, endsAt, here), here });
}

/** All day or not, the first and last day or the start and end, and the zone they are in. */
export function EventWhenSection({ draft, setDraft, change, errors, zoneHint }: EventFormPart & { zoneHint: string }) {
  const { t } = useTranslation();
  const zones = timeZoneNames();
  const here = userTimeZone();
  const whenError = errors.when ?? errors['when.allDay'];
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{t('events.form.when')}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={draft.allDay} onChange={(e) => setDraft((d) => withAllDay(d, e.target.checked))} />
        <span>{t('events.form.allDay')}</span>
      </label>
      <div className="form-row">
        <Field label={draft.allDay ? t('events.form.firstDay') : t('events.form.starts')} error={errors['when.start']} required>
          {(control) =>
            draft.allDay ? (
              <input {...control} className="input" type="date" value={draft.start} onChange={(e) => setDraft((d) => withStart(d, e.target.value))} />
            ) : (
              <DateTimeInput {...control} className="input" timeLabel={t('events.form.starts')} value={draft.start} onChange={(start) => setDraft((d) => withStart(d, start))} />
            )
          }
        </Field>
        <Field label={draft.allDay ? t('events.form.lastDay') : t('events.form.ends')} error={errors['when.end']} required>
          {(control) =>
            draft.allDay ? (
              <input {...control} className="input" type="date" value={draft.end} min={draft.start} onChange={(e) => setDraft((d) => withEnd(d, e.target.value))} />
            ) : (
              <DateTimeInput {...control} className="input" timeLabel={t('events.form.ends')} value={draft.end} onChange={(end) => setDraft((d) => withEnd(d, end))} />
            )
          }
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
  );
}

/** The venue, its city and country. */
export function EventWhereSection({ draft, change, errors, record }: EventFormPart) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  return (
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
              missingLabel={countryName(record?.venueCountryCode, record?.venueCountryName)}
              onChange={(code) => change('venueCountryCode', code)}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}

/** The host, the organisers, the funding and the audience. */
export function EventWhoSection({ draft, change, errors, record }: EventFormPart) {
  const { t } = useTranslation();
  const organisationOptions = useOrganisationOptions({ byLabel: true });
  const organiserError = Object.entries(errors).find(([path]) => path === 'organiserIds' || path.startsWith('organiserIds.'))?.[1];
  return (
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
            onChange={(id) => change('hostOrgId', id)}
          />
        )}
      </Field>
      <Field label={t('events.form.organisers')} error={organiserError}>
        {(control) => (
          <MultiSelect
            control={control}
            values={draft.organiserIds}
            onChange={(ids) => change('organiserIds', ids)}
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
  );
}
