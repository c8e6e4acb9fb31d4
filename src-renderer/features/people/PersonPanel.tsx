import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, Person } from '../../../src-shared/contract';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, FieldError, ListField, LookupSelect } from '../../components/Field';
import { invoke } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { validate } from '../../lib/validate';
import { listErrors } from '../../lib/issues';
import { useCountryOptions, useLookups, useOrganisationOptions } from '../../lib/lookups';
import { useRecordEditor, type RecordCalls, type RecordPanelProps } from '../../lib/useRecordEditor';
import { draftToInput, emptyPersonDraft, personToDraft, splitLanguages } from './draft';
import { ChangedOn } from '../../components/ChangedOn';
import { MergeDialog, PersonHistory } from './PersonHistory';

const FIELDS = ['fullName', 'honorific', 'givenNames', 'familyName', 'postNominals', 'otherScriptName', 'position', 'organisationId', 'countryCode', 'emails', 'phones', 'languages', 'isSpoc', 'onHandouts', 'notes'];

const calls: RecordCalls<Person, CallInput<'people.create'>> = {
  get: (id) => invoke('people.get', { id }),
  create: (input) => invoke('people.create', input),
  update: (input, target) => invoke('people.update', { ...input, ...target }),
  remove: (id) => invoke('people.delete', { id }),
  validate: (input) => validate('people.create', input),
};

