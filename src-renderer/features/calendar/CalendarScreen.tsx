import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { toast } from '../../components/Toast';
import { EventPage } from '../events/EventPage';
import { EventPanel } from '../events/EventPanel';
import { useKeptDraft } from '../events/keptDraft';
import { CalendarView } from './CalendarView';
import { ICS_MAX_BYTES } from '../../../src-shared/contract';
import { readChosenFile } from '../import/file';
import { ImportDialog, type IcsFile } from './ImportDialog';
import { useCalendar } from './store';
import './calendar.css';

/** The calendar section: the calendar or one event's page, the event editor beside them, and the .ics import. */
export function CalendarScreen() {
  const { t } = useTranslation();
  const loaded = useCalendar((s) => s.loaded);
  const load = useCalendar((s) => s.load);
  const eventId = useCalendar((s) => s.eventId);
  const panel = useCalendar((s) => s.panel);
  const setPanel = useCalendar((s) => s.setPanel);
  const fileRef = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState<IcsFile | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

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
      {eventId ? <EventPage key={eventId} id={eventId} /> : <CalendarView onImport={() => fileRef.current?.click()} />}
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
              const state = useCalendar.getState();
              if (created) {
                toast('success', t('events.created', { name: event.title }), undefined, {
                  label: t('events.open'),
                  run: () => useCalendar.getState().openEvent(event.id),
                });
              } else {
                toast('success', t('events.saved', { name: event.title }));
              }
              if (state.eventId && state.eventId !== event.id) state.openEvent(event.id);
            }}
            onDeleted={(event) => {
              setPanel(null);
              toast('success', t('events.deleted', { name: event.title }));
              if (useCalendar.getState().eventId === event.id) useCalendar.getState().closeEvent();
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
