import type { CallInput, CallOutput, Renumbering } from '../../src-shared/contract';
import i18n from '../i18n';
import { validate } from './validate';
import { formatDate } from './format';
import { useCall } from './useCall';

export type RenumberPreview = CallOutput<'events.renumberPreview'>;

const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });
const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd' };

/** 12th, 21st, as the titles of a series are written by the store (in English). */
export const titleOrdinal = (n: number): string => `${n}${suffixes[englishOrdinals.select(n)] ?? 'th'}`;

/** 12th, „a 12-a", „12.", „12η": a meeting's number in the interface language, with the noun's gender. */
export const ordinal = (n: number): string => i18n.t('events.ordinal', { count: n, ordinal: true });

/** "The 12th on 20 May 2027 becomes the 13th". */
export function describeRenumbering(r: Renumbering): string {
  const date = formatDate(r.startsAt);
  const from = r.from === null ? '' : ordinal(r.from);
  if (r.to === null) return i18n.t('renumber.itemCancelled', { from, date });
  return i18n.t('renumber.item', { from, to: ordinal(r.to), date });
}

/** A stable signature of a preview: a confirmation holds only for the renumbering the user saw. */
export const renumberSignature = (preview: RenumberPreview | null): string =>
  preview ? preview.renumbered.map((r) => `${r.eventId}:${r.from}>${r.to}`).join(',') : '';

/**
 * What saving the form would renumber, asked again as the series, dates or status change
 * (after a short pause while typing). Null while unknown or when the dates are not complete.
 */
export function useRenumberPreview(input: CallInput<'events.renumberPreview'> | null): RenumberPreview | null {
  const complete = input && validate('events.renumberPreview', input).length === 0 ? input : null;
  const preview = useCall('events.renumberPreview', complete, { delay: 200 });
  return preview.loading || preview.error ? null : preview.data;
}
