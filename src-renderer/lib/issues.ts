import type { FieldIssue } from '../../src-shared/errors';
import { translateIssue } from '../i18n';
import { toAppError } from './client';

export type FieldErrors = Record<string, string>;

/** First message per dotted path (`fullName`, `emails.1`), translated when the catalog knows it. */
export function issuesByPath(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path || '';
    if (!(path in errors)) errors[path] = translateIssue(issue.message);
  }
  return errors;
}

/**
 * Messages for one list field keyed by the row the user sees: `positions` maps each index
 * of the sent (blank-free) array back to its row in the form.
 */
export function listErrors(errors: FieldErrors, field: string, positions: readonly number[]): Record<number, string> {
  const result: Record<number, string> = {};
  // A message about the whole list (too many entries) shows under its first row.
  if (errors[field]) result[0] = errors[field];
  for (const [path, message] of Object.entries(errors)) {
    if (!path.startsWith(`${field}.`)) continue;
    const sent = Number(path.slice(field.length + 1).split('.')[0]);
    const row = positions[sent];
    if (row !== undefined && !(row in result)) result[row] = message;
  }
  return result;
}

/** Messages that belong to no visible field, shown together at the top of the form. */
export function unplacedErrors(errors: FieldErrors, placed: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path]) => !placed.some((field) => path === field || path.startsWith(`${field}.`)))
    .map(([, message]) => message);
}

/** Field messages from a refused call, or the whole message under '' when it names no field. */
export function errorsOf(error: unknown): FieldErrors {
  const data = toAppError(error);
  const byPath = issuesByPath(data.details?.issues ?? []);
  return Object.keys(byPath).length ? byPath : { '': data.message };
}
