import type { DayCellMountArg, EventContentArg, EventMountArg } from '@fullcalendar/core';
import type { TFunction } from 'i18next';
import { rowOf } from './mapping';

/** An event's tooltip (title, kind, status, city), and a role for FullCalendar's focusable box. */
export function describeOnMount(info: EventMountArg, t: TFunction) {
  const row = rowOf(info.event);
  const parts = [row.title, t(`events.kinds.${row.kind}`), t(`events.statuses.${row.status}`)];
  if (row.venueCity) parts.push(row.venueCity);
  info.el.setAttribute('title', parts.join(' · '));
  // FullCalendar's focusable <a> has no href, hence no role: named by its text (time, title, status), it opens the event's page.
  if (info.el.tagName === 'A') info.el.setAttribute('role', 'link');
}

// A day cell is named by its number alone, though it shows its events too: its content names it instead (WCAG 2.5.3).
// The day number stays a mouse shortcut to the day: the keyboard has D and "Go to a date", and Tab goes straight to the events.
export function nameDayCell(info: DayCellMountArg) {
  info.el.removeAttribute('aria-labelledby');
  info.el.querySelector('.fc-daygrid-day-number')?.setAttribute('tabindex', '-1');
}

/** The agenda has room to say more than the title: kind, body, place, and whether it still takes place. */
function listContent(arg: EventContentArg, t: TFunction) {
  const row = rowOf(arg.event);
  const title = document.createElement('span');
  title.className = 'list-title';
  title.textContent = row.title;
  const meta = document.createElement('span');
  meta.className = 'list-meta';
  const status = row.status === 'cancelled' || row.status === 'postponed' ? t(`events.statuses.${row.status}`) : null;
  meta.textContent = [t(`events.kinds.${row.kind}`), row.bodyName, row.venueCity, status].filter(Boolean).join(' · ');
  // FullCalendar's own content is a focusable link; ours replaces it, so it must be one too (Tab reaches it, Enter opens).
  const link = document.createElement('a');
  link.className = 'list-link';
  link.tabIndex = 0;
  link.setAttribute('role', 'link');
  link.append(title, meta);
  link.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    link.click();
  });
  return { domNodes: [link] };
}

/**
 * FullCalendar's box (time and title), with a cancelled or postponed event saying so to screen readers:
 * in its text, since an aria-label would hide the time shown (WCAG 2.5.3, label in name).
 * In the week and the day a meeting's box also has room for where it is.
 */
function eventBox(arg: EventContentArg, withPlace: boolean, t: TFunction) {
  const row = rowOf(arg.event);
  const node = (tag: string, className: string, text?: string) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text) element.textContent = text;
    return element;
  };
  const frame = node('div', 'fc-event-main-frame');
  if (arg.timeText) frame.append(node('div', 'fc-event-time', arg.timeText));
  const titleBox = node('div', 'fc-event-title-container');
  const title = node('div', 'fc-event-title fc-sticky', row.title);
  if (row.status === 'cancelled' || row.status === 'postponed') title.append(node('span', 'visually-hidden', ` (${t(`events.statuses.${row.status}`)})`));
  titleBox.append(title);
  frame.append(titleBox);
  const place = [row.venueCity, row.bodyName].filter(Boolean).join(' · ');
  if (withPlace && place && !arg.event.allDay) frame.append(node('div', 'ev-meta', place));
  return { domNodes: [frame] };
}

/** Each view's event content, for FullCalendar's `views`. */
export function calendarViews(t: TFunction) {
  const gridContent = (arg: EventContentArg) => eventBox(arg, true, t);
  const dayContent = (arg: EventContentArg) => eventBox(arg, false, t);
  return {
    dayGridMonth: { eventContent: dayContent },
    timeGridWeek: { eventContent: gridContent },
    timeGridDay: { eventContent: gridContent },
    listMonth: { eventContent: (arg: EventContentArg) => listContent(arg, t) },
    // Taller months than FullCalendar's default, so a day has room for a bar under its number.
    multiMonthYear: { aspectRatio: 0.82, moreLinkText: (n: number) => `+${n}`, eventContent: dayContent },
  };
}
