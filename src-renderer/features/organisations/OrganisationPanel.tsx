import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKinds, type Organisation } from '../../../src-shared/contract';
import type { AppErrorData } from '../../../src-shared/errors';
import { useCommand, useLeaveGuard } from '../../app/commands';
import { Banner } from '../../components/Banner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { SidePanel } from '../../components/SidePanel';
import { invoke, toAppError, validate } from '../../lib/client';
import { formatDateTime, formatNumber } from '../../lib/format';
import { issuesByPath, unplacedErrors, type FieldErrors } from '../../lib/issues';
import { organisationLabel, useLookups } from '../../lib/lookups';
import { draftToInput, emptyOrganisationDraft, organisationToDraft, sameDraft, type OrganisationDraft } from './draft';
import type { OrganisationPanelState } from './store';

type Problem = { kind: 'conflict' } | { kind: 'not_found' } | { kind: 'error'; error: AppErrorData };

const FIELDS = ['name', 'acronym', 'kind', 'countryCode', 'parentId', 'website', 'notes'];

export function OrganisationPanel(props: {
  state: NonNullable<OrganisationPanelState>;
  onClose: () => void;
  onSaved: (org: Organisation, created: boolean) => void;
  onDeleted: (org: Organisation) => void;
}) {
  const { t } = useTranslation();
  const { state } = props;
  const editing = state.mode === 'edit';
  const countries = useLookups((s) => s.countries);
  const organisations = useLookups((s) => s.organisations);

  const startRow = state.mode === 'edit' ? state.row : null;
  const [record, setRecord] = useState<Organisation | null>(startRow);
  const [initial, setInitial] = useState<OrganisationDraft>(() => (startRow ? organisationToDraft(startRow) : emptyOrganisationDraft));
  const [draft, setDraft] = useState<OrganisationDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'discard' | null>(null);
  const [deleting, setDeleting] = useState(false);
  // What to do once the user agrees to discard (close by default, or open another item).
  const afterDiscard = useRef<(() => void) | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dirtyRef = useRef(false);

  const dirty = !sameDraft(draft, initial);
  dirtyRef.current = dirty;

  async function fetchLatest(replaceDraft: boolean) {
    if (state.mode !== 'edit') return;
    try {
      const org = await invoke('organisations.get', { id: state.id });
      setRecord(org);
      if (replaceDraft || !dirtyRef.current) {
        const fresh = organisationToDraft(org);
        setInitial(fresh);
        setDraft(fresh);
        setErrors({});
      }
      setProblem(null);
    } catch (error) {
      const data = toAppError(error);
      setProblem(data.code === 'not_found' ? { kind: 'not_found' } : { kind: 'error', error: data });
    }
  }

  useEffect(() => {
    void fetchLatest(false);
  }, []);

  useEffect(() => {
    if (attempted) setErrors(issuesByPath(validate('organisations.create', draftToInput(draft))));
  }, [draft, attempted]);

  function change<K extends keyof OrganisationDraft>(field: K, value: OrganisationDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  async function save(overwrite = false) {
    if (saving) return;
    const input = draftToInput(draft);
    setAttempted(true);
    setProblem(null);
    setSaving(true);
    try {
      const saved =
        state.mode === 'edit'
          ? await invoke('organisations.update', { ...input, id: state.id, expectedUpdatedAt: overwrite ? undefined : record?.updatedAt })
          : await invoke('organisations.create', input);
      setInitial(draft);
      props.onSaved(saved, state.mode === 'new');
    } catch (error) {
      const data = toAppError(error);
      if (data.code === 'invalid_input') {
        const found = issuesByPath(data.details?.issues ?? []);
        setErrors(found);
        if (Object.keys(found).length === 0) setProblem({ kind: 'error', error: data });
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      } else if (data.code === 'conflict') {
        setProblem({ kind: 'conflict' });
      } else if (data.code === 'not_found') {
        setProblem({ kind: 'not_found' });
      } else {
        setProblem({ kind: 'error', error: data });
      }
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    if (!record) return;
    setDeleting(true);
    try {
      await invoke('organisations.delete', { id: record.id });
      setConfirm(null);
      props.onDeleted(record);
    } catch (error) {
      const data = toAppError(error);
      setConfirm(null);
      setProblem(data.code === 'not_found' ? { kind: 'not_found' } : { kind: 'error', error: data });
    } finally {
      setDeleting(false);
    }
  }

  function requestClose() {
    if (confirm) return;
    if (dirty) {
      afterDiscard.current = null;
      setConfirm('discard');
    } else {
      props.onClose();
    }
  }

  useLeaveGuard((proceed) => {
    if (!dirtyRef.current) return proceed();
    afterDiscard.current = proceed;
    setConfirm('discard');
  });

  useCommand('save', () => void save(), !confirm);
  useCommand('close', requestClose);

  const otherErrors = unplacedErrors(errors, FIELDS);
  const name = record?.name ?? '';
  const peopleCount = record?.peopleCount ?? 0;
  // An organisation cannot sit under itself.
  const parentOptions = useMemo(
    () => organisations.filter((o) => o.id !== record?.id).sort((a, b) => organisationLabel(a).localeCompare(organisationLabel(b))),
    [organisations, record?.id],
  );

  return (
    <SidePanel
      title={editing ? name || t('organisations.form.editTitle') : t('organisations.form.newTitle')}
      subtitle={
        record ? (
          <span>
            {t('organisations.form.peopleCount', { count: peopleCount, formatted: formatNumber(peopleCount) })}
            {' · '}
            {t('common.updatedAt', { date: formatDateTime(record.updatedAt) })}
          </span>
        ) : editing ? null : (
          t('organisations.form.newSubtitle')
        )
      }
      onClose={requestClose}
      testId="organisation-panel"
      footer={
        <>
          {editing && record ? (
            <button type="button" className="button button-danger-quiet" onClick={() => setConfirm('delete')} disabled={saving}>
              <Icon name="trash" size={16} />
              {t('common.delete')}
            </button>
          ) : null}
          <div className="spacer" />
          <button type="button" className="button" onClick={requestClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="organisation-form"
            className="button button-primary"
            disabled={saving || problem?.kind === 'not_found'}
            title={t('common.saveShortcut')}
          >
            {saving ? t('common.saving') : editing ? t('common.save') : t('organisations.form.create')}
          </button>
        </>
      }
    >
      {problem?.kind === 'conflict' ? (
        <Banner
          kind="warning"
          title={t('organisations.conflict.title')}
          actions={
            <>
              <button type="button" className="button button-small" onClick={() => void fetchLatest(true)}>
                {t('conflict.reload')}
              </button>
              <button type="button" className="button button-small" onClick={() => void save(true)}>
                {t('conflict.overwrite')}
              </button>
            </>
          }
        >
          {t('organisations.conflict.text')}
        </Banner>
      ) : null}
      {problem?.kind === 'not_found' ? (
        <Banner kind="error" title={t('organisations.notFound.title')}>
          {t('organisations.notFound.text')}
        </Banner>
      ) : null}
      {problem?.kind === 'error' ? (
        <Banner kind="error" title={t(`errors.codes.${problem.error.code}`)}>
          {problem.error.message}
        </Banner>
      ) : null}
      {otherErrors.length ? (
        <Banner kind="error" title={t('errors.codes.invalid_input')}>
          {otherErrors.join(' ')}
        </Banner>
      ) : null}
      <form
        id="organisation-form"
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
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
            <select {...control} className="select" value={draft.countryCode} onChange={(e) => change('countryCode', e.target.value)}>
              <option value="">{t('organisations.form.noCountry')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
              {draft.countryCode && !countries.some((c) => c.code === draft.countryCode) ? (
                <option value={draft.countryCode}>{record?.countryName ?? draft.countryCode}</option>
              ) : null}
            </select>
          )}
        </Field>
        <Field label={t('organisations.form.parent')} error={errors.parentId} hint={t('organisations.form.parentHint')}>
          {(control) => (
            <select {...control} className="select" value={draft.parentId} onChange={(e) => change('parentId', e.target.value)}>
              <option value="">{t('organisations.form.noParent')}</option>
              {parentOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {organisationLabel(o)}
                </option>
              ))}
              {draft.parentId && !parentOptions.some((o) => o.id === draft.parentId) ? (
                <option value={draft.parentId}>{record?.parentName ?? draft.parentId}</option>
              ) : null}
            </select>
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
      </form>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={t('organisations.delete.title', { name })}
        confirmLabel={t('organisations.delete.confirm')}
        danger
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(null)}
      >
        <p>{t('organisations.delete.text', { name })}</p>
        <p>
          {peopleCount > 0
            ? t('organisations.delete.people', { count: peopleCount, formatted: formatNumber(peopleCount) })
            : t('organisations.delete.noPeople')}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'discard'}
        title={t('discard.title')}
        confirmLabel={t('discard.confirm')}
        cancelLabel={t('discard.keep')}
        danger
        onConfirm={() => {
          setConfirm(null);
          const next = afterDiscard.current;
          afterDiscard.current = null;
          if (next) next();
          else props.onClose();
        }}
        onCancel={() => setConfirm(null)}
      >
        <p>{t('discard.text')}</p>
      </ConfirmDialog>
    </SidePanel>
  );
}
