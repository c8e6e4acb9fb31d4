import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Project } from '../../../src-shared/contract';
import { FormDialog } from '../../components/FormDialog';
import { Field, LookupSelect } from '../../components/Field';
import { invoke } from '../../lib/client';
import { formatDate, formatDay } from '../../lib/format';
import { unplacedErrors, type FieldErrors } from '../../lib/issues';
import { useDialogSave } from '../../lib/useDialogSave';
import { useLookups } from '../../lib/lookups';
import { CountriesInput, parseCountries } from './countries';
import { parseNumber } from './parts';

const FIELDS = ['indicatorId', 'occurredOn', 'count', 'officers', 'countryCodes', 'eventId', 'activityId', 'note', 'evidence'];

/** Every field of one entry, including the event or activity it came from and its evidence. */
export function EntryDialog(props: { entry: Entry | null; project: Project; onClose: () => void; onSaved: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const { entry, project } = props;
  const countries = useLookups((s) => s.countries);
  const [indicatorId, setIndicatorId] = useState('');
  const [occurredOn, setOccurredOn] = useState('');
  const [count, setCount] = useState('');
  const [officers, setOfficers] = useState('');
  const [countryText, setCountryText] = useState('');
  const [eventId, setEventId] = useState('');
  const [activityId, setActivityId] = useState('');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const { busy, errors, setErrors, conflict, run, reset } = useDialogSave({ conflicts: true });

  useEffect(() => {
    if (!entry) return;
    setIndicatorId(entry.indicatorId);
    setOccurredOn(entry.occurredOn);
    setCount(String(entry.count));
    setOfficers(entry.officers === null ? '' : String(entry.officers));
    setCountryText(entry.countryCodes.join(' '));
    setEventId(entry.eventId ?? '');
    setActivityId(entry.activityId ?? '');
    setNote(entry.note);
    setEvidence(entry.evidence);
    reset();
  }, [entry]);

  async function save(overwrite = false) {
    if (!entry || busy) return;
    const parsed = parseCountries(countryText, countries);
    const local: FieldErrors = {};
    const countValue = parseNumber(count);
    const officersValue = parseNumber(officers);
    if (countValue === null) local.count = t('projects.entries.countRequired');
    if (officers.trim() && officersValue === null) local.officers = t('projects.entries.notANumber');
    if (parsed.unknown.length) local.countryCodes = t('projects.entries.unknownCountries', { list: parsed.unknown.join(', ') });
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    await run(async () => {
      const saved = await invoke('entries.update', {
        id: entry.id,
        indicatorId,
        occurredOn,
        count: countValue!,
        officers: officersValue,
        countryCodes: parsed.codes,
        eventId: eventId || null,
        activityId: activityId || null,
        note,
        evidence,
        ...(overwrite ? {} : { expectedUpdatedAt: entry.updatedAt }),
      });
      props.onSaved(saved);
      props.onClose();
    });
  }

  const general = unplacedErrors(errors, FIELDS);
  const countryError = errors.countryCodes ?? Object.entries(errors).find(([path]) => path.startsWith('countryCodes.'))?.[1];
  return (
    <FormDialog
      open={entry !== null}
      title={t('projects.entries.editTitle')}
      subtitle={entry ? `${entry.indicatorName} · ${formatDay(entry.occurredOn)}` : undefined}
      onClose={props.onClose}
      testId="entry-dialog"
      className="projects-dialog"
      busy={busy}
      saveLabel={t('common.save')}
      onSave={(overwrite) => void save(overwrite)}
      errors={general}
      conflict={conflict ? { title: t('projects.entries.conflictTitle'), text: t('projects.entries.conflictText') } : null}
    >
      <Field label={t('projects.entries.indicator')} required error={errors.indicatorId}>
        {(control) => (
          <select {...control} className="select" value={indicatorId} autoFocus onChange={(e) => setIndicatorId(e.target.value)}>
            {project.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row form-row-3">
        <Field label={t('projects.entries.date')} required error={errors.occurredOn}>
          {(control) => <input {...control} className="input" type="date" value={occurredOn} onChange={(e) => setOccurredOn(e.target.value)} />}
        </Field>
        <Field label={t('projects.entries.count')} required error={errors.count}>
          {(control) => <input {...control} className="input num-input" inputMode="decimal" value={count} onChange={(e) => setCount(e.target.value)} />}
        </Field>
        <Field label={t('projects.entries.officers')} error={errors.officers}>
          {(control) => <input {...control} className="input num-input" inputMode="numeric" value={officers} onChange={(e) => setOfficers(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('projects.entries.countries')} error={countryError} hint={t('projects.entries.countriesHint')}>
        {(control) => <CountriesInput control={control} value={countryText} onChange={setCountryText} />}
      </Field>
      <div className="form-row">
        <Field label={t('projects.entries.event')} error={errors.eventId} hint={project.events.length ? undefined : t('projects.entries.noLinkedEvents')}>
          {(control) => (
            <LookupSelect
              control={control}
              value={eventId}
              options={project.events.map((e) => ({ value: e.id, label: `${e.title} · ${formatDate(e.startsAt)}` }))}
              emptyLabel={t('projects.entries.noEvent')}
              missingLabel={entry?.eventTitle}
              onChange={setEventId}
            />
          )}
        </Field>
        <Field label={t('projects.entries.activity')} error={errors.activityId}>
          {(control) => (
            <LookupSelect
              control={control}
              value={activityId}
              options={project.activities.map((a) => ({ value: a.id, label: a.title }))}
              emptyLabel={t('projects.entries.noActivity')}
              missingLabel={entry?.activityTitle}
              onChange={setActivityId}
            />
          )}
        </Field>
      </div>
      <Field label={t('projects.entries.note')} error={errors.note}>
        {(control) => <textarea {...control} className="textarea" rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Field label={t('projects.entries.evidence')} error={errors.evidence} hint={t('projects.entries.evidenceHint')}>
        {(control) => <input {...control} className="input" maxLength={2000} value={evidence} onChange={(e) => setEvidence(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
