import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, CallOutput, InvitationStatus, LiaisonEvent, ParticipantRole, RosterExportFormat, RosterRow } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { LoadError } from '../../components/LoadError';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { csvSeparatorFor } from '../../lib/csv';
import { addressList, copyText } from '../../lib/emails';
import { formatDate, formatNumber } from '../../lib/format';
import { type ChosenFile, downloadBase64, readChosenFile } from '../../lib/files';
import { interfaceDocumentLanguage } from '../../lib/documentLanguage';
import { AddDelegationDialog, AddPeopleDialog } from './AddDialogs';
import { DelegationAnswers } from './DelegationAnswers';
import { InvitationPacksDialog } from './InvitationPacksDialog';
import { NominationImportDialog } from './NominationImportDialog';
import { ReplaceDialog } from './ReplaceDialog';
import { InviteMembersDialog } from './InviteMembersDialog';
import { RosterCounts } from './RosterCounts';
import { RepresentingDialog } from './RepresentingDialog';
import { RosterGrid, type RosterPatch } from './RosterGrid';
import type { RosterMark } from './RosterGridRows';
import i18n from '../../i18n';
import { SignInSheet } from './SignInSheet';
import { attendanceOptions, invitationOptions, roleOptions } from './labels';
import './roster.css';
import { DocumentButtons } from '../../components/documents/DocumentButtons';

const CLEAR = '__clear';

type BulkPatch = { invitation?: InvitationStatus; attendance?: AttendanceStatus | null; role?: ParticipantRole };

/** Attendance recorded before a meeting has taken place is most likely a slip: it is asked about first. */
function notYetHeld(event: LiaisonEvent | undefined): event is LiaisonEvent {
  return event !== undefined && (event.status === 'planned' || event.status === 'confirmed' || event.status === 'postponed') && Date.parse(event.startsAt) > Date.now();
}

/** The Participants tab of an event: counts, the roster by country, and everything done to it. */
/** What goes out from the roster: the list handed out, the badges, the table cards. */
const PARTICIPANT_DOCUMENTS = ['participants', 'badges', 'cards'] as const;

