/** Files Liaison writes for the user to save: CSV and XLSX tables, safe names, text fit for each format, and PDF. */
export { csvField, neutraliseCell, toCsv } from './csv';
export { CSV_MIME, DOCX_MIME, PDF_MIME, XLSX_MIME } from './mime';
export { exportFileName, safeFileName, sheetName } from './names';
export { printedPdf, type PrintToPdf } from './pdf';
export { exportTable, type TableFile } from './spreadsheet';
export { clean, icsText, xlsxCell, xmlText } from './text';
