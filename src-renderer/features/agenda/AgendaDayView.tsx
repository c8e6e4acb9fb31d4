import { memo, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AgendaDay, AgendaItem, AgendaSession } from '../../../src-shared/contract';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { formatAgendaDay, span } from './clock';
import type { Change } from './useAgendaChanges';
import type { Drag } from './useAgendaDrag';
import { TimeInput } from '../../components/TimeInput';
import { countryName } from '../../lib/countries';

/** One day: its planned hours, its sessions and their items. */
export function AgendaDayView(props: {
  eventId: string;
  day: AgendaDay;
  /** False while the whole agenda is empty: the empty state speaks for every day then. */
  showEmpty: boolean;
  selectedId: string | null;
  dropTarget: string | null;
  drag: Drag;
  onSelect: (id: string) => void;
  onEdit: (item: AgendaItem) => void;
  onDeleteItem: (item: AgendaItem) => void;
  onDeleteSession: (session: AgendaSession) => void;
  onAddItem: (session: AgendaSession) => void;
  change: Change;
}) {
  const { t } = useTranslation();
  const { day, change } = props;
  const title = formatAgendaDay(day.day);
  const lastSession = day.sessions.at(-1);
  const addSession = () =>
    void change(
      () => invoke('agenda.addSession', { eventId: props.eventId, day: day.day, title: '', ...(lastSession ? { afterSessionId: lastSession.id } : {}) }),
      t('agenda.failed.add'),
    );
  if (!props.showEmpty && !day.sessions.length) return null;

  return (
    <section className="agenda-day" aria-label={title} data-day={day.day}>
      <header className="agenda-day-header">
        <h3 className="agenda-day-title">{title}</h3>
        {!day.inEvent ? <span className="agenda-badge agenda-badge-warning">{t('agenda.day.outside')}</span> : null}
        <DayHours eventId={props.eventId} day={day} change={change} />
        <button type="button" className="button button-quiet button-small" onClick={addSession}>
          <Icon name="plus" size={14} />
          {t('agenda.day.addSession')}
        </button>
      </header>
      {day.sessions.length ? (
        day.sessions.map((session) => <SessionView key={session.id} {...props} session={session} />)
      ) : (
        <p className="agenda-day-empty muted small">{t('agenda.day.empty')}</p>
      )}
    </section>
  );
}

function DayHours({ eventId, day, change }: { eventId: string; day: AgendaDay; change: Change }) {
  const { t } = useTranslation();
  const [startsAt, setStartsAt] = useState(day.startsAt);
  const [endsAt, setEndsAt] = useState(day.endsAt);
  useEffect(() => {
    setStartsAt(day.startsAt);
    setEndsAt(day.endsAt);
  }, [day.startsAt, day.endsAt]);
  const save = () => {
    if (!startsAt || !endsAt || (startsAt === day.startsAt && endsAt === day.endsAt)) return;
    void change(() => invoke('agenda.setDayHours', { eventId, day: day.day, startsAt, endsAt }), t('agenda.failed.hours'));
  };
  return (
    <span className="agenda-day-hours" title={t('agenda.day.hoursHint')}>
      <span className="muted small">{t('agenda.day.hours')}</span>
      <TimeInput className="input agenda-time" aria-label={t('agenda.day.startsAt', { day: day.day })} value={startsAt} onChange={setStartsAt} onBlur={save} />
      <span aria-hidden="true">–</span>
      <TimeInput className="input agenda-time" aria-label={t('agenda.day.endsAt', { day: day.day })} value={endsAt} onChange={setEndsAt} onBlur={save} />
    </span>
  );
}

