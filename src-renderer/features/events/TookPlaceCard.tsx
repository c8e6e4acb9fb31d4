import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { openEvent } from '../../lib/navigate';
import { useCall } from '../../lib/useCall';
import { TookPlaceButtons, whenShort } from './TookPlace';

const SHOWN = 6;

/** Past events still planned or confirmed, most recent first: they count nowhere until someone says they were held. */
export function TookPlaceCard() {
  const { t } = useTranslation();
  const { data, error } = useCall('events.pastNotHeld', { limit: SHOWN }, { watch: ['events'] });
  // A failed read shows nothing rather than an error on the dashboard.
  const past = error ? null : data;
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The row answered disappears: focus goes to the one that takes its place, so the next answer is one key away.
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    const index = focusRow.current;
    if (index === null || !past) return;
    focusRow.current = null;
    const rows = list.current?.querySelectorAll<HTMLButtonElement>('[data-status="held"]');
    const next = rows?.[Math.min(index, rows.length - 1)];
    (next ?? heading.current)?.focus();
  }, [past]);

  if (!past || past.total === 0) return null;
  return (
    <section className="card took-place-card" aria-labelledby="dashboard-took-place" data-testid="dashboard-took-place">
      <header className="took-place-header">
        <h2 id="dashboard-took-place" ref={heading} tabIndex={-1}>
          {t('tookPlace.card.title')}
        </h2>
        <span className="section-count">{formatNumber(past.total)}</span>
      </header>
      <p className="muted small took-place-hint">{t('tookPlace.card.hint')}</p>
      <ul className="took-place-list" ref={list}>
        {past.rows.map((event, i) => (
          <li key={event.id} className="took-place-row" data-testid="took-place-row">
            <button type="button" className="link-button took-place-title" onClick={() => openEvent(event.id)}>
              {event.title}
            </button>
            <span className="muted small took-place-meta">
              {whenShort(event)}
              {' · '}
              {t(`events.statuses.${event.status}`)}
            </span>
            <TookPlaceButtons event={event} small onSettled={() => (focusRow.current = i)} />
          </li>
        ))}
      </ul>
      {past.total > past.rows.length ? <p className="muted small">{t('tookPlace.card.more', { count: past.total - past.rows.length })}</p> : null}
    </section>
  );
}
