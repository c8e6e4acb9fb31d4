import { useTranslation } from 'react-i18next';
import { organisationKinds, type CallInput, type Organisation } from '../../../src-shared/contract';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, LookupSelect } from '../../components/Field';
import { invoke } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { validate } from '../../lib/validate';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';
import { useRecordEditor, type RecordCalls, type RecordPanelProps } from '../../lib/useRecordEditor';
import { draftToInput, emptyOrganisationDraft, organisationToDraft, type OrganisationDraft } from './draft';

const FIELDS = ['name', 'acronym', 'kind', 'countryCode', 'parentId', 'website', 'notes'];

const calls: RecordCalls<Organisation, CallInput<'organisations.create'>> = {
  get: (id) => invoke('organisations.get', { id }),
  create: (input) => invoke('organisations.create', input),
  update: (input, target) => invoke('organisations.update', { ...input, ...target }),
  remove: (id) => invoke('organisations.delete', { id }),
  validate: (input) => validate('organisations.create', input),
};

export function OrganisationPanel(props: RecordPanelProps<Organisation>) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const editor = useRecordEditor(props, { empty: emptyOrganisationDraft, toDraft: organisationToDraft, toInput: draftToInput, calls });
  const { record, draft, change, errors } = editor;

  const peopleCount = record?.peopleCount ?? 0;
  // An organisation cannot sit under itself.
  const parentOptions = useOrganisationOptions({ byLabel: true, except: record?.id });

  return (
    <EditorPanel
      editor={editor}
      messages="organisations"
      name={record?.name ?? ''}
      fields={FIELDS}
      testId="organisation-panel"
      recordSubtitle={
        record ? (
          <span>
            {t('organisations.form.peopleCount', { count: peopleCount, formatted: formatNumber(peopleCount) })}
            {' · '}
            {t('common.updatedAt', { date: formatDateTime(record.updatedAt) })}
          </span>
        ) : null
      }
      deleteDetails={
        <p>
          {peopleCount > 0
            ? t('organisations.delete.people', { count: peopleCount, formatted: formatNumber(peopleCount) })
            : t('organisations.delete.noPeople')}
        </p>
      }
    >
      <Field label={t('organisations.form.name')} error={errors.name} required>
        {(control) => <input {...control} className="input" value={draft.name} autoComplete="off" onChange={(e) => change('name', e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label={t('organisations.form.acronym')} error={errors.acronym}>
          {(control) => (
            <input {...control} className="input" value={draft.acronym} autoComplete="off" spellCheck={false} onChange={(e) => change('acronym', e.target.value)} />
          )}
        </Field>
        <Field label={t('organisations.form.kind')} error={errors.kind}>
          {(control) => (
            <select {...control} className="select" value={draft.kind} onChange={(e) => change('kind', e.target.value as OrganisationDraft['kind'])}>
              {organisationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organisations.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('organisations.form.country')} error={errors.countryCode} hint={t('organisations.form.countryHint')}>
        {(control) => (
          <LookupSelect
            control={control}
            value={draft.countryCode}
            options={countryOptions}
            emptyLabel={t('organisations.form.noCountry')}
            missingLabel={countryName(record?.countryCode, record?.countryName)}
            onChange={(code) => change('countryCode', code)}
          />
        )}
      </Field>
      <Field label={t('organisations.form.parent')} error={errors.parentId} hint={t('organisations.form.parentHint')}>
        {(control) => (
          <LookupSelect
            control={control}
            value={draft.parentId}
            options={parentOptions}
            emptyLabel={t('organisations.form.noParent')}
            missingLabel={record?.parentName}
            onChange={(id) => change('parentId', id)}
          />
        )}
      </Field>
      <Field label={t('organisations.form.website')} error={errors.website}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            value={draft.website}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('organisations.form.websitePlaceholder')}
            onChange={(e) => change('website', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('organisations.form.notes')} error={errors.notes}>
        {(control) => <textarea {...control} className="textarea" rows={6} value={draft.notes} onChange={(e) => change('notes', e.target.value)} />}
      </Field>
    </EditorPanel>
  );
}
