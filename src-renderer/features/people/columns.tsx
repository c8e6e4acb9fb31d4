import type { TFunction } from 'i18next';
import type { Person } from '../../../src-shared/contract';
import { CellText, countryColumn, updatedColumn } from '../../components/cells';
import { columnHelper, type DataColumn } from '../../components/DataTable';
import { currentLocales } from '../../lib/locale';

const helper = columnHelper<Person>();

/**
 * "PETROVIĆ, Marko", as lists of participants write a name, where its parts are known; the name as
 * written otherwise. Capitals in the interface language's rules (Turkish "YILMAZ" keeps its dotless I).
 */
export function familyFirst(person: Pick<Person, 'fullName' | 'givenNames' | 'familyName'>): string {
  if (!person.familyName) return person.fullName;
  const family = person.familyName.toLocaleUpperCase(currentLocales());
  return person.givenNames ? `${family}, ${person.givenNames}` : family;
}

/** The name with its other script beside it, for a tooltip. */
const fullTitle = (person: Person) => (person.otherScriptName ? `${person.fullName} · ${person.otherScriptName}` : person.fullName);

/** The list with family names first ("PETROVIĆ, Marko"). */
export const familyFirstColumns = (t: TFunction): DataColumn<Person>[] => personColumns(t, true);

/** Column ids double as the server's sort keys. */
export function personColumns(t: TFunction, byFamilyName = false): DataColumn<Person>[] {
  return helper.columns([
    helper.accessor('fullName', {
      // Shown family name first, the list sorts by it too.
      id: byFamilyName ? 'family' : 'name',
      header: t('people.columns.name'),
      size: 240,
      minSize: 170,
      cell: (info) => {
        const person = info.row.original;
        return (
          <>
            <CellText tone="strong" text={byFamilyName ? familyFirst(person) : person.fullName} title={fullTitle(person)} />
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
      cell: (info) => <CellText text={info.getValue()} title={info.getValue()} />,
    }),
    helper.accessor((person) => person.organisationAcronym || person.organisationName || '', {
      id: 'organisation',
      header: t('people.columns.organisation'),
      size: 150,
      minSize: 100,
      cell: (info) => <CellText text={info.getValue()} title={info.row.original.organisationName ?? ''} />,
    }),
    countryColumn(t('people.columns.country'), 150),
    helper.accessor((person) => person.emails.join(', '), {
      id: 'emails',
      header: t('people.columns.emails'),
      enableSorting: false,
      size: 230,
      minSize: 120,
      cell: (info) => <CellText tone="muted" text={info.getValue()} title={info.getValue()} />,
    }),
    updatedColumn(t('people.columns.updated')),
  ]);
}
