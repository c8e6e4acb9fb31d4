import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKinds, type Organisation, type Domain } from '../../../src-shared/contract';
import { ListScreen } from '../../components/ListScreen';
import { FilterSelect } from '../../components/Screen';
import { invoke } from '../../lib/client';
import { useCountryOptions } from '../../lib/lookups';
import { organisationColumns } from './columns';
import { OrganisationPanel } from './OrganisationPanel';
import { useOrganisationsView } from './store';

const WATCH: readonly Domain[] = ['organisations', 'people'];
const PANEL_HIDDEN_COLUMNS = ['kind', 'updated'];

export function OrganisationsScreen() {
  const { t } = useTranslation();
  const view = useOrganisationsView();
  const countryOptions = useCountryOptions();
  const kindOptions = useMemo(() => organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) })), [t]);

  return (
    <ListScreen
      page="organisations"
      messages="organisations"
      icon="organisations"
      view={view}
      filters={{ countryCode: view.countryCode, kind: view.kind }}
      fetchPage={(query) => invoke('organisations.list', query)}
      watch={WATCH}
      columns={organisationColumns}
      panelHiddenColumns={PANEL_HIDDEN_COLUMNS}
      nameOf={(org) => org.name}
      Panel={OrganisationPanel}
      filterControls={
        <>
          <FilterSelect
            label={t('organisations.filterCountry')}
            anyLabel={t('filters.allCountries')}
            value={view.countryCode}
            options={countryOptions}
            onChange={(value) => view.set({ countryCode: value })}
          />
          <FilterSelect
            label={t('organisations.filterKind')}
            anyLabel={t('filters.allKinds')}
            value={view.kind}
            options={kindOptions}
            onChange={(value) => view.set({ kind: value as Organisation['kind'] | null })}
          />
        </>
      }
    />
  );
}
