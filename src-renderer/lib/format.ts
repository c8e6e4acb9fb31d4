import { writeIssueDaysWith } from '../i18n';
import { localized } from './locale';

/** Dates and numbers as the interface language writes them (in English, as the user's own locale does). */
const numberFormat = localized((locales) => new Intl.NumberFormat(locales));
const dateTimeFormat = localized((locales) => new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeStyle: 'short' }));
const dateFormat = localized((locales) => new Intl.DateTimeFormat(locales, { dateStyle: 'medium' }));

export const formatNumber = (value: number): string => numberFormat().format(value);

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat().format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat().format(date);
}

/** A calendar day (due date, period start) read at local noon, so no zone moves it to the day before. */
export const formatDay = (day: string | null | undefined): string => (day ? formatDate(`${day}T12:00`) : '');
writeIssueDaysWith(formatDay);

const megabyteFormat = localized((locales) => new Intl.NumberFormat(locales, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const smallMegabyteFormat = localized((locales) => new Intl.NumberFormat(locales, { maximumSignificantDigits: 2 }));

/** A file size in MB (1 MB = 1,048,576 bytes), with two significant digits below one MB so a small store is not "0.0 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_048_576;
  return `${(mb < 1 ? smallMegabyteFormat : megabyteFormat)().format(mb)} MB`;
}
