import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiaisonEvent } from '../../../src-shared/contract';
import { CalendarScreen } from '../../features/events/CalendarScreen';
import type { EventTab } from '../../lib/route';

// An event's other tabs are features of their own, each loaded the first time it is opened.
const ParticipantsTab = lazy(() => import('../../features/roster/ParticipantsTab').then((m) => ({ default: m.ParticipantsTab })));
const AgendaTab = lazy(() => import('../../features/agenda/AgendaTab').then((m) => ({ default: m.AgendaTab })));
const OutcomesTab = lazy(() => import('../../features/outcomes/OutcomesTab').then((m) => ({ default: m.OutcomesTab })));

function TabLoading() {
  const { t } = useTranslation();
  return (
    <div className="loading-note" role="status" data-testid="tab-loading">
      {t('common.loading')}
    </div>
  );
}

function eventTab(tab: Exclude<EventTab, 'overview'>, event: LiaisonEvent) {
  return (
    <Suspense fallback={<TabLoading />}>
      {tab === 'participants' ? <ParticipantsTab eventId={event.id} event={event} /> : tab === 'agenda' ? <AgendaTab event={event} /> : <OutcomesTab event={event} />}
    </Suspense>
  );
}

/** The calendar and each event's page, with the roster, agenda and outcomes as its tabs. */
export default function Calendar() {
  return <CalendarScreen eventTab={eventTab} />;
}
