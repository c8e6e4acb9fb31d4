import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import FullCalendar from '@fullcalendar/react';
import type { DateSelectArg, DatesSetArg, DayCellMountArg, EventChangeArg, EventClickArg, EventContentArg, EventMountArg, EventSourceFunc } from '@fullcalendar/core';
import allLocales from '@fullcalendar/core/locales-all';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import multiMonthPlugin from '@fullcalendar/multimonth';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { AppErrorData } from '../../../src-shared/errors';
import { guarded, useCommand } from '../../lib/commands';
import { loadDemoData } from '../../lib/demo';
import { navigate } from '../../lib/navigate';
import { useSystem } from '../../lib/system';
import { Banner } from '../../components/Banner';
import { Icon } from '../../components/Icon';
import { Kbd, ScreenHeader } from '../../components/Screen';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useDataChanged } from '../../lib/events';
import { formatNumber } from '../../lib/format';
import { addDays, localDay, localWallClock, userTimeZone } from '../../lib/time';
import { CalendarFilters } from './CalendarFilters';
import { exportIcs } from '../../lib/ics-export';
import { moveInputOf, placeOf, rowOf, toCalendarInput } from './mapping';
import { isFiltered, useCalendar, viewTypes, type ViewType } from './store';
import { announceMove, renumberedByMove, undoLastMove } from './undo';

const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, multiMonthPlugin, interactionPlugin];
const locale = typeof navigator !== 'undefined' ? navigator.language || 'en' : 'en';

const viewKeys: Record<ViewType, string> = {
  dayGridMonth: 'M',
  timeGridWeek: 'W',
  timeGridDay: 'D',
  listMonth: 'A',
  multiMonthYear: 'Y',
};

/** Views where a selection means hours; in the others it means whole days. */
const timedViews: readonly ViewType[] = ['timeGridWeek', 'timeGridDay'];

