import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyKinds, chairRoles, membershipKinds, type Body, type BodySummary, type CallInput } from '../../../src-shared/contract';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, FieldError, LookupSelect, type ControlProps } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { validate } from '../../lib/validate';
import { useDataChanged } from '../../lib/events';
import { formatDateTime, formatNumber } from '../../lib/format';
import { listErrors } from '../../lib/issues';
import { organisationLabel, useCountryOptions, useLookups, useOrganisationOptions } from '../../lib/lookups';
import { useRecordEditor, type RecordCalls, type RecordPanelProps } from '../../lib/useRecordEditor';
import { bodyToDraft, draftToInput, emptyBodyDraft, type BodyDraft, type MemberDraft, type TermDraft } from './draft';
import { AttendanceDialog } from './AttendanceDialog';
import { SeriesSection } from './SeriesSection';

type Input = CallInput<'bodies.create'>;

const FIELDS = ['name', 'acronym', 'kind', 'parentOrgId', 'foundedOn', 'description', 'members', 'chairTerms'];

const calls: RecordCalls<Body, Input> = {
  get: (id) => invoke('bodies.get', { id }),
  create: (input) => invoke('bodies.create', input),
  update: (input, target) => invoke('bodies.update', { ...input, ...target }),
  remove: (id) => invoke('bodies.delete', { id }),
  validate: (input) => validate('bodies.create', input),
};

/** The row the list shows for a body, from the stored body the panel edits. */
function summaryOf(body: Body): BodySummary {
  return {
    id: body.id,
    name: body.name,
    acronym: body.acronym,
    kind: body.kind,
    parentOrgName: body.parentOrgName,
    memberCount: body.members.length,
    currentChairName: body.currentChair?.holderName ?? null,
    currentChairCountryCode: body.currentChair?.holderCountryCode ?? null,
    eventCount: body.series.reduce((sum, s) => sum + s.eventCount, 0),
  };
}

/** A chair held by a country is named in the interface language. */
const holderName = (term: Body['chairTerms'][number]) => countryName(term.holderCountryCode, term.holderName);

