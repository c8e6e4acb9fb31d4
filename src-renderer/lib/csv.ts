import type { CsvSeparator } from '../../src-shared/contract';

/**
 * The list separator Excel uses in the user's locale: a semicolon where the decimal mark is a comma
 * (Romanian, German, French…), a comma elsewhere. Excel opens a CSV with the other one as a single column.
 */
export function csvSeparatorFor(locales: readonly string[] = typeof navigator !== 'undefined' ? navigator.languages : []): CsvSeparator {
  const decimal = new Intl.NumberFormat(locales as string[]).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}
