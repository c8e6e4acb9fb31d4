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
