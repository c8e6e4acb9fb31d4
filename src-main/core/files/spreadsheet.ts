import ExcelJS from 'exceljs';
import type { CsvSeparator, FileToSave } from '../../../src-shared/contract';
import { toCsv } from './csv';
import { CSV_MIME, XLSX_MIME } from './mime';
import { xlsxCell, xmlText } from './text';

export interface TableFile {
  sheet: string;
  baseName: string;
  widths: readonly number[];
  separator?: CsvSeparator | undefined;
}

/**
 * A table (header first) as CSV with BOM or as XLSX with a bold, frozen, filterable header. Only CSV cells are neutralised:
 * XLSX cells are typed text that Excel never evaluates, so there the apostrophe would only show to readers.
 */
export async function exportTable(table: ReadonlyArray<readonly string[]>, options: TableFile, format: 'csv' | 'xlsx'): Promise<FileToSave> {
  if (format === 'csv') {
    return {
      fileName: `${options.baseName}.csv`,
      mimeType: CSV_MIME,
      base64: Buffer.from(toCsv(table, options.separator), 'utf8').toString('base64'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liaison';
  const sheet = workbook.addWorksheet(xmlText(options.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = options.widths.map((width) => ({ width }));
  for (const row of table) sheet.addRow(row.map(xlsxCell));
  sheet.getRow(1).font = { bold: true };
  const columns = table[0]?.length ?? 1;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(table.length, 1), column: columns } };
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${options.baseName}.xlsx`,
    mimeType: XLSX_MIME,
    base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
