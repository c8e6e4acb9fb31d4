import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberInvitePick } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, FieldError } from '../../components/Field';
import { invoke, toAppError } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { useCall } from '../../lib/useCall';
import { formatNumber } from '../../lib/format';
import { useBodyOptions } from '../../lib/lookups';
import { reportAdded } from './AddDialogs';

/** "Invite the members of <body>": per member state its heads of delegation or its contact points, previewed, then added in one step. */
export function InviteMembersDialog(props: { open: boolean; eventId: string; bodyId: string | null; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const bodies = useBodyOptions();
  const [bodyId, setBodyId] = useState(props.bodyId ?? '');
  const [pick, setPick] = useState<MemberInvitePick>('heads');
  const [busy, setBusy] = useState(false);
  const [failed, setError] = useState<string | null>(null);
  const { open, eventId } = props;

  useEffect(() => {
    if (!open) return;
    setBodyId(props.bodyId ?? '');
    setPick('heads');
    setError(null);
  }, [open, props.bodyId]);

  const preview = useCall('roster.inviteMembersPreview', open && bodyId ? { eventId, bodyId, pick } : null);
  const plan = preview.data;
  const error = failed ?? (preview.error ? preview.error.message : null);

  async function add() {
    if (!bodyId) return;
    setBusy(true);
    setError(null);
    try {
      reportAdded(await invoke('roster.inviteMembers', { eventId, bodyId, pick, invitation: 'invited' }));
      props.onAdded();
      props.onClose();
    } catch (e) {
      setError(toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const toAdd = plan?.toAdd ?? 0;
  const empty = plan?.states.filter((s) => s.people.length === 0) ?? [];
  return (
    <Dialog
      open={open}
      title={t('roster.inviteMembers.title')}
      subtitle={t('roster.inviteMembers.subtitle')}
      busy={busy}
      onClose={props.onClose}
      testId="roster-invite-members"
      className="roster-dialog"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={() => void add()} busy={busy} disabled={!plan || toAdd === 0}>
          {t('roster.inviteMembers.confirm', { count: toAdd, formatted: formatNumber(toAdd) })}
        </DialogActions>
      }
    >
      <div className="roster-invite-form">
        <Field label={t('roster.inviteMembers.body')} required>
          {(control) => (
            <select {...control} className="select" value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
              <option value="">{t('roster.inviteMembers.chooseBody')}</option>
              {bodies.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field roster-invite-pick">
          <legend className="field-label">{t('roster.inviteMembers.pick')}</legend>
          {(['heads', 'spocs'] as const).map((option) => (
            <label key={option} className="checkbox">
              <input type="radio" name="roster-invite-pick" checked={pick === option} onChange={() => setPick(option)} />
              <span>
                <strong>{t(`roster.inviteMembers.${option}`)}</strong> <span className="muted small">{t(`roster.inviteMembers.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      {error ? <FieldError message={error} /> : null}
      {plan ? (
        plan.states.length === 0 ? (
          <p className="muted">{t('roster.inviteMembers.noMembers')}</p>
        ) : (
          <>
            <p className="roster-invite-summary" aria-live="polite" data-testid="roster-invite-summary">
              <strong>{t('roster.inviteMembers.summary', { count: toAdd, formatted: formatNumber(toAdd) })}</strong>
              {plan.onRoster ? ` · ${t('roster.inviteMembers.alreadyOn', { formatted: formatNumber(plan.onRoster) })}` : ''}
              {empty.length
                ? ` · ${t('roster.inviteMembers.nobodyFor', { count: empty.length, formatted: formatNumber(empty.length), states: empty.map((s) => countryName(s.countryCode, s.countryName)).join(', ') })}`
                : ''}
            </p>
            <div className="roster-invite-table-wrap">
              <table className="roster-invite-table" aria-label={t('roster.inviteMembers.tableLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('roster.inviteMembers.state')}</th>
                    <th scope="col">{t('roster.inviteMembers.people')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.states.map((state) => (
                    <tr key={state.countryCode} className={state.people.length ? undefined : 'is-empty'}>
                      <th scope="row">{countryName(state.countryCode, state.countryName)}</th>
                      <td>
                        {state.people.length === 0 ? (
                          <span className="muted">{t('roster.inviteMembers.nobody')}</span>
                        ) : (
                          <ul className="roster-invite-people">
                            {state.people.map((person) => (
                              <li key={person.personId} className={person.onRoster ? 'is-on' : undefined}>
                                <span className="roster-invite-name">
                                  <span className="roster-pick-name">{person.fullName}</span>
                                  {person.onRoster ? <span className="roster-on-badge">{t('roster.inviteMembers.onRoster')}</span> : null}
                                </span>
                                <span className="muted small">
                                  {[
                                    person.organisationName,
                                    person.source === 'earlier_head' ? t('roster.inviteMembers.earlierHead', { title: person.sourceEventTitle }) : t('roster.inviteMembers.spoc'),
                                  ]
                                    .filter(Boolean)
                                    .join(' · ')}
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      ) : bodyId && !error ? (
        <div className="loading-note">{t('common.loading')}</div>
      ) : null}
    </Dialog>
  );
}
