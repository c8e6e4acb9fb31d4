import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationCandidate, ParticipantRole, Person, RosterAddResult } from '../../../src-shared/contract';
import { Chip } from '../../components/Chips';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import i18n from '../../i18n';
import { invoke, toAppError } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { formatNumber } from '../../lib/format';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { roleOptions } from './labels';

const SEARCH_LIMIT = 100;

/** "Added 3, 2 already on the roster", or the shorter sentence when one of them is nought. */
export function reportAdded({ added, skipped }: RosterAddResult): void {
  const t = i18n.t.bind(i18n);
  if (added === 0 && skipped === 0) toast('info', t('roster.addedNobody'));
  else if (added === 0) toast('info', t('roster.addedNone', { skipped: formatNumber(skipped) }));
  else if (skipped === 0) toast('success', t('roster.addedAll', { count: added, formatted: formatNumber(added) }));
  else toast('success', t('roster.added', { added: formatNumber(added), skipped: formatNumber(skipped) }));
}

function RoleSelect({ value, onChange }: { value: ParticipantRole; onChange: (role: ParticipantRole) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('roster.addPeople.role')}>
      {(control) => (
        <select {...control} className="select" value={value} onChange={(e) => onChange(e.target.value as ParticipantRole)}>
          {roleOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Search the directory as you type, tick several people, add them with one role. */
export function AddPeopleDialog(props: { open: boolean; eventId: string; onRoster: ReadonlySet<string>; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 200);
  const [chosen, setChosen] = useState<Map<string, Person>>(() => new Map());
  const [role, setRole] = useState<ParticipantRole>('delegate');
  const [busy, setBusy] = useState(false);
  const [failed, setError] = useState<string | null>(null);
  const { open } = props;
  // The last results stay while the next search runs.
  const searching = useCall(
    () => invoke('people.list', { search: query, sort: 'relevance', limit: SEARCH_LIMIT, matchOrganisationAndCountry: true }).then((page) => ({ ...page, query })),
    open ? `people:${query}` : null,
    { keep: true },
  );
  const results = searching.data;
  const error = failed ?? searching.error?.message ?? null;

  useEffect(() => {
    if (open) return;
    setSearch('');
    setChosen(new Map());
    setRole('delegate');
    setError(null);
  }, [open]);

  function flip(person: Person) {
    setChosen((current) => {
      const next = new Map(current);
      if (next.has(person.id)) next.delete(person.id);
      else next.set(person.id, person);
      return next;
    });
  }

  async function add() {
    setBusy(true);
    setError(null);
    try {
      reportAdded(await invoke('roster.add', { eventId: props.eventId, personIds: [...chosen.keys()], role, invitation: 'invited' }));
      props.onAdded();
      props.onClose();
    } catch (e) {
      setError(toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const count = chosen.size;
  return (
    <Dialog
      open={open}
      title={t('roster.addPeople.title')}
      subtitle={t('roster.addPeople.hint')}
      busy={busy}
      onClose={props.onClose}
      testId="roster-add-people"
      className="roster-dialog"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={() => void add()} busy={busy} disabled={count === 0}>
          {t('roster.addPeople.confirm', { count: count, formatted: formatNumber(count) })}
        </DialogActions>
      }
    >
      <div className="roster-add-form">
        <Field label={t('roster.addPeople.search')} className="roster-add-search">
          {(control) => (
            <div className="search-box">
              <Icon name="search" size={16} />
              <input
                {...control}
                className="input search-input"
                type="search"
                autoFocus
                autoComplete="off"
                placeholder={t('roster.addPeople.searchPlaceholder')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
          )}
        </Field>
        <RoleSelect value={role} onChange={setRole} />
      </div>
      {error ? <FieldError message={error} /> : null}
      {count ? (
        <div className="roster-chosen" data-testid="roster-chosen">
          <span className="muted small">{t('roster.addPeople.chosen', { count: count, formatted: formatNumber(count) })}:</span>
          {[...chosen.values()].map((person) => (
            <Chip key={person.id} label={person.fullName} removeLabel={t('roster.addPeople.untick', { name: person.fullName })} onRemove={() => flip(person)} />
          ))}
        </div>
      ) : null}
      {results ? (
        <>
          <p className="muted small roster-results-count" aria-live="polite">
            {results.total === 0 && results.query
              ? t('roster.addPeople.none', { search: results.query })
              : t('roster.addPeople.results', { count: results.total, formatted: formatNumber(results.total) })}
            {results.total > results.rows.length ? ` ${t('roster.addPeople.more', { shown: formatNumber(results.rows.length) })}` : ''}
          </p>
          <ul className="roster-pick-list" aria-label={t('roster.addPeople.resultsLabel')}>
            {results.rows.map((person) => {
              const already = props.onRoster.has(person.id);
              const details = [person.position, person.organisationAcronym || person.organisationName, countryName(person.countryCode, person.countryName)].filter(Boolean).join(' · ');
              return (
                <li key={person.id} className={already ? 'roster-pick is-on' : chosen.has(person.id) ? 'roster-pick is-chosen' : 'roster-pick'}>
                  <label className="checkbox roster-pick-label">
                    <input type="checkbox" checked={already || chosen.has(person.id)} disabled={already} onChange={() => flip(person)} />
                    <span className="roster-pick-text">
                      <span className="roster-pick-name">{person.fullName}</span>
                      <span className="muted small">{details}</span>
                    </span>
                  </label>
                  {already ? <span className="roster-on-badge">{t('roster.addPeople.onRoster')}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <div className="loading-note">{t('common.loading')}</div>
      )}
    </Dialog>
  );
}

/** A delegation of one country or one organisation, with one role: the body's member states first, and the user ticks who comes. */
export function AddDelegationDialog(props: { open: boolean; eventId: string; bodyId: string | null; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const organisations = useOrganisationOptions({ byLabel: true });
  const [by, setBy] = useState<'country' | 'organisation'>('country');
  const [value, setValue] = useState('');
  const [role, setRole] = useState<ParticipantRole>('delegate');
  const [ticked, setTicked] = useState<Set<string>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const [failed, setError] = useState<string | null>(null);
  const { open, eventId, bodyId } = props;
  const body = useCall('bodies.get', open && bodyId ? { id: bodyId } : null);
  const members = useMemo(() => {
    if (!body.data || body.error) return null;
    const codes = body.data.members.flatMap((m) => (m.kind === 'member_state' && m.countryCode ? [m.countryCode] : []));
    return { bodyName: body.data.acronym || body.data.name, codes: new Set(codes) };
  }, [body.data, body.error]);
  const candidatesCall = useCall(
    'roster.delegationCandidates',
    open && value ? (by === 'country' ? { eventId, countryCode: value } : { eventId, organisationId: value }) : null,
  );
  const candidates: DelegationCandidate[] | null = candidatesCall.data;
  const error = failed ?? candidatesCall.error?.message ?? null;

  // Who is ticked starts again with each list: everyone not on the roster yet and not left out.
  useEffect(() => {
    setTicked(new Set((candidates ?? []).filter((c) => !c.onRoster && c.leftOut === null).map((c) => c.personId)));
  }, [candidates]);

  useEffect(() => {
    if (open) return;
    setBy('country');
    setValue('');
    setRole('delegate');
    setError(null);
  }, [open]);


  function flip(personId: string) {
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(personId)) next.delete(personId);
      else next.add(personId);
      return next;
    });
  }

  async function add() {
    setBusy(true);
    setError(null);
    try {
      reportAdded(await invoke('roster.add', { eventId, personIds: [...ticked], role, invitation: 'invited' }));
      props.onAdded();
      props.onClose();
    } catch (e) {
      setError(toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const memberCountries = members ? countries.filter((o) => members.codes.has(o.value)) : [];
  const otherCountries = members ? countries.filter((o) => !members.codes.has(o.value)) : countries;
  const count = ticked.size;
  return (
    <Dialog
      open={open}
      title={t('roster.addDelegation.title')}
      subtitle={t('roster.addDelegation.hint')}
      busy={busy}
      onClose={props.onClose}
      testId="roster-add-delegation"
      className="roster-dialog roster-dialog-small"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={() => void add()} busy={busy} disabled={!value || count === 0}>
          {t('roster.addDelegation.confirm')}
        </DialogActions>
      }
    >
      <div className="form">
        <fieldset className="field">
          <legend className="field-label">{t('roster.addDelegation.by')}</legend>
          <div className="roster-by">
            {(['country', 'organisation'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input
                  type="radio"
                  name="roster-delegation-by"
                  checked={by === option}
                  onChange={() => {
                    setBy(option);
                    setValue('');
                  }}
                />
                {t(option === 'country' ? 'roster.addDelegation.byCountry' : 'roster.addDelegation.byOrganisation')}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t(by === 'country' ? 'roster.addDelegation.country' : 'roster.addDelegation.organisation')} required>
          {(control) => (
            <select {...control} className="select" value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">{t('roster.addDelegation.choose')}</option>
              {by === 'organisation' ? (
                organisations.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))
              ) : memberCountries.length ? (
                <>
                  <optgroup label={t('roster.addDelegation.membersOf', { body: members!.bodyName })}>
                    {memberCountries.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('roster.addDelegation.otherCountries')}>
                    {otherCountries.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                </>
              ) : (
                otherCountries.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))
              )}
            </select>
          )}
        </Field>
        <RoleSelect value={role} onChange={setRole} />
        {candidates ? (
          <fieldset className="field">
            <legend className="field-label">
              {t('roster.addDelegation.who')} <span className="muted small">({t('roster.addDelegation.ticked', { count: count, formatted: formatNumber(count) })})</span>
            </legend>
            {candidates.length === 0 ? (
              <p className="muted small">{t('roster.addDelegation.nobody')}</p>
            ) : (
              <ul className="roster-pick-list roster-delegation-list" data-testid="roster-delegation-people">
                {candidates.map((c) => {
                  const details = [c.position, c.organisationName, c.leftOut ? t(`roster.addDelegation.${c.leftOut}`) : ''].filter(Boolean).join(' · ');
                  return (
                    <li key={c.personId} className={c.onRoster ? 'roster-pick is-on' : ticked.has(c.personId) ? 'roster-pick is-chosen' : 'roster-pick'}>
                      <label className="checkbox roster-pick-label">
                        <input type="checkbox" checked={c.onRoster || ticked.has(c.personId)} disabled={c.onRoster} onChange={() => flip(c.personId)} />
                        <span className="roster-pick-text">
                          <span className="roster-pick-name">{c.fullName}</span>
                          <span className="muted small">{details}</span>
                        </span>
                      </label>
                      {c.onRoster ? <span className="roster-on-badge">{t('roster.addPeople.onRoster')}</span> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
        ) : null}
        {error ? <FieldError message={error} /> : null}
      </div>
    </Dialog>
  );
}
