import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyKinds, type BodyKind, type BodySummary, type Domain } from '../../../src-shared/contract';
import { ListScreen, type ListQuery } from '../../components/ListScreen';
import { FilterSelect } from '../../components/Screen';
import { invoke } from '../../lib/client';
import { bodyColumns } from './columns';
import { BodyPanel } from './BodyPanel';
import { useBodiesView, type BodySort } from './store';
import { countryName } from '../../lib/countries';
import { compareText } from '../../lib/locale';

const WATCH: readonly Domain[] = ['bodies', 'events', 'organisations'];
const PANEL_HIDDEN_COLUMNS = ['kind', 'parent'];

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();

// Texts compare in the interface language's collation (compareText), so they are not folded first.
const sortKeys: Record<BodySort, (b: BodySummary) => string | number> = {
  name: (b) => b.name,
  kind: (b) => b.kind,
  parent: (b) => b.parentOrgName ?? '\uffff',
  members: (b) => b.memberCount,
  chair: (b) => countryName(b.currentChairCountryCode, b.currentChairName) ?? '\uffff',
  events: (b) => b.eventCount,
};

/** Bodies are few (tens, not thousands): the list comes whole and is searched and sorted here. */
async function fetchBodies(query: ListQuery<BodySort, { kind: BodyKind | null }>) {
  const all = await invoke('bodies.list', {});
  const needle = fold(query.search);
  const key = sortKeys[query.sort] ?? sortKeys.name;
  const rows = all
    .filter((b) => (!query.kind || b.kind === query.kind) && (!needle || fold(`${b.name} ${b.acronym} ${b.parentOrgName ?? ''}`).includes(needle)))
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return (query.dir === 'desc' ? -order : order) || compareText(a.name, b.name);
    });
  return { rows: rows.slice(query.offset, query.offset + query.limit), total: rows.length };
}

export function BodiesScreen() {
  const { t } = useTranslation();
  const view = useBodiesView();
  const kindOptions = useMemo(() => bodyKinds.map((kind) => ({ value: kind, label: t(`bodies.kinds.${kind}`) })), [t]);

  return (
    <ListScreen
      page="bodies"
      messages="bodies"
      icon="bodies"
      view={view}
      filters={{ kind: view.kind }}
      fetchPage={fetchBodies}
      watch={WATCH}
      columns={bodyColumns}
      panelHiddenColumns={PANEL_HIDDEN_COLUMNS}
      nameOf={(body) => body.name}
      Panel={BodyPanel}
      filterControls={
        <FilterSelect
          label={t('bodies.filterKind')}
          anyLabel={t('filters.allKinds')}
          value={view.kind}
          options={kindOptions}
          onChange={(value) => view.set({ kind: value as BodyKind | null })}
        />
      }
    />
  );
}
