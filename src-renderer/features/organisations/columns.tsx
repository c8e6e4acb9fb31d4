import type { TFunction } from 'i18next';
import type { Organisation } from '../../../src-shared/contract';
import { columnHelper, type DataColumn } from '../../components/DataTable';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';

const helper = columnHelper<Organisation>();

export function organisationColumns(t: TFunction): DataColumn<Organisation>[] {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: t('organisations.columns.name'),
      size: 340,
      minSize: 180,
      cell: (info) => (
        <span className="cell-text cell-strong" title={info.getValue()}>
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor('acronym', {
      id: 'acronym',
      header: t('organisations.columns.acronym'),
      size: 120,
      minSize: 90,
      cell: (info) => <span className="cell-text">{info.getValue()}</span>,
    }),
    helper.accessor('kind', {
      id: 'kind',
      header: t('organisations.columns.kind'),
      size: 200,
      minSize: 120,
      cell: (info) => <span className="cell-text">{t(`organisations.kinds.${info.getValue()}`)}</span>,
    }),
    helper.accessor((org) => org.countryName ?? '', {
      id: 'country',
      header: t('organisations.columns.country'),
      size: 160,
      minSize: 100,
      cell: (info) => <span className="cell-text">{info.getValue()}</span>,
    }),
    helper.accessor('peopleCount', {
      id: 'people',
      header: t('organisations.columns.people'),
      sortDescFirst: true,
      meta: { align: 'end' },
      size: 90,
      minSize: 80,
      cell: (info) => <span className="cell-text">{formatNumber(info.getValue())}</span>,
    }),
    helper.accessor('updatedAt', {
      id: 'updated',
      header: t('organisations.columns.updated'),
      sortDescFirst: true,
      size: 130,
      minSize: 110,
      cell: (info) => (
        <span className="cell-text cell-muted" title={formatDateTime(info.getValue())}>
          {formatDate(info.getValue())}
        </span>
      ),
    }),
  ]);
}
