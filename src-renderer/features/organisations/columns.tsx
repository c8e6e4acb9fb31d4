import type { TFunction } from 'i18next';
import type { Organisation } from '../../../src-shared/contract';
import { CellText, countryColumn, updatedColumn } from '../../components/cells';
import { columnHelper, type DataColumn } from '../../components/DataTable';
import { formatNumber } from '../../lib/format';

const helper = columnHelper<Organisation>();

/** Column ids double as the server's sort keys. */
export function organisationColumns(t: TFunction): DataColumn<Organisation>[] {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: t('organisations.columns.name'),
      size: 340,
      minSize: 180,
      cell: (info) => <CellText tone="strong" text={info.getValue()} title={info.getValue()} />,
    }),
    helper.accessor('acronym', {
      id: 'acronym',
      header: t('organisations.columns.acronym'),
      size: 120,
      minSize: 90,
      cell: (info) => <CellText text={info.getValue()} />,
    }),
    helper.accessor('kind', {
      id: 'kind',
      header: t('organisations.columns.kind'),
      size: 200,
      minSize: 120,
      cell: (info) => <CellText text={t(`organisations.kinds.${info.getValue()}`)} />,
    }),
    countryColumn(t('organisations.columns.country'), 160),
    helper.accessor('peopleCount', {
      id: 'people',
      header: t('organisations.columns.people'),
      sortDescFirst: true,
      meta: { align: 'end' },
      size: 90,
      minSize: 80,
      cell: (info) => <CellText text={formatNumber(info.getValue())} />,
    }),
    updatedColumn(t('organisations.columns.updated')),
  ]);
}
