import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import FullCalendar from '@fullcalendar/react';
import type { DateSelectArg, DatesSetArg, EventChangeArg, EventClickArg, EventSourceFunc } from '@fullcalendar/core';
import allLocales from '@fullcalendar/core/locales-all';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import multiMonthPlugin from '@fullcalendar/multimonth';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { AppErrorData } from '../../../src-shared/errors';
import { guarded, useCommand } from '../../lib/commands';
import { navigate } from '../../lib/navigate';
import { Banner } from '../../components/Banner';
import { Icon } from '../../components/Icon';
import { Kbd, ScreenHeader } from '../../components/Screen';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useDataChanged } from '../../lib/events';
import { formatNumber } from '../../lib/format';
import { addDays, localDay, localWallClock, userTimeZone } from '../../lib/time';
import { calendarViews, describeOnMount, nameDayCell } from './calendarContent';
import { CalendarFilters } from './CalendarFilters';
import { CalendarNotice } from './CalendarNotice';
import { CalendarToolbar } from './CalendarToolbar';
import { exportIcs } from '../../lib/ics-export';
import { moveInputOf, placeOf, rowOf, toCalendarInput } from './mapping';
import { isFiltered, useCalendar, type ViewType } from './store';
import { announceMove, renumberedByMove, undoLastMove } from './undo';
import { currentLocales } from '../../lib/locale';

const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, multiMonthPlugin, interactionPlugin];

/**
 * FullCalendar's locale for the interface language: its `sr` is Serbian Latin, `sr-cyrl` Cyrillic;
 * in English, the user's own locale (week starts, day names).
 */
function calendarLocale(language: string): string {
  if (language === 'en') return currentLocales()[0] ?? 'en';
  return language === 'sr-Latn' ? 'sr' : language.toLowerCase();
}

/** Views where a selection means hours; in the others it means whole days. */
const timedViews: readonly ViewType[] = ['timeGridWeek', 'timeGridDay'];

/** The calendar itself: our own toolbar, the filters, and FullCalendar fed by `events.range`. */
export function CalendarView(props: { onImport: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = calendarLocale(i18n.language);
  const calendarRef = useRef<FullCalendar>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const view = useCalendar((s) => s.view);
  const filter = useCalendar((s) => s.filter);
  const visible = useCalendar((s) => s.visible);
  const hasPanel = useCalendar((s) => s.panel !== null);
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

  const views = useMemo(() => calendarViews(t), [t]);

  const settled = visible?.key === filterKey;
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
      <CalendarToolbar
        title={title}
        view={view}
        onToday={() => api()?.today()}
        onPrevious={() => api()?.prev()}
        onNext={() => api()?.next()}
        onGoTo={(day) => {
          api()?.gotoDate(day);
          // The calendar's letter keys work again at once (blur() leaves a date field's inner focus in place).
          frameRef.current?.focus();
        }}
        onView={changeView}
      />
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
          {settled && visible.count === 0 ? <CalendarNotice period={title} /> : null}
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
              eventDidMount={(info) => describeOnMount(info, t)}
              eventsSet={() => recount()}
              dayCellDidMount={nameDayCell}
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
