import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodUnlock, Project, ReportIssue } from '../../../src-shared/contract';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { formatDay } from '../../lib/format';
import { unplacedErrors } from '../../lib/issues';
import { userToday } from '../../lib/time';
import { useDialogSave } from '../../lib/useDialogSave';
import { formatCount, periodLabel, StatusChip } from './parts';

type Issued = { issues: ReportIssue[]; unlocks: PeriodUnlock[] };

/** The period's last day: progress rows end on the day after it. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Reports issued to the donor from the report screen: issuing one (which locks its period), the
 * figures each sent, and reopening an issued period with a reason.
 */
export function IssuedReports(props: { project: Project; period: { from: string; to: string }; periodName: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { project } = props;
  const [issued, setIssued] = useState<Issued | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [figures, setFigures] = useState<ReportIssue | null>(null);
  const [reopening, setReopening] = useState<ReportIssue | null>(null);

  const load = useCallback(async () => {
    try {
      setIssued(await invoke('projects.issues', { id: project.id }));
    } catch (e) {
      toast('error', t('projects.loadFailed'), toAppError(e).message);
    }
  }, [project.id, t]);
  useEffect(() => void load(), [load]);

  // Whoever issued or reopened last is most likely the one doing it now.
  const lastName = issued ? ([...issued.issues.map((i) => [i.id, i.issuedBy] as const), ...issued.unlocks.map((u) => [u.id, u.unlockedBy] as const)].sort().at(-1)?.[1] ?? '') : '';
  const openFor = (issue: ReportIssue) => issued?.unlocks.some((u) => u.issueId === issue.id && u.open) ?? false;

  return (
    <section className="card issued-reports" aria-labelledby="issued-reports-title" data-testid="issued-reports">
      <div className="issued-reports-head">
        <div>
          <h2 id="issued-reports-title">{t('projects.issues.title')}</h2>
          <p className="muted">{t('projects.issues.intro')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setIssuing(true)} disabled={props.disabled || issued === null}>
          <Icon name="lock" size={16} />
          {t('projects.issues.issue')}
        </button>
      </div>
      {issued && issued.issues.length === 0 ? <p className="muted">{t('projects.issues.none')}</p> : null}
      {issued && issued.issues.length > 0 ? (
        <table className="issued-table">
          <thead>
            <tr>
              <th scope="col">{t('projects.issues.issuedOn')}</th>
              <th scope="col">{t('projects.issues.period')}</th>
              <th scope="col">{t('projects.issues.issuedBy')}</th>
              <th scope="col">{t('projects.issues.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('projects.issues.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {issued.issues.map((issue) => (
              <tr key={issue.id} data-testid="issued-report">
                <td>{formatDay(issue.issuedOn)}</td>
                <td>{t('projects.issues.range', { from: formatDay(issue.from), to: formatDay(issue.to) })}</td>
                <td>{issue.issuedBy || '—'}</td>
                <td>{openFor(issue) ? t('projects.issues.open') : t('projects.issues.locked')}</td>
                <td className="issued-actions">
                  <button type="button" className="button button-small" onClick={() => setFigures(issue)}>
                    {t('projects.issues.figures')}
                  </button>
                  {openFor(issue) ? null : (
                    <button type="button" className="button button-small" onClick={() => setReopening(issue)}>
                      {t('projects.issues.reopen')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {issued && issued.unlocks.length > 0 ? (
        <>
          <h3>{t('projects.issues.reopenings')}</h3>
          <ul className="issued-unlocks" data-testid="period-unlocks">
            {issued.unlocks.map((u) => (
              <li key={u.id}>
                <strong>{t('projects.issues.range', { from: formatDay(u.from), to: formatDay(u.to) })}</strong>{' '}
                <span className="muted">
                  {u.unlockedBy
                    ? t('projects.issues.reopenedBy', { date: formatDay(u.unlockedOn), name: u.unlockedBy })
                    : t('projects.issues.reopenedOn', { date: formatDay(u.unlockedOn) })}{' '}
                  · {u.open ? t('projects.issues.stillOpen') : t('projects.issues.lockedAgain')}
                </span>
                <p>{u.reason}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <IssueDialog
        open={issuing}
        project={project}
        period={props.period}
        periodName={props.periodName}
        defaultName={lastName}
        onClose={() => setIssuing(false)}
        onIssued={() => void load()}
      />
      <UnlockDialog issue={reopening} defaultName={lastName} onClose={() => setReopening(null)} onUnlocked={() => void load()} />
      <FiguresDialog issue={figures} onClose={() => setFigures(null)} />
    </section>
  );
}

function IssueDialog(props: {
  open: boolean;
  project: Project;
  period: { from: string; to: string };
  periodName: string;
  defaultName: string;
  onClose: () => void;
  onIssued: () => void;
}) {
  const { t } = useTranslation();
  const [issuedBy, setIssuedBy] = useState('');
  const { busy, errors, run, reset } = useDialogSave({ conflicts: false });
  useEffect(() => {
    if (!props.open) return;
    setIssuedBy(props.defaultName);
    reset();
  }, [props.open]);

  async function save() {
    await run(async () => {
      await invoke('projects.issueReport', { id: props.project.id, today: userToday(), ...props.period, issuedBy });
      toast('success', t('projects.issues.issued'), props.periodName);
      props.onIssued();
      props.onClose();
    });
  }

  return (
    <FormDialog
      open={props.open}
      title={t('projects.issues.dialogTitle')}
      onClose={props.onClose}
      testId="issue-dialog"
      className="projects-dialog projects-dialog-narrow"
      busy={busy}
      saveLabel={t('projects.issues.issueButton')}
      onSave={() => void save()}
      errors={unplacedErrors(errors, ['issuedBy'])}
    >
      <p className="issue-confirm" data-testid="issue-confirm">
        {t('projects.issues.confirm', { period: props.periodName, from: formatDay(props.period.from), to: formatDay(props.period.to) })}
      </p>
      <Field label={t('projects.issues.issuedBy')} error={errors.issuedBy}>
        {(control) => <input {...control} className="input" autoFocus maxLength={200} value={issuedBy} onChange={(e) => setIssuedBy(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}

function UnlockDialog(props: { issue: ReportIssue | null; defaultName: string; onClose: () => void; onUnlocked: () => void }) {
  const { t } = useTranslation();
  const { issue } = props;
  const [reason, setReason] = useState('');
  const [unlockedBy, setUnlockedBy] = useState('');
  const { busy, errors, setErrors, run, reset } = useDialogSave({ conflicts: false });
  useEffect(() => {
    if (!issue) return;
    setReason('');
    setUnlockedBy(props.defaultName);
    reset();
  }, [issue]);

  async function save() {
    if (!issue) return;
    // Said at once rather than after a round trip: the reason is the point of the dialog.
    if (!reason.trim()) return setErrors({ reason: t('projects.issues.reasonRequired') });
    await run(async () => {
      await invoke('projects.unlockPeriod', { issueId: issue.id, today: userToday(), reason, unlockedBy });
      toast('success', t('projects.issues.unlocked'), t('projects.issues.range', { from: formatDay(issue.from), to: formatDay(issue.to) }));
      props.onUnlocked();
      props.onClose();
    });
  }

  return (
    <FormDialog
      open={issue !== null}
      title={t('projects.issues.unlockTitle')}
      onClose={props.onClose}
      testId="unlock-dialog"
      className="projects-dialog projects-dialog-narrow"
      busy={busy}
      saveLabel={t('projects.issues.unlockButton')}
      onSave={() => void save()}
      errors={unplacedErrors(errors, ['reason', 'unlockedBy'])}
    >
      {issue ? <p>{t('projects.issues.unlockText', { date: formatDay(issue.issuedOn), from: formatDay(issue.from), to: formatDay(issue.to) })}</p> : null}
      <Field label={t('projects.issues.reason')} required error={errors.reason} hint={t('projects.issues.reasonHint')}>
        {(control) => <textarea {...control} className="textarea" rows={3} autoFocus maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Field label={t('projects.issues.unlockedBy')} error={errors.unlockedBy}>
        {(control) => <input {...control} className="input" maxLength={200} value={unlockedBy} onChange={(e) => setUnlockedBy(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}

function FiguresDialog(props: { issue: ReportIssue | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { issue } = props;
  return (
    <Dialog
      open={issue !== null}
      title={issue ? t('projects.issues.figuresTitle', { date: formatDay(issue.issuedOn) }) : ''}
      subtitle={issue ? t('projects.issues.range', { from: formatDay(issue.from), to: formatDay(issue.to) }) : null}
      onClose={props.onClose}
      testId="figures-dialog"
      className="projects-dialog"
      actions={
        <button type="button" className="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      }
    >
      <table className="issued-table issued-figures">
        <thead>
          <tr>
            <th scope="col">{t('projects.issues.indicator')}</th>
            <th scope="col">{t('projects.issues.period')}</th>
            <th scope="col" className="num">{t('projects.issues.target')}</th>
            <th scope="col" className="num">{t('projects.issues.actual')}</th>
            <th scope="col" className="num">{t('projects.issues.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {issue?.figures.flatMap((f) => [
            ...f.periods.map((p) => (
              <tr key={`${f.indicatorId}-${p.key}`}>
                <td>{f.name}</td>
                <td>{periodLabel(p.key)} <span className="muted">({formatDay(p.start)} – {formatDay(dayBefore(p.end))})</span></td>
                <td className="num">{formatCount(p.target)}</td>
                <td className="num">{formatCount(p.actual)}</td>
                <td className="num">{formatCount(p.cumulativeActual)}</td>
              </tr>
            )),
            <tr key={`${f.indicatorId}-total`} className="issued-total">
              <td>{f.name}</td>
              <td>{t('projects.issues.total', { percent: formatCount(Math.round(f.percent)) })}</td>
              <td className="num">{formatCount(f.target)}</td>
              <td className="num">{formatCount(f.actual)}</td>
              <td>
                <StatusChip status={f.status} small />
              </td>
            </tr>,
          ])}
        </tbody>
      </table>
    </Dialog>
  );
}