function SessionView(props: Parameters<typeof AgendaDayView>[0] & { session: AgendaSession }) {
  const { t } = useTranslation();
  const { session, drag, change } = props;
  const [title, setTitle] = useState(session.title);
  const [fixedStart, setFixedStart] = useState(session.fixedStart ?? '');
  useEffect(() => {
    setTitle(session.title);
    setFixedStart(session.fixedStart ?? '');
  }, [session.title, session.fixedStart]);
  const save = (next: { title?: string; fixedStart?: string }) => {
    const nextTitle = (next.title ?? title).trim();
    const nextStart = (next.fixedStart ?? fixedStart) || null;
    if (nextTitle === session.title && nextStart === session.fixedStart) return;
    void change(() => invoke('agenda.updateSession', { id: session.id, title: nextTitle, fixedStart: nextStart }), t('agenda.failed.session'));
  };
  const endTarget = `end:${session.id}`;

  return (
    <div className="agenda-session" data-session-id={session.id}>
      <div className="agenda-session-header">
        <input
          className="input agenda-session-title"
          value={title}
          maxLength={300}
          placeholder={t('agenda.session.titlePlaceholder')}
          aria-label={t('agenda.session.title')}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => save({})}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
        <label className="agenda-session-start" title={t('agenda.session.startHint')}>
          <span className="muted small">{t('agenda.session.starts')}</span>
          <TimeInput
            className="input agenda-time"
            value={fixedStart}
            aria-label={t('agenda.session.startLabel', { title: session.title || t('agenda.session.untitled') })}
            onChange={setFixedStart}
            onBlur={(value) => save({ fixedStart: value })}
          />
        </label>
        <span className="agenda-session-span">{span(session.startMin, session.endMin)}</span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('agenda.session.delete', { title: session.title || t('agenda.session.untitled') })}
          title={t('agenda.session.delete', { title: session.title || t('agenda.session.untitled') })}
          onClick={() => props.onDeleteSession(session)}
        >
          <Icon name="trash" size={16} />
        </button>
      </div>
      <ol className="agenda-items">
        {session.items.map((item) => (
          <ItemRow
            key={item.id}
            item={item}
            session={session}
            selected={props.selectedId === item.id}
            dropping={props.dropTarget === item.id}
            drag={drag}
            t={t}
            onSelect={props.onSelect}
            onEdit={props.onEdit}
            onDeleteItem={props.onDeleteItem}
          />
        ))}
      </ol>
      <div
        className={props.dropTarget === endTarget ? 'agenda-session-end is-drop' : 'agenda-session-end'}
        onDragOver={(e) => drag.over(e, endTarget)}
        onDragLeave={drag.leave}
        onDrop={(e) => drag.drop(e, session, null)}
      >
        <button type="button" className="button button-quiet button-small" onClick={() => props.onAddItem(session)}>
          <Icon name="plus" size={14} />
          {t('agenda.session.addItem')}
        </button>
      </div>
    </div>
  );
}

interface ItemRowProps {
  item: AgendaItem;
  session: AgendaSession;
  selected: boolean;
  dropping: boolean;
  drag: Drag;
  t: TFunction;
  onSelect: (id: string) => void;
  onEdit: (item: AgendaItem) => void;
  onDeleteItem: (item: AgendaItem) => void;
}

/**
 * One item. Rows are memoised and take `t` from their session, so a 200-item agenda renders once
 * and a change of selection re-renders two rows, not all of them.
 */
const ItemRow = memo(function ItemRow({ item, session, selected, dropping, drag, t, ...props }: ItemRowProps) {
  const [hovered, setHovered] = useState(false);
  const classes = ['agenda-item', `kind-${item.kind}`, selected ? 'is-selected' : '', item.warnings.length ? 'has-warnings' : '', dropping ? 'is-drop' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      id={`agenda-item-${item.id}`}
      className={classes}
      draggable
      aria-current={selected ? 'true' : undefined}
      data-testid="agenda-item"
      onDragStart={(e) => drag.start(e, item)}
      onDragOver={(e) => drag.over(e, item.id)}
      onDragLeave={drag.leave}
      onDrop={(e) => drag.drop(e, session, item.id)}
      onClick={() => props.onSelect(item.id)}
      onDoubleClick={() => props.onEdit(item)}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
      <div className="agenda-item-time">
        <span>{span(item.startMin, item.endMin)}</span>
        {item.fixedStart ? <Icon name="pin" size={12} className="agenda-fixed" /> : null}
      </div>
      <div className="agenda-item-body">
        <div className="agenda-item-heading">
          <span className="agenda-kind">{t(`agenda.kinds.${item.kind}`)}</span>
          <span className="agenda-item-title">{item.title}</span>
        </div>
        {item.speakers.length ? (
          <ul className="agenda-item-speakers">
            {item.speakers.map((s) => (
              <li key={s.personId}>
                {s.fullName}
                {s.organisationAcronym || s.organisationName || s.countryName ? (
                  <span className="muted"> ({[s.organisationAcronym ?? s.organisationName, countryName(s.countryCode, s.countryName)].filter(Boolean).join(', ')})</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {item.description ? <p className="agenda-item-description muted small">{item.description}</p> : null}
        {item.warnings.length ? (
          <ul className="agenda-item-warnings" aria-label={t('agenda.warningsOf', { title: item.title })}>
            {item.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`} className={`agenda-warning warning-${w.code}`}>
                <Icon name="alert" size={13} />
                <span>{w.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {/* The buttons exist only on the row in use; the keyboard (Enter, Delete) works on any. */}
      <div className="agenda-item-actions">
        {selected || hovered ? (
          <>
            <button type="button" className="icon-button icon-button-small" aria-label={t('agenda.item.edit', { title: item.title })} onClick={() => props.onEdit(item)}>
              <Icon name="edit" size={14} />
            </button>
            <button type="button" className="icon-button icon-button-small" aria-label={t('agenda.item.delete', { title: item.title })} onClick={() => props.onDeleteItem(item)}>
              <Icon name="trash" size={14} />
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
});
