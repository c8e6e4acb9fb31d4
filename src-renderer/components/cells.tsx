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

export function countryColumn<R extends { countryName: string | null }>(header: string, size: number): DataColumn<R> {
  return columnHelper<R>().accessor((row) => row.countryName ?? '', {
    id: 'country',
    header,
    size,
    minSize: 100,
    cell: (info) => <CellText text={info.getValue()} />,
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
