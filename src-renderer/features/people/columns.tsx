import type { TFunction } from 'i18next';
import type { Person } from '../../../src-shared/contract';
import { columnHelper, type DataColumn } from '../../components/DataTable';
import { formatDate, formatDateTime } from '../../lib/format';

const helper = columnHelper<Person>();

/** Column ids double as the server's sort keys. */
export function personColumns(t: TFunction): DataColumn<Person>[] {
  return helper.columns([
    helper.accessor('fullName', {
      id: 'name',
      header: t('people.columns.name'),
      size: 240,
      minSize: 170,
      cell: (info) => {
        const person = info.row.original;
        return (
          <>
            <span className="cell-text cell-strong" title={person.fullName}>
              {person.fullName}
            </span>
            {person.isSpoc ? (
              <span className="badge badge-accent" title={t('people.spocTitle')}>
                {t('people.spocBadge')}
              </span>
            ) : null}
          </>
        );
      },
    }),
    helper.accessor('position', {
      id: 'position',
      header: t('people.columns.position'),
      size: 280,
      minSize: 140,
      cell: (info) => (
        <span className="cell-text" title={info.getValue()}>
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor((person) => person.organisationAcronym || person.organisationName || '', {
      id: 'organisation',
      header: t('people.columns.organisation'),
      size: 150,
      minSize: 100,
      cell: (info) => (
        <span className="cell-text" title={info.row.original.organisationName ?? ''}>
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor((person) => person.countryName ?? '', {
      id: 'country',
      header: t('people.columns.country'),
      size: 150,
      minSize: 100,
      cell: (info) => <span className="cell-text">{info.getValue()}</span>,
    }),
    helper.accessor((person) => person.emails.join(', '), {
      id: 'emails',
      header: t('people.columns.emails'),
      enableSorting: false,
      size: 230,
      minSize: 120,
      cell: (info) => (
        <span className="cell-text cell-muted" title={info.getValue()}>
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor('updatedAt', {
      id: 'updated',
      header: t('people.columns.updated'),
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