export function ParticipantsTab({ eventId, event }: { eventId: string; event?: LiaisonEvent }) {
  const { t } = useTranslation();
  const { data, error, refresh: load, setData } = useCall('roster.list', { eventId }, { watch: ['roster', 'people', 'organisations'] });
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [conflict, setConflict] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'people' | 'delegation' | 'members' | 'packs' | null>(null);
  const [roleFilter, setRoleFilter] = useState<ParticipantRole | ''>('');
  const [askFuture, setAskFuture] = useState<(() => void) | null>(null);
  const gridBox = useRef<HTMLDivElement>(null);
  const separator = useMemo(() => csvSeparatorFor(), []);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [representingRow, setRepresentingRow] = useState<RosterRow | null>(null);
  const [busy, setBusy] = useState(false);
  const answers = useCall('nominations.answers', { eventId }, { watch: ['roster', 'people'] });
  const marks = useMemo(() => marksOf(answers.data), [answers.data]);
  const [forms, setForms] = useState<ChosenFile[] | null>(null);
  const [replacing, setReplacing] = useState<RosterRow | null>(null);
  const formInput = useRef<HTMLInputElement>(null);

  /** Filled nomination forms chosen or dropped: read, then previewed before anything goes on the roster. */
  async function openForms(list: FileList | File[]) {
    const chosen: ChosenFile[] = [];
    for (const file of [...list].slice(0, 50)) {
      const read = await readChosenFile(file);
      if (read === 'tooLarge') toast('error', t('roster.nominations.tooLarge', { file: file.name }));
      else chosen.push(read);
    }
    if (chosen.length) setForms(chosen);
  }

  // Ticks on people who left the roster meanwhile go with them.
  useEffect(() => {
    if (!data) return;
    setSelected((current) => {
      const ids = new Set(data.rows.map((row) => row.id));
      const kept = [...current].filter((id) => ids.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [data]);

  const allRows = useMemo(() => data?.rows ?? [], [data]);
  const rows = useMemo(() => (roleFilter ? allRows.filter((row) => row.role === roleFilter) : allRows), [allRows, roleFilter]);
  const onRoster = useMemo(() => new Set(allRows.map((row) => row.personId)), [allRows]);
  // Only the ticks the user can see are acted on.
  const selectedRows = useMemo(() => rows.filter((row) => selected.has(row.id)), [rows, selected]);
  const selectedIds = useMemo(() => selectedRows.map((row) => row.id), [selectedRows]);

  const focusGrid = () => gridBox.current?.querySelector<HTMLElement>('[role="grid"]')?.focus({ preventScroll: true });

  /** Runs `go` at once, or after the user confirms when it records attendance at a meeting that has not taken place. */
  function checkFuture(attendance: AttendanceStatus | null | undefined, go: () => void) {
    if ((attendance === 'attended' || attendance === 'no_show') && notYetHeld(event)) setAskFuture(() => go);
    else go();
  }

  async function save(row: RosterRow, patch: RosterPatch) {
    try {
      const next = await invoke('roster.update', {
        id: row.id,
        role: patch.role ?? row.role,
        representingCountryCode: 'representingCountryCode' in patch ? (patch.representingCountryCode ?? null) : row.representingCountryCode,
        representingOrgId: 'representingOrgId' in patch ? (patch.representingOrgId ?? null) : row.representingOrgId,
        invitation: patch.invitation ?? row.invitation,
        attendance: 'attendance' in patch ? (patch.attendance ?? null) : row.attendance,
        notes: patch.notes ?? row.notes,
        expectedUpdatedAt: row.updatedAt,
      });
      setData((current) => (current ? { ...current, rows: current.rows.map((r) => (r.id === next.id ? next : r)) } : current));
      setConflict(null);
    } catch (e) {
      const err = toAppError(e);
      if (err.code === 'conflict') setConflict(row.fullName);
      else toast('error', t('roster.saveFailed', { name: row.fullName }), err.message);
      void load();
    }
  }

  async function bulk(patch: BulkPatch) {
    if (selectedIds.length === 0) return;
    setBusy(true);
    let done = false;
    try {
      const { updated } = await invoke('roster.bulkUpdate', { ids: selectedIds, ...patch });
      const n = { count: updated, formatted: formatNumber(updated) };
      if (patch.invitation) toast('success', t('roster.bulk.invitationSet', { count: n.count, formatted: n.formatted, value: t(`roster.invitation.${patch.invitation}`) }));
      else if (patch.role) toast('success', t('roster.bulk.roleSet', { count: n.count, formatted: n.formatted, value: t(`roster.roles.${patch.role}`) }));
      else if (patch.attendance) toast('success', t('roster.bulk.attendanceSet', { count: n.count, formatted: n.formatted, value: t(`roster.attendance.${patch.attendance}`) }));
      else toast('success', t('roster.bulk.attendanceCleared', { count: n.count, formatted: n.formatted }));
      done = true;
      await load();
    } catch (e) {
      toast('error', t('roster.bulk.failed'), toAppError(e).message);
    } finally {
      setBusy(false);
      // The action is done with the selection; the user goes on from the row they were on.
      if (done) setSelected(new Set());
      focusGrid();
    }
  }

  async function copyEmails() {
    const { text, with: withEmail, without } = addressList(selectedRows);
    const missing = without.length
      ? t('roster.emails.missing', { count: without.length, formatted: formatNumber(without.length), names: without.map((r) => r.fullName).join(', ') })
      : undefined;
    if (withEmail.length === 0) {
      toast('info', t('roster.emails.none'), missing);
      return;
    }
    try {
      await copyText(text);
      toast('success', t('roster.emails.copied', { count: withEmail.length, formatted: formatNumber(withEmail.length) }), missing);
    } catch (e) {
      toast('error', t('roster.emails.failed'), toAppError(e).message);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      const { removed } = await invoke('roster.remove', { ids: selectedIds });
      toast('success', t('roster.bulk.removed', { count: removed, formatted: formatNumber(removed) }));
      setSelected(new Set());
      setConfirmRemove(false);
      await load();
    } catch (e) {
      toast('error', t('roster.bulk.removeFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
      focusGrid();
    }
  }

  async function exportAs(format: RosterExportFormat) {
    try {
      // In the interface language, as the screen it came from.
      const language = interfaceDocumentLanguage();
      const file = await invoke('roster.export', format === 'csv' ? { eventId, format, separator, language } : { eventId, format, language });
      downloadBase64(file.fileName, file.base64, file.mimeType);
      toast('success', t('roster.exported', { fileName: file.fileName }));
    } catch (e) {
      toast('error', t('roster.exportFailed'), toAppError(e).message);
    }
  }

  const addButtons = (
    <>
      <button type="button" className="button button-primary" onClick={() => setDialog('people')}>
        <Icon name="plus" size={16} />
        {t('roster.actions.addPeople')}
      </button>
      <button type="button" className="button" onClick={() => setDialog('delegation')}>
        <Icon name="people" size={16} />
        {t('roster.actions.addDelegation')}
      </button>
      <button type="button" className="button" onClick={() => setDialog('members')}>
        <Icon name="bodies" size={16} />
        {event?.bodyName ? t('roster.inviteMembers.button', { body: event.bodyName }) : t('roster.inviteMembers.buttonNoBody')}
      </button>
      <button type="button" className="button" onClick={() => setDialog('packs')} data-testid="invitation-packs-button">
        <Icon name="download" size={16} />
        {t('roster.packs.button')}
      </button>
      {allRows.length === 0 ? (
        <button type="button" className="button" onClick={() => formInput.current?.click()}>
          <Icon name="upload" size={16} />
          {t('roster.nominations.importButton')}
        </button>
      ) : null}
    </>
  );

  return (
    // The test id predates the roster: the calendar's tests find the tab's content by it.
    <div
      className="roster"
      data-testid="event-participants-coming"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        void openForms(e.dataTransfer.files);
      }}
    >
      <input
        ref={formInput}
        type="file"
        multiple
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="nomination-files"
        onChange={(e) => {
          if (e.target.files?.length) void openForms(e.target.files);
          e.target.value = '';
        }}
      />
      {data && answers.data ? <DelegationAnswers eventId={eventId} data={answers.data} onImport={() => formInput.current?.click()} /> : null}
      {error ? (
        <LoadError title={t('roster.loadFailed')} error={error} onRetry={() => void load()} />
      ) : null}
      {!data && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
      {data && allRows.length === 0 ? (
        <EmptyState icon="people" title={t('roster.empty.title')} testId="roster-empty" actions={addButtons}>
          <p>{t('roster.empty.none')}</p>
          <p>{t('roster.empty.text')}</p>
        </EmptyState>
      ) : null}
      {data && allRows.length > 0 ? (
        <>
          <div className="roster-toolbar">
            <p className="roster-summary" data-testid="roster-summary">
              <strong>{t('roster.summary', { count: data.counts.total, formatted: formatNumber(data.counts.total) })}</strong>
            </p>
            <div className="roster-actions">
              {addButtons}
              <span className="roster-export" role="group" aria-label={t('roster.actions.exportLabel')}>
                <span className="muted small">{t('roster.actions.exportLabel')}</span>
                <button type="button" className="button" onClick={() => void exportAs('csv')} title={t('roster.csv.title')}>
                  <Icon name="download" size={16} />
                  {t(separator === ';' ? 'roster.csv.semicolon' : 'roster.csv.comma')}
                </button>
                <button type="button" className="button" onClick={() => void exportAs('xlsx')} title={t('roster.actions.exportXlsxTitle')}>
                  <Icon name="download" size={16} />
                  {t('roster.actions.exportXlsx')}
                </button>
                {event ? (
                  <button type="button" className="button" onClick={() => window.print()} title={t('roster.signIn.printTitle')}>
                    <Icon name="printer" size={16} />
                    {t('roster.signIn.print')}
                  </button>
                ) : null}
              </span>
              <span className="roster-role-filter">
                {roleFilter ? (
                  <span className="muted small" data-testid="roster-filter-count">
                    {t('roster.filter.showing', { shown: formatNumber(rows.length), total: formatNumber(allRows.length) })}
                  </span>
                ) : null}
                <select
                  className="select roster-bulk-select"
                  aria-label={t('roster.filter.role')}
                  value={roleFilter}
                  onChange={(e) => setRoleFilter(e.target.value as ParticipantRole | '')}
                >
                  <option value="">{t('roster.filter.allRoles')}</option>
                  {roleOptions()
                    .filter((o) => data.counts.byRole.some((r) => r.role === o.value))
                    .map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                </select>
              </span>
              {event ? <SignInSheet event={event} rows={allRows} /> : null}
              {event ? <DocumentButtons eventId={event.id} document="participants" alternatives={PARTICIPANT_DOCUMENTS} /> : null}
            </div>
          </div>
          <RosterCounts counts={data.counts} />
          {conflict ? (
            <Banner
              kind="warning"
              title={t('roster.conflict.title', { name: conflict })}
              actions={
                <button type="button" className="button button-small" onClick={() => setConflict(null)}>
                  {t('common.dismiss')}
                </button>
              }
            >
              {t('roster.conflict.text')}
            </Banner>
          ) : null}
          <div className={selectedIds.length ? 'roster-bulk is-active' : 'roster-bulk'} data-testid="roster-bulk" aria-busy={busy || undefined}>
            {selectedIds.length ? (
              <>
                <strong className="roster-bulk-count">{t('roster.bulk.selected', { count: selectedIds.length, formatted: formatNumber(selectedIds.length) })}</strong>
                <BulkSelect
                  label={t('roster.bulk.setInvitation')}
                  disabled={busy}
                  options={invitationOptions()}
                  onPick={(value) => void bulk({ invitation: value as InvitationStatus })}
                />
                <BulkSelect
                  label={t('roster.bulk.setAttendance')}
                  disabled={busy}
                  options={[...attendanceOptions(), { value: CLEAR, label: t('roster.bulk.clearAttendance') }]}
                  onPick={(value) => {
                    const attendance = value === CLEAR ? null : (value as AttendanceStatus);
                    checkFuture(attendance, () => void bulk({ attendance }));
                  }}
                />
                <BulkSelect label={t('roster.bulk.setRole')} disabled={busy} options={roleOptions()} onPick={(value) => void bulk({ role: value as ParticipantRole })} />
                {selectedRows.length === 1 ? (
                  <button type="button" className="button" disabled={busy} onClick={() => setReplacing(selectedRows[0]!)}>
                    <Icon name="people" size={16} />
                    {t('roster.replace.button')}
                  </button>
                ) : null}
                <button type="button" className="button" disabled={busy} onClick={() => void copyEmails()} title={t('roster.emails.copyTitle')}>
                  <Icon name="list" size={16} />
                  {t('roster.emails.copy')}
                </button>
                <button type="button" className="button button-danger-quiet" disabled={busy} onClick={() => setConfirmRemove(true)}>
                  <Icon name="trash" size={16} />
                  {t('roster.bulk.remove')}
                </button>
                <span className="spacer" />
                <button type="button" className="button button-quiet" onClick={() => setSelected(new Set())}>
                  <Icon name="close" size={16} />
                  {t('roster.bulk.clear')}
                </button>
              </>
            ) : (
              <span className="muted small">{t('roster.grid.keys')}</span>
            )}
          </div>
          <div ref={gridBox}>
            {rows.length === 0 ? (
              <p className="muted roster-filter-empty">{t('roster.filter.none', { role: t(`roster.roles.${roleFilter || 'delegate'}`) })}</p>
            ) : (
              <RosterGrid
                rows={rows}
                selected={selected}
                onSelectedChange={setSelected}
                onSave={(row, patch) => checkFuture(patch.attendance, () => void save(row, patch))}
                onEditRepresenting={setRepresentingRow}
                marks={marks}
              />
            )}
          </div>
        </>
      ) : null}
      <AddPeopleDialog open={dialog === 'people'} eventId={eventId} onRoster={onRoster} onClose={() => setDialog(null)} onAdded={() => void load()} />
      {representingRow ? <RepresentingDialog row={representingRow} onClose={() => setRepresentingRow(null)} onSave={(row, value) => void save(row, value)} /> : null}
      <AddDelegationDialog open={dialog === 'delegation'} eventId={eventId} bodyId={event?.bodyId ?? null} onClose={() => setDialog(null)} onAdded={() => void load()} />
      <InvitationPacksDialog open={dialog === 'packs'} eventId={eventId} onClose={() => setDialog(null)} />
      {forms ? <NominationImportDialog eventId={eventId} files={forms} onClose={() => setForms(null)} onDone={() => void load()} /> : null}
      {replacing ? (
        <ReplaceDialog
          row={replacing}
          onRoster={onRoster}
          onClose={() => setReplacing(null)}
          onDone={() => {
            setSelected(new Set());
            void load();
          }}
        />
      ) : null}
      <InviteMembersDialog open={dialog === 'members'} eventId={eventId} bodyId={event?.bodyId ?? null} onClose={() => setDialog(null)} onAdded={() => void load()} />
      <ConfirmDialog
        open={askFuture !== null}
        title={t('roster.future.title')}
        confirmLabel={t('roster.future.confirm')}
        onConfirm={() => {
          const go = askFuture;
          setAskFuture(null);
          go?.();
        }}
        onCancel={() => {
          setAskFuture(null);
          focusGrid();
        }}
      >
        <p>
          {event
            ? t('roster.future.text', {
                date: formatDate(event.startsAt),
                status: t(`roster.future.statuses.${event.status}`, { defaultValue: event.status }),
              })
            : null}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmRemove}
        danger
        busy={busy}
        title={t('roster.bulk.removeTitle', { count: selectedIds.length, formatted: formatNumber(selectedIds.length) })}
        confirmLabel={t('roster.bulk.removeConfirm', { count: selectedIds.length, formatted: formatNumber(selectedIds.length) })}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmRemove(false)}
      >
        <p>{t('roster.bulk.removeText')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Beside a participant's name: nominated by which delegation, and whom they replaced and when. */
function marksOf(answers: CallOutput<'nominations.answers'> | null): Map<string, RosterMark> {
  const marks = new Map<string, RosterMark>();
  if (!answers) return marks;
  const t = i18n.t.bind(i18n);
  const names = new Map(answers.delegations.map((d) => [d.key, d.name]));
  const replaced = new Map(answers.substitutions.filter((s) => s.replacementPersonId).map((s) => [s.replacementPersonId!, s]));
  for (const n of answers.nominated) {
    marks.set(n.personId, { kind: 'nominated', title: t('roster.nominations.markTitle', { delegation: names.get(n.delegationKey) ?? '' }) });
  }
  for (const [personId, s] of replaced) {
    const title = t('roster.nominations.markReplacesTitle', { name: s.replacedName, date: formatDate(s.substitutedAt) });
    const nominated = marks.get(personId);
    marks.set(personId, { kind: 'replaces', title: nominated ? `${nominated.title}. ${title}` : title });
  }
  return marks;
}

/** A select that acts once on pick and goes back to its label. */
function BulkSelect(props: { label: string; options: { value: string; label: string }[]; disabled: boolean; onPick: (value: string) => void }) {
  return (
    <select
      className="select roster-bulk-select"
      aria-label={props.label}
      value=""
      disabled={props.disabled}
      onChange={(e) => {
        if (e.target.value) props.onPick(e.target.value);
      }}
    >
      <option value="">{props.label}</option>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
