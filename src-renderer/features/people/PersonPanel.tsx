import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-shared/contract';
import type { AppErrorData } from '../../../src-shared/errors';
import { useCommand, useLeaveGuard } from '../../app/commands';
import { Banner } from '../../components/Banner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FieldError, ListField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { SidePanel } from '../../components/SidePanel';
import { invoke, toAppError, validate } from '../../lib/client';
import { formatDateTime } from '../../lib/format';
import { issuesByPath, listErrors, unplacedErrors, type FieldErrors } from '../../lib/issues';
import { organisationLabel, useLookups } from '../../lib/lookups';
import { draftToInput, emptyPersonDraft, personToDraft, sameDraft, splitLanguages, type PersonDraft } from './draft';
import type { PersonPanelState } from './store';

type Problem = { kind: 'conflict' } | { kind: 'not_found' } | { kind: 'error'; error: AppErrorData };

const FIELDS = ['fullName', 'position', 'organisationId', 'countryCode', 'emails', 'phones', 'languages', 'isSpoc', 'notes'];

export function PersonPanel(props: {
  state: NonNullable<PersonPanelState>;
  onClose: () => void;
  onSaved: (person: Person, created: boolean) => void;
  onDeleted: (person: Person) => void;
}) {
  const { t } = useTranslation();
  const { state } = props;
  const editing = state.mode === 'edit';
  const countries = useLookups((s) => s.countries);
  const organisations = useLookups((s) => s.organisations);

  const startRow = state.mode === 'edit' ? state.row : null;
  const [record, setRecord] = useState<Person | null>(startRow);
  const [initial, setInitial] = useState<PersonDraft>(() => (startRow ? personToDraft(startRow) : emptyPersonDraft));
  const [draft, setDraft] = useState<PersonDraft>(initial);
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
  const { emailPositions, phonePositions } = useMemo(() => draftToInput(draft), [draft]);

  async function fetchLatest(replaceDraft: boolean) {
    if (state.mode !== 'edit') return;
    try {
      const person = await invoke('people.get', { id: state.id });
      setRecord(person);
      if (replaceDraft || !dirtyRef.current) {
        const fresh = personToDraft(person);
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

  // The row from the list may be a few seconds old: fetch the stored version once.
  useEffect(() => {
    void fetchLatest(false);
  }, []);

  // After a first save attempt, messages follow the typing.
  useEffect(() => {
    if (attempted) setErrors(issuesByPath(validate('people.create', draftToInput(draft).input)));
  }, [draft, attempted]);

  function change<K extends keyof PersonDraft>(field: K, value: PersonDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  function focusFirstError() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function save(overwrite = false) {
    if (saving) return;
    const { input } = draftToInput(draft);
    setAttempted(true);
    setProblem(null);
    setSaving(true);
    try {
      const saved =
        state.mode === 'edit'
          ? await invoke('people.update', { ...input, id: state.id, expectedUpdatedAt: overwrite ? undefined : record?.updatedAt })
          : await invoke('people.create', input);
      setInitial(draft);
      props.onSaved(saved, state.mode === 'new');
    } catch (error) {
      const data = toAppError(error);
      if (data.code === 'invalid_input') {
        const found = issuesByPath(data.details?.issues ?? []);
        setErrors(found);
        if (Object.keys(found).length === 0) setProblem({ kind: 'error', error: data });
        focusFirstError();
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
      await invoke('people.delete', { id: record.id });
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

  const languageErrors = Object.entries(errors)
    .filter(([path]) => path.startsWith('languages.'))
    .map(([path, message]) => {
      const code = splitLanguages(draft.languages)[Number(path.split('.')[1])];
      return code ? t('people.form.languageIssue', { code, message }) : message;
    });
  const languageError = errors.languages ?? (languageErrors.length ? languageErrors.join(' ') : undefined);
  const otherErrors = unplacedErrors(errors, FIELDS);
  const name = record?.fullName ?? '';

  const organisationOptions = useMemo(
    () => [...organisations].sort((a, b) => organisationLabel(a).localeCompare(organisationLabel(b))),
    [organisations],
  );

  return (
    <SidePanel
      title={editing ? name || t('people.form.editTitle') : t('people.form.newTitle')}
      subtitle={
        record ? (
          <span title={t('common.createdAt', { date: formatDateTime(record.createdAt) })}>
            {t('common.updatedAt', { date: formatDateTime(record.updatedAt) })}
          </span>
        ) : editing ? null : (
          t('people.form.newSubtitle')
        )
      }
      onClose={requestClose}
      testId="person-panel"
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
            form="person-form"
            className="button button-primary"
            disabled={saving || problem?.kind === 'not_found'}
            title={t('common.saveShortcut')}
          >
            {saving ? t('common.saving') : editing ? t('common.save') : t('people.form.create')}
          </button>
        </>
      }
    >
      {problem?.kind === 'conflict' ? (
        <Banner
          kind="warning"
          title={t('people.conflict.title')}
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
          {t('people.conflict.text')}
        </Banner>
      ) : null}
      {problem?.kind === 'not_found' ? (
        <Banner kind="error" title={t('people.notFound.title')}>
          {t('people.notFound.text')}
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
        id="person-form"
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t('people.form.fullName')} error={errors.fullName} required>
          {(control) => (
            <input {...control} className="input" value={draft.fullName} autoComplete="off" onChange={(e) => change('fullName', e.target.value)} />
          )}
        </Field>
        <Field label={t('people.form.position')} error={errors.position}>
          {(control) => <input {...control} className="input" value={draft.position} autoComplete="off" onChange={(e) => change('position', e.target.value)} />}
        </Field>
        <div className="form-row">
          <Field label={t('people.form.organisation')} error={errors.organisationId}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={draft.organisationId}
                onChange={(e) => {
                  const id = e.target.value;
                  const org = organisations.find((o) => o.id === id);
                  setDraft((d) => ({ ...d, organisationId: id, countryCode: d.countryCode || org?.countryCode || '' }));
                }}
              >
                <option value="">{t('people.form.noOrganisation')}</option>
                {organisationOptions.map((o) => (
                  <option key={o.id} value={o.id}>
                    {organisationLabel(o)}
                  </option>
                ))}
                {draft.organisationId && !organisations.some((o) => o.id === draft.organisationId) ? (
                  <option value={draft.organisationId}>{record?.organisationName ?? draft.organisationId}</option>
                ) : null}
              </select>
            )}
          </Field>
          <Field label={t('people.form.country')} error={errors.countryCode}>
            {(control) => (
              <select {...control} className="select" value={draft.countryCode} onChange={(e) => change('countryCode', e.target.value)}>
                <option value="">{t('people.form.noCountry')}</option>
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
        <Field label={t('people.form.notes')} error={errors.notes}>
          {(control) => <textarea {...control} className="textarea" rows={5} value={draft.notes} onChange={(e) => change('notes', e.target.value)} />}
        </Field>
      </form>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={t('people.delete.title', { name })}
        confirmLabel={t('people.delete.confirm')}
        danger
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(null)}
      >
        <p>{t('people.delete.text', { name })}</p>
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
