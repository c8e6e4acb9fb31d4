import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { ListScreen } from '../../components/ListScreen';
import { FilterSelect } from '../../components/Screen';
import { invoke } from '../../lib/client';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';
import { replaceRoute, useRoute } from '../../lib/navigate';
import { familyFirstColumns, personColumns } from './columns';
import { PersonPanel } from './PersonPanel';
import { usePeopleView } from './store';
import type { Domain } from '../../../src-shared/contract';

const WATCH: readonly Domain[] = ['people', 'organisations'];
const PANEL_HIDDEN_COLUMNS = ['emails', 'updated'];

/** The directory of people; `ImportWizard` (the directory import, its own feature) comes from the app. */
const FAMILY_FIRST_KEY = 'liaison.people.familyFirst';

export function PeopleScreen({ ImportWizard }: { ImportWizard: ComponentType<{ open: boolean; onClose: () => void }> }) {
  const { t } = useTranslation();
  const view = usePeopleView();
  const route = useRoute();
  const spocOnly = route.page === 'people' && route.spocOnly;

  // `#/people?spoc` (the dashboard's SPOC count) sets the filter once and leaves the address.
  useEffect(() => {
    if (!spocOnly || route.page !== 'people') return;
    usePeopleView.getState().set({ spocOnly: true });
    replaceRoute({ page: 'people', id: route.id });
  }, [spocOnly, route]);
  const countryOptions = useCountryOptions();
  const organisationOptions = useOrganisationOptions();
  const [importing, setImporting] = useState(false);
  const [familyNameFirst, setFamilyNameFirst] = useState(() => {
    try {
      return localStorage.getItem(FAMILY_FIRST_KEY) === '1';
    } catch {
      return false;
    }
  });
  const showFamilyFirst = (on: boolean) => {
    setFamilyNameFirst(on);
    try {
      localStorage.setItem(FAMILY_FIRST_KEY, on ? '1' : '0');
    } catch {
      // For this session only.
    }
  };

  // While searching, best matches come first; a click on a column header still sorts by that column.
  const searching = view.searchText.trim() !== '';
  const byName = familyNameFirst ? 'family' : 'name';
  useEffect(() => {
    const { sort, desc, set } = usePeopleView.getState();
    if (searching && (sort === 'name' || sort === 'family') && !desc) set({ sort: 'relevance' });
    else if (!searching && sort === 'relevance') set({ sort: byName, desc: false });
    else if (sort === 'name' || sort === 'family') set({ sort: byName });
  }, [searching, byName]);

  return (
    <>
      <ListScreen
        page="people"
        messages="people"
        icon="people"
        view={view}
        filters={{ countryCode: view.countryCode, organisationId: view.organisationId, spocOnly: view.spocOnly }}
        fetchPage={(query) => invoke('people.list', query)}
        watch={WATCH}
        columns={familyNameFirst ? familyFirstColumns : personColumns}
        panelHiddenColumns={PANEL_HIDDEN_COLUMNS}
        nameOf={(person) => person.fullName}
        Panel={PersonPanel}
        headerActions={
          <button type="button" className="button" onClick={() => setImporting(true)} title={t('import.openTitle')}>
            <Icon name="upload" size={16} />
            {t('import.open')}
          </button>
        }
        filterControls={
          <>
            <FilterSelect
              label={t('people.filterCountry')}
              anyLabel={t('filters.allCountries')}
              value={view.countryCode}
              options={countryOptions}
              onChange={(value) => view.set({ countryCode: value })}
            />
            <FilterSelect
              label={t('people.filterOrganisation')}
              anyLabel={t('filters.allOrganisations')}
              value={view.organisationId}
              options={organisationOptions}
              onChange={(value) => view.set({ organisationId: value })}
            />
            <label className="checkbox toolbar-checkbox">
              <input type="checkbox" checked={view.spocOnly} onChange={(event) => view.set({ spocOnly: event.target.checked })} />
              {t('people.spocOnly')}
            </label>
            <label className="checkbox toolbar-checkbox" title={t('people.familyFirstTitle')}>
              <input type="checkbox" checked={familyNameFirst} onChange={(event) => showFamilyFirst(event.target.checked)} data-testid="people-family-first" />
              {t('people.familyFirst')}
            </label>
            {view.sort === 'relevance' ? <span className="muted small">{t('people.bestMatchFirst')}</span> : null}
          </>
        }
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
