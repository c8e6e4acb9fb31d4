import { countryName } from '../lib/countries';
import { formatDate, formatDateTime } from '../lib/format';
import { columnHelper, type DataColumn } from './DataTable';

/** Cell text that ends in an ellipsis when the column is narrow; `title` shows it whole on hover. */
export function CellText(props: { text: string; title?: string | undefined; tone?: 'strong' | 'muted' }) {
  return (
    <span className={props.tone ? `cell-text cell-${props.tone}` : 'cell-text'} title={props.title}>
      {props.text}
    </span>
  );
}

export function countryColumn<R extends { countryCode: string | null; countryName: string | null }>(header: string, size: number): DataColumn<R> {
  return columnHelper<R>().accessor((row) => countryName(row.countryCode, row.countryName) ?? '', {
    id: 'country',
    header,
    size,
    minSize: 100,
    // From the row, not the table's cached value: the name follows a change of language.
    cell: (info) => <CellText text={countryName(info.row.original.countryCode, info.row.original.countryName) ?? ''} />,
  });
}

export function updatedColumn<R extends { updatedAt: string }>(header: string): DataColumn<R> {
  return columnHelper<R>().accessor((row) => row.updatedAt, {
    id: 'updated',
    header,
    sortDescFirst: true,
    size: 130,
    minSize: 110,
    cell: (info) => <CellText tone="muted" text={formatDate(info.getValue())} title={formatDateTime(info.getValue())} />,
  });
}
