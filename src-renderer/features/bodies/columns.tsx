import type { TFunction } from 'i18next';
import type { BodySummary } from '../../../src-shared/contract';
import { CellText } from '../../components/cells';
import { columnHelper, type DataColumn } from '../../components/DataTable';
import { formatNumber } from '../../lib/format';
import { countryName } from '../../lib/countries';

const helper = columnHelper<BodySummary>();

/** Column ids double as the sort keys of the list (sorted here: bodies are few). */
export function bodyColumns(t: TFunction): DataColumn<BodySummary>[] {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: t('bodies.columns.name'),
      size: 330,
      minSize: 180,
      cell: (info) => {
        const body = info.row.original;
        return (
          <>
            <CellText tone="strong" text={body.name} title={body.name} />
            {body.acronym && body.acronym !== body.name ? <span className="badge">{body.acronym}</span> : null}
          </>
        );
      },
    }),
    helper.accessor('kind', {
      id: 'kind',
      header: t('bodies.columns.kind'),
      size: 140,
      minSize: 100,
      cell: (info) => <CellText text={t(`bodies.kinds.${info.getValue()}`)} />,
    }),
    helper.accessor((body) => body.parentOrgName ?? '', {
      id: 'parent',
      header: t('bodies.columns.parent'),
      size: 200,
      minSize: 110,
      cell: (info) => <CellText text={info.getValue()} title={info.getValue()} />,
    }),
    helper.accessor('memberCount', {
      id: 'members',
      header: t('bodies.columns.members'),
      sortDescFirst: true,
      meta: { align: 'end' },
      size: 100,
      minSize: 90,
      cell: (info) => <CellText text={formatNumber(info.getValue())} />,
    }),
    helper.accessor((body) => countryName(body.currentChairCountryCode, body.currentChairName) ?? '', {
      id: 'chair',
      header: t('bodies.columns.chair'),
      size: 190,
      minSize: 120,
      cell: (info) => <CellText text={info.getValue()} title={info.getValue()} tone={info.getValue() ? undefined : 'muted'} />,
    }),
    helper.accessor('eventCount', {
      id: 'events',
      header: t('bodies.columns.events'),
      sortDescFirst: true,
      meta: { align: 'end' },
      size: 90,
      minSize: 80,
      cell: (info) => <CellText text={formatNumber(info.getValue())} />,
    }),
  ]);
}
