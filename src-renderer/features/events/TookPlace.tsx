import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, EventStatus } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { Icon, type IconName } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { addDays, allDaySpan, dayIn, formatShortDay, formatShortDays, formatTimes, userTimeZone } from '../../lib/time';
import './took-place.css';

type Settled = Extract<EventStatus, 'held' | 'cancelled' | 'postponed'>;
const CHOICES: Array<{ status: Settled; icon: IconName }> = [
  { status: 'held', icon: 'check' },
  { status: 'cancelled', icon: 'close' },
  { status: 'postponed', icon: 'clock' },
];

type Settleable = Pick<CalendarEvent, 'id' | 'title' | 'status' | 'startsAt' | 'endsAt' | 'timeZone' | 'allDay' | 'updatedAt'>;

/** Over, yet nobody has said whether it took place: it counts nowhere until someone does. */
export function awaitsOutcome(event: Pick<CalendarEvent, 'status' | 'endsAt'>, now = new Date()): boolean {
  return (event.status === 'planned' || event.status === 'confirmed') && event.endsAt <= now.toISOString();
}

/** When the event was, in the user's zone, as the dashboard says it. */
export function whenShort(event: Settleable): string {
  if (event.allDay) {
    const { start, endExclusive } = allDaySpan(event.startsAt, event.endsAt, event.timeZone);
    return formatShortDays(start, addDays(endExclusive, -1));
  }
  const here = userTimeZone();
  return `${formatShortDay(dayIn(event.startsAt, here))}, ${formatTimes(event.startsAt, event.endsAt, here)}`;
}

/** Held / Cancelled / Postponed in one click, checked against the version shown, with an undo. */
export function TookPlaceButtons({ event, onSettled, small }: { event: Settleable; onSettled?: (status: Settled) => void; small?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function settle(status: Settled) {
    setBusy(true);
    try {
      const saved = await invoke('events.setStatus', { id: event.id, status, expectedUpdatedAt: event.updatedAt });
      onSettled?.(status);
      toast('success', t(`tookPlace.done.${status}`, { title: event.title }), undefined, {
        label: t('tookPlace.undo'),
        run: () => {
          invoke('events.setStatus', { id: event.id, status: event.status, expectedUpdatedAt: saved.updatedAt }).catch((e: unknown) =>
            toast('error', t('tookPlace.failed'), toAppError(e).message),
          );
        },
      });
    } catch (e) {
      toast('error', t('tookPlace.failed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="took-place-buttons" role="group" aria-label={t('tookPlace.groupLabel', { title: event.title })}>
      {CHOICES.map(({ status, icon }) => (
        <button
          key={status}
          type="button"
          className={`button${small ? ' button-small' : ''}${status === 'held' ? ' button-primary' : ''}`}
          disabled={busy}
          onClick={() => void settle(status)}
          data-status={status}
        >
          <Icon name={icon} size={14} />
          {t(`tookPlace.${status}`)}
        </button>
      ))}
    </div>
  );
}

/** On the page of an event that is over but still planned or confirmed. */
export function TookPlaceBanner({ event }: { event: Settleable }) {
  const { t } = useTranslation();
  const banner = useRef<HTMLDivElement>(null);
  if (!awaitsOutcome(event)) return null;
  // The banner goes once answered: focus moves on to the page's open tab rather than to the top of the page.
  const onSettled = () => banner.current?.parentElement?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  return (
    <div className="took-place-banner" data-testid="took-place-banner" ref={banner}>
      <Banner kind="info" title={t('tookPlace.question')} actions={<TookPlaceButtons event={event} onSettled={onSettled} />}>
        {t('tookPlace.bannerText', { when: whenShort(event), status: t(`events.statuses.${event.status}`) })}
      </Banner>
    </div>
  );
}
