import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerRoles, projectStatuses, type Project, type ProjectStatus } from '../../../src-shared/contract';
import { FormDialog } from '../../components/FormDialog';
import { Field, FieldError, LookupSelect } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { unplacedErrors } from '../../lib/issues';
import { useDialogSave } from '../../lib/useDialogSave';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';

type Role = (typeof partnerRoles)[number];

interface PartnerRow {
  key: number;
  kind: 'country' | 'organisation';
  value: string;
  role: Role;
}

/** A partner the pickers no longer hold, under its stored name (a country's in the interface language). */
function storedPartner(project: Project | null, value: string): string {
  const partner = project?.partners.find((p) => (p.organisationId ?? p.countryCode) === value);
  return partner ? countryName(partner.countryCode, partner.name) : value;
}

const FIELDS = ['acronym', 'title', 'fundingProgramme', 'startsOn', 'endsOn', 'leadOrgId', 'status', 'description', 'partners'];

let nextKey = 1;

/** A new project, or the fields and partners of one. */
export function ProjectDialog(props: { open: boolean; project: Project | null; onClose: () => void; onSaved: (project: Project) => void }) {
  const { t } = useTranslation();
  const { open, project } = props;
  const countries = useCountryOptions();
  const organisations = useOrganisationOptions({ byLabel: true });
  const [acronym, setAcronym] = useState('');
  const [title, setTitle] = useState('');
  const [funding, setFunding] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [leadOrgId, setLeadOrgId] = useState('');
  const [status, setStatus] = useState<ProjectStatus>('running');
  const [description, setDescription] = useState('');
  const [partners, setPartners] = useState<PartnerRow[]>([]);
  const { busy, errors, conflict, run, reset } = useDialogSave({ conflicts: true });

  useEffect(() => {
    if (!open) return;
    setAcronym(project?.acronym ?? '');
    setTitle(project?.title ?? '');
    setFunding(project?.fundingProgramme ?? '');
    setStartsOn(project?.startsOn ?? '');
    setEndsOn(project?.endsOn ?? '');
    setLeadOrgId(project?.leadOrgId ?? '');
    setStatus(project?.status ?? 'running');
    setDescription(project?.description ?? '');
    setPartners(
      (project?.partners ?? []).map((p) => ({
        key: nextKey++,
        kind: p.organisationId ? 'organisation' : 'country',
        value: p.organisationId ?? p.countryCode ?? '',
        role: p.role,
      })),
    );
    reset();
  }, [open, project]);

  async function save(overwrite = false) {
    if (busy) return;
    const fields = {
      acronym,
      title,
      fundingProgramme: funding,
      startsOn,
      endsOn,
      leadOrgId: leadOrgId || null,
      status,
      description,
      partners: partners.map((p) => ({
        countryCode: p.kind === 'country' ? p.value || null : null,
        organisationId: p.kind === 'organisation' ? p.value || null : null,
        role: p.role,
      })),
    };
    await run(async () => {
      const saved = project
        ? await invoke('projects.update', { id: project.id, ...fields, ...(overwrite ? {} : { expectedUpdatedAt: project.updatedAt }) })
        : await invoke('projects.create', fields);
      props.onSaved(saved);
      props.onClose();
    });
  }

  const update = (key: number, patch: Partial<PartnerRow>) => setPartners((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const partnerError = (index: number) =>
    errors[`partners.${index}.countryCode`] ?? errors[`partners.${index}.organisationId`] ?? errors[`partners.${index}`] ?? errors[`partners.${index}.role`];
  const general = unplacedErrors(errors, FIELDS);

  return (
    <FormDialog
      open={open}
      title={project ? t('projects.editor.editTitle', { name: project.acronym }) : t('projects.editor.newTitle')}
      subtitle={project ? undefined : t('projects.editor.newSubtitle')}
      onClose={props.onClose}
      testId="project-dialog"
      className="projects-dialog"
      busy={busy}
      saveLabel={project ? t('common.save') : t('projects.editor.create')}
      onSave={(overwrite) => void save(overwrite)}
      errors={general}
      conflict={conflict ? { title: t('projects.editor.conflictTitle'), text: t('projects.editor.conflictText') } : null}
    >
      <div className="form-row projects-form-acronym">
        <Field label={t('projects.fields.acronym')} required error={errors.acronym}>
          {(control) => <input {...control} className="input" autoFocus maxLength={60} value={acronym} onChange={(e) => setAcronym(e.target.value)} />}
        </Field>
        <Field label={t('projects.fields.status')} error={errors.status}>
          {(control) => (
            <select {...control} className="select" value={status} onChange={(e) => setStatus(e.target.value as ProjectStatus)}>
              {projectStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`projects.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('projects.fields.title')} required error={errors.title}>
        {(control) => <textarea {...control} className="textarea" rows={2} maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label={t('projects.fields.startsOn')} required error={errors.startsOn}>
          {(control) => <input {...control} className="input" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}
        </Field>
        <Field label={t('projects.fields.endsOn')} required error={errors.endsOn}>
          {(control) => <input {...control} className="input" type="date" value={endsOn} min={startsOn || undefined} onChange={(e) => setEndsOn(e.target.value)} />}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('projects.fields.fundingProgramme')} error={errors.fundingProgramme} hint={t('projects.fields.fundingHint')}>
          {(control) => <input {...control} className="input" maxLength={300} value={funding} onChange={(e) => setFunding(e.target.value)} />}
        </Field>
        <Field label={t('projects.fields.leadOrg')} error={errors.leadOrgId}>
          {(control) => (
            <LookupSelect
              control={control}
              value={leadOrgId}
              options={organisations}
              emptyLabel={t('projects.fields.noLeadOrg')}
              missingLabel={project?.leadOrgName}
              onChange={setLeadOrgId}
            />
          )}
        </Field>
      </div>
      <fieldset className="form-section">
        <legend className="form-section-title">
          {t('projects.fields.partners')}
          {partners.length ? <span className="section-count">{partners.length}</span> : null}
        </legend>
        {errors.partners ? <FieldError message={errors.partners} /> : null}
        {partners.length === 0 ? <p className="muted small">{t('projects.fields.noPartners')}</p> : null}
        {partners.map((row, index) => {
          const error = partnerError(index);
          const label = t('projects.fields.partnerN', { number: index + 1 });
          return (
            <div key={row.key} className={error ? 'record-row has-error' : 'record-row'} data-testid="partner-row">
              <div className="record-row-line">
                <select
                  className="select record-row-kind"
                  aria-label={t('projects.fields.partnerKind', { partner: label })}
                  value={row.kind}
                  onChange={(e) => update(row.key, { kind: e.target.value as PartnerRow['kind'], value: '' })}
                >
                  <option value="country">{t('projects.fields.kindCountry')}</option>
                  <option value="organisation">{t('projects.fields.kindOrganisation')}</option>
                </select>
                <select
                  className="select"
                  aria-label={label}
                  aria-invalid={error ? true : undefined}
                  value={row.value}
                  onChange={(e) => update(row.key, { value: e.target.value })}
                >
                  <option value="">{row.kind === 'country' ? t('projects.fields.chooseCountry') : t('projects.fields.chooseOrganisation')}</option>
                  {(row.kind === 'country' ? countries : organisations).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                  {row.value && !(row.kind === 'country' ? countries : organisations).some((o) => o.value === row.value) ? (
                    <option value={row.value}>{storedPartner(project, row.value)}</option>
                  ) : null}
                </select>
                <select
                  className="select projects-role"
                  aria-label={t('projects.fields.partnerRole', { partner: label })}
                  value={row.role}
                  onChange={(e) => update(row.key, { role: e.target.value as Role })}
                >
                  {partnerRoles.map((r) => (
                    <option key={r} value={r}>
                      {t(`projects.roles.${r}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('projects.fields.removePartner', { partner: label })}
                  title={t('common.remove')}
                  onClick={() => setPartners((rows) => rows.filter((r) => r.key !== row.key))}
                >
                  <Icon name="close" size={16} />
                </button>
              </div>
              {error ? <FieldError message={error} /> : null}
            </div>
          );
        })}
        <div className="button-row">
          <button
            type="button"
            className="button button-quiet button-small section-add"
            onClick={() => setPartners((rows) => [...rows, { key: nextKey++, kind: 'country', value: '', role: 'beneficiary' }])}
          >
            <Icon name="plus" size={14} />
            {t('projects.fields.addCountry')}
          </button>
          <button
            type="button"
            className="button button-quiet button-small section-add"
            onClick={() => setPartners((rows) => [...rows, { key: nextKey++, kind: 'organisation', value: '', role: 'partner' }])}
          >
            <Icon name="plus" size={14} />
            {t('projects.fields.addOrganisation')}
          </button>
        </div>
      </fieldset>
      <Field label={t('projects.fields.description')} error={errors.description}>
        {(control) => <textarea {...control} className="textarea" rows={4} maxLength={20000} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