/** A country or an organisation in one select, as members and chairs are either. */
function HolderSelect(props: { control: Partial<ControlProps>; value: string; onChange: (value: string) => void; emptyLabel: string; missingLabel?: string | null }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const organisations = useLookups((s) => s.organisations);
  const known = props.value.startsWith('country:')
    ? countries.some((c) => `country:${c.value}` === props.value)
    : organisations.some((o) => `org:${o.id}` === props.value);
  return (
    <select {...props.control} className="select" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{props.emptyLabel}</option>
      <optgroup label={t('bodies.form.countries')}>
        {countries.map((c) => (
          <option key={c.value} value={`country:${c.value}`}>
            {c.label}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('bodies.form.organisations')}>
        {organisations.map((o) => (
          <option key={o.id} value={`org:${o.id}`}>
            {organisationLabel(o)}
          </option>
        ))}
      </optgroup>
      {props.value && !known ? <option value={props.value}>{props.missingLabel ?? props.value}</option> : null}
    </select>
  );
}

const blankMember: MemberDraft = { holder: '', kind: 'member_state', since: '', until: '' };
const blankTerm: TermDraft = { role: 'chair', holder: '', startsOn: '', endsOn: '', notes: '' };

export function BodyPanel(props: RecordPanelProps<BodySummary>) {
  const { t } = useTranslation();
  const state: RecordPanelProps<Body>['state'] = props.state.mode === 'edit' ? { mode: 'edit', id: props.state.id, row: null } : props.state;
  const editor = useRecordEditor<Body, BodyDraft, Input>(
    {
      state,
      onClose: props.onClose,
      onSaved: (body, created) => props.onSaved(summaryOf(body), created),
      onDeleted: (body) => props.onDeleted(summaryOf(body)),
    },
    { empty: emptyBodyDraft, toDraft: bodyToDraft, toInput: (draft) => draftToInput(draft).input, calls },
  );
  const { record, draft, setDraft, change, errors, editing } = editor;
  // Event counts of the series change with the calendar; a draft being typed is kept.
  useDataChanged(['events'], () => {
    if (record) void editor.fetchLatest(false);
  });
  const { memberPositions, termPositions } = useMemo(() => draftToInput(draft), [draft]);
  const parentOptions = useOrganisationOptions({ byLabel: true });
  const memberErrors = listErrors(errors, 'members', memberPositions);
  const termErrors = listErrors(errors, 'chairTerms', termPositions);
  const eventCount = useLookups((s) => s.bodies.find((b) => b.id === record?.id)?.eventCount ?? 0);
  // Membership dates are often unknown: a member shows them once it has some, or on request.
  const [datesShown, setDatesShown] = useState<ReadonlySet<number>>(new Set());
  const [showAttendance, setShowAttendance] = useState(false);

  const updateMember = (index: number, patch: Partial<MemberDraft>) =>
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));
  const updateTerm = (index: number, patch: Partial<TermDraft>) =>
    setDraft((d) => ({ ...d, chairTerms: d.chairTerms.map((term, i) => (i === index ? { ...term, ...patch } : term)) }));
  const memberName = (index: number) => {
    const sent = memberPositions.indexOf(index);
    const stored = sent >= 0 ? record?.members[sent] : undefined;
    return countryName(stored?.countryCode, stored?.countryName) ?? stored?.organisationName ?? null;
  };
  const termName = (index: number) => {
    const sent = termPositions.indexOf(index);
    const stored = sent >= 0 ? record?.chairTerms[sent] : undefined;
    return stored ? holderName(stored) : null;
  };

  return (
    <EditorPanel
      editor={editor}
      messages="bodies"
      name={record?.name ?? ''}
      fields={FIELDS}
      testId="body-panel"
      wide
      recordSubtitle={
        record ? (
          <span>
            {record.currentChair
              ? t('bodies.form.currentChair', { role: t(`bodies.roles.${record.currentChair.role}`), name: countryName(record.currentChair.holderCountryCode, record.currentChair.holderName) })
              : t('bodies.form.noCurrentChair')}
            {' · '}
            {t('common.updatedAt', { date: formatDateTime(record.updatedAt) })}
          </span>
        ) : null
      }
      deleteDetails={
        <p>{eventCount ? t('bodies.delete.events', { count: eventCount, formatted: formatNumber(eventCount) }) : t('bodies.delete.noEvents')}</p>
      }
    >
      {editing && !record && !editor.problem ? <div className="loading-note">{t('common.loading')}</div> : null}
      {editing && !record ? null : (
        <>
          <Field label={t('bodies.form.name')} error={errors.name} required>
            {(control) => (
              <input
                {...control}
                className="input"
                value={draft.name}
                autoComplete="off"
                placeholder={t('bodies.form.namePlaceholder')}
                onChange={(e) => change('name', e.target.value)}
              />
            )}
          </Field>
          <div className="form-row">
            <Field label={t('bodies.form.acronym')} error={errors.acronym}>
              {(control) => (
                <input {...control} className="input" value={draft.acronym} autoComplete="off" spellCheck={false} onChange={(e) => change('acronym', e.target.value)} />
              )}
            </Field>
            <Field label={t('bodies.form.kind')} error={errors.kind}>
              {(control) => (
                <select {...control} className="select" value={draft.kind} onChange={(e) => change('kind', e.target.value as BodyDraft['kind'])}>
                  {bodyKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`bodies.kinds.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="form-row">
            <Field label={t('bodies.form.parent')} error={errors.parentOrgId} hint={t('bodies.form.parentHint')}>
              {(control) => (
                <LookupSelect
                  control={control}
                  value={draft.parentOrgId}
                  options={parentOptions}
                  emptyLabel={t('bodies.form.noParent')}
                  missingLabel={record?.parentOrgName}
                  onChange={(id) => change('parentOrgId', id)}
                />
              )}
            </Field>
            <Field label={t('bodies.form.founded')} error={errors.foundedOn}>
              {(control) => <input {...control} className="input" type="date" value={draft.foundedOn} onChange={(e) => change('foundedOn', e.target.value)} />}
            </Field>
          </div>
          <Field label={t('bodies.form.description')} error={errors.description}>
            {(control) => <textarea {...control} className="textarea" rows={4} value={draft.description} onChange={(e) => change('description', e.target.value)} />}
          </Field>

          <fieldset className="form-section">
            <legend className="form-section-title">
              {t('bodies.form.members')}
              {draft.members.length ? <span className="section-count">{formatNumber(draft.members.length)}</span> : null}
            </legend>
            {draft.members.length === 0 ? <p className="field-hint">{t('bodies.form.noMembers')}</p> : null}
            {draft.members.map((member, index) => {
              const n = index + 1;
              const error = memberErrors[index];
              const withDates = Boolean(member.since || member.until) || datesShown.has(index);
              return (
                <div key={index} className={`record-row${error ? ' has-error' : ''}`}>
                  <div className="record-row-line">
                    <HolderSelect
                      control={{ 'aria-label': t('bodies.form.memberN', { n }), 'aria-invalid': error ? true : undefined } as Partial<ControlProps>}
                      value={member.holder}
                      onChange={(holder) => updateMember(index, { holder })}
                      emptyLabel={t('bodies.form.chooseMember')}
                      missingLabel={memberName(index)}
                    />
                    <select
                      className="select record-row-kind"
                      aria-label={t('bodies.form.membershipN', { n })}
                      value={member.kind}
                      onChange={(e) => updateMember(index, { kind: e.target.value as MemberDraft['kind'] })}
                    >
                      {membershipKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`bodies.membership.${kind}`)}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className={withDates ? 'icon-button is-pressed' : 'icon-button'}
                      aria-label={t('bodies.form.datesN', { n })}
                      aria-pressed={withDates}
                      title={t('bodies.form.dates')}
                      disabled={Boolean(member.since || member.until)}
                      onClick={() =>
                        setDatesShown((shown) => {
                          const next = new Set(shown);
                          if (next.has(index)) next.delete(index);
                          else next.add(index);
                          return next;
                        })
                      }
                    >
                      <Icon name="calendar" size={16} />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('bodies.form.removeMemberN', { n })}
                      title={t('common.remove')}
                      onClick={() => {
                        setDatesShown(new Set());
                        setDraft((d) => ({ ...d, members: d.members.filter((_, i) => i !== index) }));
                      }}
                    >
                      <Icon name="close" size={16} />
                    </button>
                  </div>
                  {withDates ? (
                  <div className="record-row-line record-row-dates">
                    <label className="inline-label">
                      <span>{t('bodies.form.since')}</span>
                      <input className="input" type="date" aria-label={t('bodies.form.sinceN', { n })} value={member.since} onChange={(e) => updateMember(index, { since: e.target.value })} />
                    </label>
                    <label className="inline-label">
                      <span>{t('bodies.form.until')}</span>
                      <input className="input" type="date" aria-label={t('bodies.form.untilN', { n })} value={member.until} onChange={(e) => updateMember(index, { until: e.target.value })} />
                    </label>
                  </div>
                  ) : null}
                  {error ? <FieldError message={error} /> : null}
                </div>
              );
            })}
            <button type="button" className="button button-quiet button-small section-add" onClick={() => setDraft((d) => ({ ...d, members: [...d.members, { ...blankMember }] }))}>
              <Icon name="plus" size={14} />
              {t('bodies.form.addMember')}
            </button>
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section-title">{t('bodies.form.chairs')}</legend>
            {draft.chairTerms.length === 0 ? <p className="field-hint">{t('bodies.form.noTerms')}</p> : null}
            {draft.chairTerms.map((term, index) => {
              const n = index + 1;
              const error = termErrors[index];
              return (
                <div key={index} className={`record-row${error ? ' has-error' : ''}`}>
                  <div className="record-row-line">
                    <select
                      className="select record-row-kind"
                      aria-label={t('bodies.form.roleN', { n })}
                      value={term.role}
                      onChange={(e) => updateTerm(index, { role: e.target.value as TermDraft['role'] })}
                    >
                      {chairRoles.map((role) => (
                        <option key={role} value={role}>
                          {t(`bodies.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                    <HolderSelect
                      control={{ 'aria-label': t('bodies.form.holderN', { n }), 'aria-invalid': error ? true : undefined } as Partial<ControlProps>}
                      value={term.holder}
                      onChange={(holder) => updateTerm(index, { holder })}
                      emptyLabel={t('bodies.form.chooseHolder')}
                      missingLabel={termName(index)}
                    />
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('bodies.form.removeTermN', { n })}
                      title={t('common.remove')}
                      onClick={() => setDraft((d) => ({ ...d, chairTerms: d.chairTerms.filter((_, i) => i !== index) }))}
                    >
                      <Icon name="close" size={16} />
                    </button>
                  </div>
                  <div className="record-row-line record-row-dates">
                    <label className="inline-label">
                      <span>{t('bodies.form.from')}</span>
                      <input className="input" type="date" aria-label={t('bodies.form.fromN', { n })} value={term.startsOn} onChange={(e) => updateTerm(index, { startsOn: e.target.value })} />
                    </label>
                    <label className="inline-label">
                      <span>{t('bodies.form.to')}</span>
                      <input className="input" type="date" aria-label={t('bodies.form.toN', { n })} value={term.endsOn} onChange={(e) => updateTerm(index, { endsOn: e.target.value })} />
                    </label>
                  </div>
                  <input
                    className="input"
                    aria-label={t('bodies.form.termNotesN', { n })}
                    placeholder={t('bodies.form.termNotesPlaceholder')}
                    value={term.notes}
                    onChange={(e) => updateTerm(index, { notes: e.target.value })}
                  />
                  {error ? <FieldError message={error} /> : null}
                </div>
              );
            })}
            <button type="button" className="button button-quiet button-small section-add" onClick={() => setDraft((d) => ({ ...d, chairTerms: [...d.chairTerms, { ...blankTerm }] }))}>
              <Icon name="plus" size={14} />
              {t('bodies.form.addTerm')}
            </button>
          </fieldset>

          {record ? (
            <>
              <SeriesSection body={record} onChanged={() => void editor.fetchLatest(false)} />
              <button type="button" className="button button-small" onClick={() => setShowAttendance(true)}>
                <Icon name="calendar" size={14} />
                {t('bodies.attendance.open')}
              </button>
              <AttendanceDialog body={record} open={showAttendance} onClose={() => setShowAttendance(false)} />
            </>
          ) : (
            <fieldset className="form-section">
              <legend className="form-section-title">{t('bodies.series.title')}</legend>
              <p className="field-hint">{t('bodies.series.saveFirst')}</p>
            </fieldset>
          )}
        </>
      )}
    </EditorPanel>
  );
}
