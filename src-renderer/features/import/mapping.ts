import type { TFunction } from 'i18next';
import { importTarget, type ImportTarget } from '../../../src-shared/contract';

export const TARGETS: readonly ImportTarget[] = importTarget.options;

/** Several columns may add emails, phones, languages or notes; the rest fill one field each. */
const REPEATABLE = new Set<ImportTarget>(['email', 'phone', 'languages', 'notes', 'ignore']);

/** What stops the mapping from being previewed, as messages; empty when it is usable. */
export function mappingProblems(t: TFunction, mapping: readonly ImportTarget[]): string[] {
  const problems: string[] = [];
  const has = (target: ImportTarget) => mapping.includes(target);
  if (!has('fullName') && !(has('firstName') && has('lastName'))) problems.push(t('import.mapping.needName'));
  for (const target of TARGETS) {
    if (!REPEATABLE.has(target) && mapping.filter((m) => m === target).length > 1) {
      problems.push(t('import.mapping.duplicate', { target: t(`import.mapping.targets.${target}`) }));
    }
  }
  return problems;
}

/** Up to three non-empty values of a column, from the rows the service sent. */
export function samplesOf(rows: readonly string[][], column: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (value) values.push(value);
    if (values.length === 3) break;
  }
  return values;
}
