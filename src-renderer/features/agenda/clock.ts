import { localized } from '../../lib/locale';

/** Minutes from midnight → `09:30`; past midnight it keeps counting (`24:15`), as the agenda does. */
export const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `09:30` → 570. */
export const minutesOf = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

export const span = (start: number, end: number): string => `${clock(start)}–${clock(end)}`;

const dayFormat = localized((locales) => new Intl.DateTimeFormat(locales, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** `2026-04-14` → "Tuesday 14 April 2026" in the user's locale (the day itself, whatever the zone). */
export const formatAgendaDay = (day: string): string => dayFormat().format(new Date(`${day}T00:00:00Z`));
