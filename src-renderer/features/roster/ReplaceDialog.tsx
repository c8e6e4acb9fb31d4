import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FieldError } from '../../components/Field';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';

/** "Replace by…": another person takes the participant's role and delegation; the roster keeps who replaced whom. */
export function ReplaceDialog(props: { row: RosterRow; onRoster: ReadonlySet<string>; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 200);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const results = useCall(() => invoke('people.list', { search: query, sort: 'relevance', limit: 50, matchOrganisationAndCountry: true }), `people:${query}`, { keep: true });

  async function replace() {
    if (!chosen) return;
    setBusy(true);
    setFailed(null);
    try {
      const done = await invoke('nominations.replace', { participationId: props.row.id, personId: chosen });
      toast('success', t('roster.replace.done', { replacement: done.replacementName, replaced: done.replacedName }));
      props.onDone();
      props.onClose();
    } catch (e) {
      setFailed(toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={t('roster.replace.title', { name: props.row.fullName })}
      subtitle={t('roster.replace.hint')}
      busy={busy}
      onClose={props.onClose}
      testId="roster-replace"
      className="roster-dialog roster-dialog-small"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={() => void replace()} busy={busy} disabled={!chosen}>
          {t('roster.replace.confirm')}
        </DialogActions>
      }
    >
      <input className="input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('roster.replace.search')} aria-label={t('roster.replace.search')} autoFocus />
      <fieldset className="replace-list">
        <legend className="visually-hidden">{t('roster.replace.search')}</legend>
        {(results.data?.rows ?? []).map((person) => {
          const taken = props.onRoster.has(person.id);
          return (
            <label key={person.id} className={taken ? 'checkbox replace-person is-taken' : 'checkbox replace-person'}>
              <input type="radio" name="replacement" value={person.id} checked={chosen === person.id} disabled={taken} onChange={() => setChosen(person.id)} />
              <span>
                {person.fullName}
                <span className="muted small"> {[person.organisationName, taken ? t('roster.replace.onRoster') : ''].filter(Boolean).join(' · ')}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {failed ? <FieldError message={failed} /> : null}
    </Dialog>
  );
}
