import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerStatus, answerStatuses, type CallOutput, type DelegationAnswer } from '../../../src-shared/contract';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64 } from '../../lib/files';
import { formatDate, formatNumber } from '../../lib/format';

const SAVE_GAP_MS = 400;
const SETTABLE = ['acknowledged', 'confirmed', 'declined'] as const;

/**
 * Where each delegation stands on the Participants tab: counts by answer, the delegations past the
 * deadline without one (with reminder drafts for them), and who replaced whom.
 */
export function DelegationAnswers({ eventId, data, onImport }: { eventId: string; data: CallOutput<'nominations.answers'>; onImport: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const answered = data.delegations.filter((d) => d.status !== null);
  const overdue = data.delegations.filter((d) => d.overdue);
  const count = (status: AnswerStatus | null) => data.delegations.filter((d) => d.status === status).length;

  async function setAnswer(d: DelegationAnswer, status: (typeof SETTABLE)[number]) {
    try {
      await invoke('nominations.setAnswer', { eventId, delegationKey: d.key, status });
    } catch (e) {
      toast('error', t('roster.answers.setFailed'), toAppError(e).message);
    }
  }

  async function remind() {
    setBusy(true);
    try {
      const result = await invoke('nominations.reminders', { eventId, delegations: overdue.map((d) => d.key) });
      // One at a time: Chromium drops downloads that a page starts in the same instant.
      for (const [i, file] of result.files.entries()) {
        downloadBase64(file.fileName, file.base64, file.mimeType);
        if (i < result.files.length - 1) await new Promise((resolve) => setTimeout(resolve, SAVE_GAP_MS));
      }
      toast('success', t('roster.answers.reminded', { n: formatNumber(result.files.length) }), result.noAddress.length ? t('roster.answers.noAddress', { names: result.noAddress.join(', ') }) : undefined);
    } catch (e) {
      toast('error', t('roster.answers.remindFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="answers card" aria-labelledby="answers-title" data-testid="delegation-answers">
      <header className="answers-head">
        <h2 id="answers-title" className="answers-title">
          {t('roster.answers.title')}
        </h2>
        <ul className="answers-chips" aria-label={t('roster.answers.countsLabel')}>
          {[null, ...answerStatuses].map((status) => (
            <li key={status ?? 'none'} className={`answers-chip is-${status ?? 'none'}`}>
              {t(`roster.answers.status.${status ?? 'none'}`)} <strong>{formatNumber(count(status))}</strong>
            </li>
          ))}
        </ul>
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={onImport} data-testid="nominations-import-button">
          <Icon name="upload" size={14} />
          {t('roster.nominations.importButton')}
        </button>
        {overdue.length ? (
          <button type="button" className="button button-small" disabled={busy} aria-busy={busy} onClick={() => void remind()} data-testid="reminders-button">
            <Icon name="download" size={14} />
            {t('roster.answers.remind', { n: formatNumber(overdue.length) })}
          </button>
        ) : null}
      </header>
      <>
          {overdue.length ? (
            <p className="answers-overdue" role="status">
              <Icon name="alert" size={14} /> {t('roster.answers.overdueCount', { n: formatNumber(overdue.length), names: overdue.map((d) => d.name).join(', ') })}
            </p>
          ) : null}
          {data.delegations.length === 0 ? <p className="muted small">{t('roster.answers.noBody')}</p> : null}
          {data.delegations.length > 0 && answered.length === 0 ? <p className="muted small">{t('roster.answers.empty')}</p> : null}
          {data.delegations.length > 0 ? (
            <table className="answers-table">
              <thead>
                <tr>
                  <th scope="col">{t('roster.answers.columns.delegation')}</th>
                  <th scope="col">{t('roster.answers.columns.status')}</th>
                  <th scope="col">{t('roster.answers.columns.deadline')}</th>
                  <th scope="col" className="answers-number">{t('roster.answers.columns.nominees')}</th>
                </tr>
              </thead>
              <tbody>
                {data.delegations.map((d) => (
                  <tr key={d.key} className={d.overdue ? 'answers-row is-overdue' : 'answers-row'} data-testid="answer-row">
                    <th scope="row">
                      {d.name}
                      {d.overdue ? <span className="answers-flag">{t('roster.answers.overdue')}</span> : null}
                    </th>
                    <td>
                      <select
                        className="select answers-select"
                        aria-label={t('roster.answers.setStatus', { name: d.name })}
                        value={d.status ?? ''}
                        onChange={(e) => void setAnswer(d, e.target.value as (typeof SETTABLE)[number])}
                      >
                        {(SETTABLE as readonly string[]).includes(d.status ?? '') ? null : <option value={d.status ?? ''}>{t(`roster.answers.status.${d.status ?? 'none'}`)}</option>}
                        {SETTABLE.map((s) => (
                          <option key={s} value={s}>
                            {t(`roster.answers.status.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{d.deadline ? formatDate(`${d.deadline}T12:00:00Z`) : '—'}</td>
                    <td className="answers-number">{formatNumber(d.nominees)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {data.substitutions.length ? (
            <div className="answers-substitutions" data-testid="substitutions">
              <h3>{t('roster.substitutions.title')}</h3>
              <ul>
                {data.substitutions.map((s) => (
                  <li key={s.id}>
                    {t('roster.substitutions.line', { replacement: s.replacementName, replaced: s.replacedName, role: t(`roster.roles.${s.role}`), date: formatDate(s.substitutedAt) })}{' '}
                    <span className="muted small">{t(`roster.substitutions.${s.source}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
      </>
    </section>
  );
}
