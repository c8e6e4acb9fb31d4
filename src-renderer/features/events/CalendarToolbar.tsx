import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { viewTypes, type ViewType } from './store';

const viewKeys: Record<ViewType, string> = {
  dayGridMonth: 'M',
  timeGridWeek: 'W',
  timeGridDay: 'D',
  listMonth: 'A',
  multiMonthYear: 'Y',
};

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

/** Today, previous and next, the period shown, "Go to a date", and the five views. */
export function CalendarToolbar(props: {
  title: string;
  view: ViewType;
  onToday: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onGoTo: (day: string) => void;
  onView: (view: ViewType) => void;
}) {
  const { t } = useTranslation();
  const { view } = props;
  return (
    <div className="calendar-toolbar">
      <div className="calendar-nav">
        <button type="button" className="button" onClick={props.onToday} title={t('calendar.todayTitle')}>
          {t('calendar.today')}
        </button>
        <button type="button" className="icon-button" onClick={props.onPrevious} aria-label={t('calendar.previous')} title={t('calendar.previousTitle')}>
          <Icon name="chevronLeft" />
        </button>
        <button type="button" className="icon-button" onClick={props.onNext} aria-label={t('calendar.next')} title={t('calendar.nextTitle')}>
          <Icon name="chevronRight" />
        </button>
        <h2 className="calendar-title" aria-live="polite" data-testid="calendar-title">
          {props.title}
        </h2>
        <input
          type="date"
          className="input goto-date"
          aria-label={t('calendar.goTo')}
          title={t('calendar.goTo')}
          value=""
          onChange={(e) => {
            if (e.target.value) props.onGoTo(e.target.value);
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
            onClick={() => props.onView(type)}
          >
            {t(`calendar.views.${type}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