export function PersonPanel(props: RecordPanelProps<Person>) {
  const { t } = useTranslation();
  const organisations = useLookups((s) => s.organisations);
  const countryOptions = useCountryOptions();
  const organisationOptions = useOrganisationOptions({ byLabel: true });
  const editor = useRecordEditor(props, { empty: emptyPersonDraft, toDraft: personToDraft, toInput: (draft) => draftToInput(draft).input, calls });
  const { record, draft, setDraft, change, errors } = editor;
  const { emailPositions, phonePositions } = useMemo(() => draftToInput(draft), [draft]);
  const [merging, setMerging] = useState(false);

  const languageErrors = Object.entries(errors)
    .filter(([path]) => path.startsWith('languages.'))
    .map(([path, message]) => {
      const code = splitLanguages(draft.languages)[Number(path.split('.')[1])];
      return code ? t('people.form.languageIssue', { code, message }) : message;
    });
  const languageError = errors.languages ?? (languageErrors.length ? languageErrors.join(' ') : undefined);

  return (
    <EditorPanel editor={editor} messages="people" name={record?.fullName ?? ''} fields={FIELDS} testId="person-panel">
      {record ? <ChangedOn dataset="people" row={record.id} /> : null}
      <Field label={t('people.form.fullName')} error={errors.fullName} required>
        {(control) => (
          <input {...control} className="input" value={draft.fullName} autoComplete="off" onChange={(e) => change('fullName', e.target.value)} />
        )}
      </Field>
      <details className="name-parts" open={Boolean(draft.givenNames || draft.familyName || draft.honorific || draft.postNominals || draft.otherScriptName) || undefined}>
        <summary>{t('people.form.nameParts')}</summary>
        <p className="field-hint">{t('people.form.namePartsHint')}</p>
        <div className="form-row">
          <Field label={t('people.form.honorific')} error={errors.honorific}>
            {(control) => <input {...control} className="input" value={draft.honorific} autoComplete="off" onChange={(e) => change('honorific', e.target.value)} />}
          </Field>
          <Field label={t('people.form.postNominals')} error={errors.postNominals}>
            {(control) => <input {...control} className="input" value={draft.postNominals} autoComplete="off" onChange={(e) => change('postNominals', e.target.value)} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('people.form.givenNames')} error={errors.givenNames}>
            {(control) => <input {...control} className="input" value={draft.givenNames} autoComplete="off" onChange={(e) => change('givenNames', e.target.value)} />}
          </Field>
          <Field label={t('people.form.familyName')} error={errors.familyName}>
            {(control) => <input {...control} className="input" value={draft.familyName} autoComplete="off" onChange={(e) => change('familyName', e.target.value)} />}
          </Field>
        </div>
        <Field label={t('people.form.otherScriptName')} error={errors.otherScriptName} hint={t('people.form.otherScriptNameHint')}>
          {(control) => (
            <input {...control} className="input" value={draft.otherScriptName} autoComplete="off" onChange={(e) => change('otherScriptName', e.target.value)} />
          )}
        </Field>
      </details>
      <Field label={t('people.form.position')} error={errors.position}>
        {(control) => <input {...control} className="input" value={draft.position} autoComplete="off" onChange={(e) => change('position', e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label={t('people.form.organisation')} error={errors.organisationId}>
          {(control) => (
            <LookupSelect
              control={control}
              value={draft.organisationId}
              options={organisationOptions}
              emptyLabel={t('people.form.noOrganisation')}
              missingLabel={record?.organisationName}
              onChange={(id) => {
                const org = organisations.find((o) => o.id === id);
                setDraft((d) => ({ ...d, organisationId: id, countryCode: d.countryCode || org?.countryCode || '' }));
              }}
            />
          )}
        </Field>
        <Field label={t('people.form.country')} error={errors.countryCode}>
          {(control) => (
            <LookupSelect
              control={control}
              value={draft.countryCode}
              options={countryOptions}
              emptyLabel={t('people.form.noCountry')}
              missingLabel={countryName(record?.countryCode, record?.countryName)}
              onChange={(code) => change('countryCode', code)}
            />
          )}
        </Field>
      </div>
      <ListField
        label={t('people.form.emails')}
        type="email"
        values={draft.emails}
        onChange={(values) => change('emails', values)}
        errors={listErrors(errors, 'emails', emailPositions)}
        itemLabel={(i) => t('people.form.emailN', { n: i + 1 })}
        removeLabel={(i) => t('people.form.removeEmailN', { n: i + 1 })}
        addLabel={t('people.form.addEmail')}
        placeholder={t('people.form.emailPlaceholder')}
      />
      <ListField
        label={t('people.form.phones')}
        type="tel"
        values={draft.phones}
        onChange={(values) => change('phones', values)}
        errors={listErrors(errors, 'phones', phonePositions)}
        itemLabel={(i) => t('people.form.phoneN', { n: i + 1 })}
        removeLabel={(i) => t('people.form.removePhoneN', { n: i + 1 })}
        addLabel={t('people.form.addPhone')}
        placeholder={t('people.form.phonePlaceholder')}
      />
      <Field label={t('people.form.languages')} error={languageError} hint={t('people.form.languagesHint')}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={draft.languages}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('people.form.languagesPlaceholder')}
            onChange={(e) => change('languages', e.target.value)}
          />
        )}
      </Field>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={draft.isSpoc} onChange={(e) => change('isSpoc', e.target.checked)} />
          <span>
            {t('people.form.spoc')}
            <span className="field-hint-inline">{t('people.form.spocHint')}</span>
          </span>
        </label>
        {errors.isSpoc ? <FieldError message={errors.isSpoc} /> : null}
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={!draft.onHandouts} onChange={(e) => change('onHandouts', !e.target.checked)} />
          <span>
            {t('people.form.offHandouts')}
            <span className="field-hint-inline">{t('people.form.offHandoutsHint')}</span>
          </span>
        </label>
      </div>
      <Field label={t('people.form.notes')} error={errors.notes}>
        {(control) => <textarea {...control} className="textarea" rows={5} value={draft.notes} onChange={(e) => change('notes', e.target.value)} />}
      </Field>
      {record ? (
        <>
          <PersonHistory personId={record.id} />
          <button type="button" className="button button-small" onClick={() => setMerging(true)}>
            {t('people.merge.open')}
          </button>
          <MergeDialog keep={record} open={merging} onClose={() => setMerging(false)} onMerged={() => void editor.fetchLatest(true)} />
        </>
      ) : null}
    </EditorPanel>
  );
}
