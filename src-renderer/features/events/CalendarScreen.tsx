import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ICS_MAX_BYTES } from '../../../src-shared/contract';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { toast } from '../../components/Toast';
import { readChosenFile } from '../../lib/files';
import { navigate, openEvent, replaceRoute, useRoute } from '../../lib/navigate';
import { CalendarView } from './CalendarView';
import { EventPage, type EventTabContent } from './EventPage';
import { EventPanel } from './EventPanel';
import { ImportDialog, type IcsFile } from './ImportDialog';
import { useKeptDraft } from './keptDraft';
import { useCalendar } from './store';
import './calendar.css';

/**
 * The calendar section: the calendar or one event's page (as the address says), the event editor
 * beside them, and the .ics import. `eventTab` draws the event's other tabs, which belong to
 * other features (roster, agenda, outcomes).
 */
export function CalendarScreen({ eventTab }: { eventTab: EventTabContent }) {
  const { t } = useTranslation();
  const route = useRoute();
  const loaded = useCalendar((s) => s.loaded);
  const load = useCalendar((s) => s.load);
  const panel = useCalendar((s) => s.panel);
  const setPanel = useCalendar((s) => s.setPanel);
  const fileRef = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState<IcsFile | null>(null);
  const page = route.page === 'event' ? route : null;
  const action = route.page === 'calendar' ? route.action : undefined;

  useEffect(() => {
    void load();
  }, [load]);

  // `#/calendar/new` and `#/calendar/import` (the command palette's) are done once, then leave the address.
  useEffect(() => {
    if (!loaded || !action) return;
    replaceRoute({ page: 'calendar' });
    if (action === 'new') setPanel({ mode: 'new', prefill: {} });
    else fileRef.current?.click();
  }, [loaded, action, setPanel]);

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // The same file can be chosen again after a fix.
    input.value = '';
    if (!file) return;
    try {
      const chosen = await readChosenFile(file, ICS_MAX_BYTES);
      if (chosen === 'tooLarge') toast('error', t('ics.import.tooLarge', { fileName: file.name }));
      else setImporting({ name: file.name, base64: chosen.base64 });
    } catch (error) {
      toast('error', t('ics.import.unreadable', { fileName: file.name }), error instanceof Error ? error.message : String(error));
    }
  }

  if (!loaded) {
    return (
      <div className="screen">
        <div className="loading-note">{t('common.loading')}</div>
      </div>
    );
  }

  return (
    <div className={panel ? 'screen has-panel calendar-screen' : 'screen calendar-screen'}>
      {page ? <EventPage key={page.id} id={page.id} tab={page.tab} tabContent={eventTab} /> : <CalendarView onImport={() => fileRef.current?.click()} />}
      {panel ? (
        // The form keeps its draft outside itself, so this boundary can mount it again.
        <ErrorBoundary
          key={panel.mode === 'edit' ? panel.id : `new-${JSON.stringify(panel.prefill)}`}
          area={t('errorBoundary.eventForm')}
          placement="panel"
          exit={{
            label: t('common.close'),
            run: () => {
              useKeptDraft.setState({ key: null, draft: null });
              setPanel(null);
            },
          }}
        >
          <EventPanel
            state={panel.mode === 'edit' ? panel : { mode: 'new' }}
            prefill={panel.mode === 'new' ? panel.prefill : undefined}
            onClose={() => setPanel(null)}
            onSaved={(event, created) => {
              setPanel(null);
              if (created) {
                toast('success', t('events.created', { name: event.title }), undefined, {
                  label: t('events.open'),
                  run: () => openEvent(event.id),
                });
              } else {
                toast('success', t('events.saved', { name: event.title }));
              }
              if (page && page.id !== event.id) navigate({ page: 'event', id: event.id, tab: 'overview' }, { force: true });
            }}
            onDeleted={(event) => {
              setPanel(null);
              toast('success', t('events.deleted', { name: event.title }));
              if (page?.id === event.id) navigate({ page: 'calendar' }, { replace: true, force: true });
            }}
          />
        </ErrorBoundary>
      ) : null}
      <input
        ref={fileRef}
        type="file"
        accept=".ics,text/calendar"
        className="visually-hidden"
        aria-label={t('calendar.importFile')}
        tabIndex={-1}
        onChange={(e) => void onFile(e.currentTarget)}
      />
      <ImportDialog file={importing} onClose={() => setImporting(null)} />
    </div>
  );
}