/** The calendar itself: our own toolbar, the filters, and FullCalendar fed by `events.range`. */
export function CalendarView(props: { onImport: () => void }) {
  const { t } = useTranslation();
  const calendarRef = useRef<FullCalendar>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const view = useCalendar((s) => s.view);
  const filter = useCalendar((s) => s.filter);
  const visible = useCalendar((s) => s.visible);
  const hasPanel = useCalendar((s) => s.panel !== null);
  const systemEmpty = useSystem((s) => s.system?.empty ?? false);
  const [initialDate] = useState(() => useCalendar.getState().date ?? undefined);
  const [initialView] = useState(view);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const filterKey = JSON.stringify(filter);
  const filtered = isFiltered(filter);

  const api = () => calendarRef.current?.getApi();

  /** The filter and the range of the last answer: FullCalendar keeps using it for any view inside that range. */
  const fetched = useRef<{ key: string; start: number; end: number } | null>(null);

  /**
   * Counts the events in the view's own range: a fetch often covers more than the view (the
   * six weeks around a month, a whole year kept while the user looks at one week of it).
   */
  function recount(range?: { activeStart: Date; activeEnd: Date }) {
    const calendar = api();
    const last = fetched.current;
    if (!calendar || !last) return;
    const { activeStart, activeEnd } = range ?? calendar.view;
    // Outside what was fetched: the answer to the fetch on its way recounts.
    if (activeStart.getTime() < last.start || activeEnd.getTime() > last.end) return;
    const count = calendar.getEvents().filter((event) => {
      if (!event.start) return false;
      const end = event.end ?? new Date(event.start.getTime() + 1);
      return event.start < activeEnd && end > activeStart;
    }).length;
    useCalendar.getState().setVisible({ count, key: last.key });
  }

  // A new function makes FullCalendar fetch again: one per filter.
  const source = useMemo<EventSourceFunc>(() => {
    const current = JSON.parse(filterKey) as typeof filter;
    return (info, success, failure) => {
      invoke('events.range', { from: info.start.toISOString(), to: info.end.toISOString(), filter: current })
        .then((rows) => {
          setError(null);
          fetched.current = { key: filterKey, start: info.start.getTime(), end: info.end.getTime() };
          success(rows.map(toCalendarInput));
        })
        .catch((e: unknown) => {
          setError(toAppError(e));
          failure(e instanceof Error ? e : new Error(String(e)));
        });
    };
  }, [filterKey]);

  useDataChanged(['events', 'bodies', 'tags'], () => api()?.refetchEvents());

  // FullCalendar measures itself on window resizes only; the side panel and the filters change its width too.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let pending = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => api()?.updateSize());
    });
    observer.observe(frame);
    return () => {
      cancelAnimationFrame(pending);
      observer.disconnect();
    };
  }, []);

  // Closing the editor drops the selection it was opened from.
  useEffect(() => {
    if (!hasPanel) api()?.unselect();
  }, [hasPanel]);

  function changeView(next: ViewType) {
    api()?.changeView(next);
  }

  function newEvent() {
    const calendar = api();
    const today = localDay(new Date());
    const inView = calendar && calendar.view.activeStart <= new Date() && new Date() < calendar.view.activeEnd;
    const day = inView || !calendar ? today : localDay(calendar.view.currentStart);
    const prefill = timedViews.includes(view)
      ? { allDay: false, start: `${day}T09:00`, end: `${day}T10:00`, timeZone: userTimeZone() }
      : { allDay: true, start: day, end: day };
    guarded(() => useCalendar.getState().setPanel({ mode: 'new', prefill }));
  }

  useCommand('today', () => api()?.today());
  useCommand('previous', () => api()?.prev());
  useCommand('next', () => api()?.next());
  useCommand('viewMonth', () => changeView('dayGridMonth'));
  useCommand('viewWeek', () => changeView('timeGridWeek'));
  useCommand('viewDay', () => changeView('timeGridDay'));
  useCommand('viewAgenda', () => changeView('listMonth'));
  useCommand('viewYear', () => changeView('multiMonthYear'));
  useCommand('new', newEvent);
  useCommand('undo', () => void undoLastMove());
  useCommand('search', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  function onDatesSet(info: DatesSetArg) {
    setTitle(info.view.title);
    const state = useCalendar.getState();
    state.setView(info.view.type as ViewType);
    state.setDate(localDay(info.view.currentStart));
    recount(info.view);
  }

  function onSelect(info: DateSelectArg) {
    const prefill = info.allDay
      ? { allDay: true, start: info.startStr.slice(0, 10), end: addDays(info.endStr.slice(0, 10), -1) }
      : { allDay: false, start: localWallClock(info.start), end: localWallClock(info.end), timeZone: userTimeZone() };
    guarded(() => useCalendar.getState().setPanel({ mode: 'new', prefill }));
  }

  function onEventClick(info: EventClickArg) {
    info.jsEvent.preventDefault();
    guarded(() => {
      useCalendar.getState().setPanel(null);
      navigate({ page: 'event', id: info.event.id, tab: 'overview' }, { force: true });
    });
  }

  async function onEventChange(info: EventChangeArg) {
    const row = rowOf(info.event);
    const input = moveInputOf(info.event, row.updatedAt);
    try {
      // Asked before the move: afterwards the series is already renumbered.
      const renumbered = row.seriesId ? await renumberedByMove(row, input) : [];
      const moved = await invoke('events.move', input);
      info.event.setExtendedProp('row', { ...row, startsAt: moved.startsAt, endsAt: moved.endsAt, allDay: moved.allDay, updatedAt: moved.updatedAt });
      announceMove({ id: row.id, title: moved.title, before: placeOf(row), updatedAt: moved.updatedAt }, moved, renumbered);
    } catch (e) {
      info.revert();
      const data = toAppError(e);
      toast('error', t('calendar.moveFailed', { title: row.title }), data.code === 'conflict' ? t('calendar.moveConflict') : data.message);
      if (data.code === 'conflict') api()?.refetchEvents();
    }
  }

  function onEventDidMount(info: EventMountArg) {
    const row = rowOf(info.event);
    const parts = [row.title, t(`events.kinds.${row.kind}`), t(`events.statuses.${row.status}`)];
    if (row.venueCity) parts.push(row.venueCity);
    info.el.setAttribute('title', parts.join(' · '));
    // FullCalendar's focusable <a> has no href, hence no role: named by its text (time, title, status), it opens the event's page.
    if (info.el.tagName === 'A') info.el.setAttribute('role', 'link');
  }

  // A day cell is named by its number alone, though it shows its events too: its content names it instead (WCAG 2.5.3).
  // The day number stays a mouse shortcut to the day: the keyboard has D and "Go to a date", and Tab goes straight to the events.
  function onDayCellDidMount(info: DayCellMountArg) {
    info.el.removeAttribute('aria-labelledby');
    info.el.querySelector('.fc-daygrid-day-number')?.setAttribute('tabindex', '-1');
  }

  // The agenda has room to say more than the title: kind, body, place, and whether it still takes place.
  function listContent(arg: EventContentArg) {
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

  // FullCalendar's box (time and title), with a cancelled or postponed event saying so to screen readers:
  // in its text, since an aria-label would hide the time shown (WCAG 2.5.3, label in name).
  // In the week and the day a meeting's box also has room for where it is.
  function eventBox(arg: EventContentArg, withPlace: boolean) {
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
  const gridContent = (arg: EventContentArg) => eventBox(arg, true);
  const dayContent = (arg: EventContentArg) => eventBox(arg, false);

  const views = useMemo(
    () => ({
      dayGridMonth: { eventContent: dayContent },
      timeGridWeek: { eventContent: gridContent },
      timeGridDay: { eventContent: gridContent },
      listMonth: { eventContent: listContent },
      // Taller months than FullCalendar's default, so a day has room for a bar under its number.
      multiMonthYear: { aspectRatio: 0.82, moreLinkText: (n: number) => `+${n}`, eventContent: dayContent },
    }),
    [t],
  );

  // One Tab stop for the five views; the arrows move between them (the toolbar pattern of ARIA).
  function onViewSwitchKey(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (step && index >= 0) next = (index + step + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    // The calendar's own arrows (previous and next period) stand aside.
    event.preventDefault();
    buttons[next]!.focus();
  }

  const settled = visible?.key === filterKey;
  let notice = null;
  if (settled && visible.count === 0) {
    notice = filtered ? (
      <div className="calendar-notice" role="status" data-testid="calendar-no-match">
        <Icon name="search" size={16} />
        <span>{filter.search ? t('calendar.noMatch.search', { search: filter.search, period: title }) : t('calendar.noMatch.filters', { period: title })}</span>
        <button type="button" className="button button-small" onClick={() => useCalendar.getState().clearFilters()}>
          {t('common.clearFilters')}
        </button>
      </div>
    ) : (
      <div className="calendar-notice" role="status" data-testid="calendar-empty-period">
        <Icon name="info" size={16} />
        <span>{t('calendar.emptyPeriod', { period: title })}</span>
        {systemEmpty ? (
          <button type="button" className="button button-small" onClick={() => void loadDemoData()}>
            <Icon name="sparkles" size={14} />
            {t('demo.load')}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <div className="screen-main calendar-main">
      <ScreenHeader
        title={t('calendar.title')}
        meta={settled ? t('calendar.count', { count: visible.count, formatted: formatNumber(visible.count) }) : null}
        actions={
          <>
            <button type="button" className="button" onClick={props.onImport} title={t('calendar.importTitle')}>
              <Icon name="upload" size={16} />
              {t('calendar.import')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void exportIcs({ filter }, filtered ? t('calendar.exportedFiltered') : undefined)}
              title={filtered ? t('calendar.exportFilteredTitle') : t('calendar.exportTitle')}
            >
              <Icon name="download" size={16} />
              {t('calendar.export')}
            </button>
            <button type="button" className="button button-primary" onClick={newEvent} title={t('common.newShortcut')}>
              <Icon name="plus" size={16} />
              {t('calendar.new')}
              <Kbd>N</Kbd>
            </button>
          </>
        }
      />
      <div className="calendar-toolbar">
        <div className="calendar-nav">
          <button type="button" className="button" onClick={() => api()?.today()} title={t('calendar.todayTitle')}>
            {t('calendar.today')}
          </button>
          <button type="button" className="icon-button" onClick={() => api()?.prev()} aria-label={t('calendar.previous')} title={t('calendar.previousTitle')}>
            <Icon name="chevronLeft" />
          </button>
          <button type="button" className="icon-button" onClick={() => api()?.next()} aria-label={t('calendar.next')} title={t('calendar.nextTitle')}>
            <Icon name="chevronRight" />
          </button>
          <h2 className="calendar-title" aria-live="polite" data-testid="calendar-title">
            {title}
          </h2>
          <input
            type="date"
            className="input goto-date"
            aria-label={t('calendar.goTo')}
            title={t('calendar.goTo')}
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              api()?.gotoDate(e.target.value);
              // The calendar's letter keys work again at once (blur() leaves a date field's inner focus in place).
              frameRef.current?.focus();
            }}
          />
        </div>
        <div className="view-switch" role="toolbar" aria-label={t('calendar.viewLabel')} onKeyDown={onViewSwitchKey}>
          {viewTypes.map((type) => (
            <button
              key={type}
              type="button"
              className={type === view ? 'view-switch-option is-active' : 'view-switch-option'}
              aria-pressed={type === view}
              tabIndex={type === view ? 0 : -1}
              title={t('calendar.viewTitle', { view: t(`calendar.views.${type}`), key: viewKeys[type] })}
              onClick={() => changeView(type)}
            >
              {t(`calendar.views.${type}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="calendar-body">
        <div className="calendar-column">
          {error ? (
            <Banner
              kind="error"
              title={t('calendar.loadFailed')}
              actions={
                <button type="button" className="button button-small" onClick={() => api()?.refetchEvents()}>
                  {t('common.retry')}
                </button>
              }
            >
              {error.message}
            </Banner>
          ) : null}
          {notice}
          <div ref={frameRef} className={`calendar-frame view-${view}`} data-testid="calendar" tabIndex={-1}>
            <FullCalendar
              ref={calendarRef}
              plugins={plugins}
              initialView={initialView}
              initialDate={initialDate}
              headerToolbar={false}
              timeZone="local"
              locales={allLocales}
              locale={locale}
              height="100%"
              events={source}
              editable
              selectable
              selectMirror
              unselectCancel=".side-panel"
              eventInteractive
              eventDisplay="block"
              dayMaxEvents
              fixedWeekCount={false}
              navLinks
              nowIndicator
              scrollTime="08:00:00"
              eventTimeFormat={{ hour: '2-digit', minute: '2-digit' }}
              slotLabelFormat={{ hour: '2-digit', minute: '2-digit' }}
              multiMonthMinWidth={230}
              multiMonthMaxColumns={4}
              allDayText={t('calendar.allDay')}
              noEventsText={t('calendar.noEvents')}
              moreLinkText={(n) => t('calendar.more', { count: n })}
              datesSet={onDatesSet}
              select={onSelect}
              eventClick={onEventClick}
              eventDrop={(info) => void onEventChange(info)}
              eventResize={(info) => void onEventChange(info)}
              eventDidMount={onEventDidMount}
              eventsSet={() => recount()}
              dayCellDidMount={onDayCellDidMount}
              views={views}
            />
          </div>
        </div>
        {/* After the calendar in Tab order (the events come first), shown on its left by CSS. */}
        {hasPanel ? null : <CalendarFilters searchRef={searchRef} />}
      </div>
    </div>
  );
}
