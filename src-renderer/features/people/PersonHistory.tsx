import './people.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { openEvent } from '../../lib/navigate';
import { useCall } from '../../lib/useCall';

/** The events a person took part in, newest first, each opening its page. */
export function PersonHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const history = useCall('people.history', { id: personId }, { watch: ['roster', 'events'] });
  const rows = history.error ? [] : history.data;

  return (
    <section className="form-section person-history" aria-label={t('people.history.title')}>
      <h3 className="form-section-title">{t('people.history.title')}</h3>
      {rows === null ? null : rows.length === 0 ? (
        <p className="field-hint">{t('people.history.empty')}</p>
      ) : (
        <ul className="person-history-list">
          {rows.map((r) => (
            <li key={r.participationId}>
              <button
                type="button"
                className="link-button"
                onClick={() => openEvent(r.eventId, 'participants')}
              >
                {r.title}
              </button>
              <span className="muted small">
                {formatDate(r.startsAt)} · {t(`people.history.roles.${r.role}`)}
                {r.attendance ? ` · ${t(`people.history.attendance.${r.attendance}`)}` : ` · ${t(`people.history.invitation.${r.invitation}`)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Picks the duplicate to fold into the person kept, and says what will happen before it does it. */
export function MergeDialog({ keep, open, onClose, onMerged }: { keep: Person; open: boolean; onClose: () => void; onMerged: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(keep.fullName.split(' ').at(-1) ?? '');
  const [chosen, setChosen] = useState<Person | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The list on screen stays while the next search, a pause after typing, runs.
  const candidates = useCall('people.list', open ? { search, sort: 'relevance', limit: 20 } : null, { delay: 150, keep: true });
  const found: Person[] = candidates.error ? [] : (candidates.data?.rows.filter((p) => p.id !== keep.id) ?? []);

  async function merge() {
    if (!chosen) return;
    setBusy(true);
    try {
      await invoke('people.merge', { keepId: keep.id, mergeId: chosen.id });
      toast('success', t('people.merge.done', { merged: chosen.fullName, kept: keep.fullName }));
      setChosen(null);
      onMerged();
      onClose();
    } catch (e) {
      setError(toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      busy={busy}
      title={t('people.merge.title', { name: keep.fullName })}
      subtitle={t('people.merge.subtitle')}
      onClose={onClose}
      testId="merge-dialog"
      actions={
        <DialogActions onCancel={onClose} onConfirm={() => void merge()} busy={busy} disabled={!chosen} danger>
          {chosen ? t('people.merge.confirm', { name: chosen.fullName }) : t('people.merge.choose')}
        </DialogActions>
      }
    >
      <input
        className="input"
        type="search"
        aria-label={t('people.merge.search')}
        placeholder={t('people.merge.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ul className="merge-candidates" role="listbox" aria-label={t('people.merge.candidates')}>
        {found.map((p) => (
          <li key={p.id} role="option" aria-selected={chosen?.id === p.id}>
            <label className="checkbox">
              <input type="radio" name="merge-candidate" checked={chosen?.id === p.id} onChange={() => setChosen(p)} />
              <span>
                {p.fullName}
                <span className="muted small"> {[p.position, p.organisationAcronym || p.organisationName, countryName(p.countryCode, p.countryName), p.emails[0]].filter(Boolean).join(' · ')}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {chosen ? <p className="field-hint">{t('people.merge.explain', { merged: chosen.fullName, kept: keep.fullName })}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </Dialog>
  );
}
