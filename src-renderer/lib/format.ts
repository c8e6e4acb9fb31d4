/** Dates and numbers in the user's own locale, whatever language the catalog is in. */
const locales: readonly string[] = typeof navigator !== 'undefined' ? navigator.languages : [];

const numberFormat = new Intl.NumberFormat(locales as string[]);
const dateTimeFormat = new Intl.DateTimeFormat(locales as string[], { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(locales as string[], { dateStyle: 'medium' });

export const formatNumber = (value: number): string => numberFormat.format(value);

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** A calendar day (due date, period start) read at local noon, so no zone moves it to the day before. */
export const formatDay = (day: string | null | undefined): string => (day ? formatDate(`${day}T12:00`) : '');

const megabyteFormat = new Intl.NumberFormat(locales as string[], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const smallMegabyteFormat = new Intl.NumberFormat(locales as string[], { maximumSignificantDigits: 2 });

/** A file size in MB (1 MB = 1,048,576 bytes), with two significant digits below one MB so a small store is not "0.0 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_048_576;
  return `${(mb < 1 ? smallMegabyteFormat : megabyteFormat).format(mb)} MB`;
}
