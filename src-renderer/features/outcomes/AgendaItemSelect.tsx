import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../src-shared/contract';
import type { ControlProps } from '../../components/Field';
import { formatDay } from '../../lib/format';

/** An agenda item something can belong to, grouped under its day. */
export interface AgendaChoice {
  id: string;
  title: string;
  day: string;
}

/** Breaks and lunches conclude nothing, so they are not offered. */
export function agendaChoices(agenda: Agenda | null): AgendaChoice[] {
  if (!agenda) return [];
  return agenda.days.flatMap((d) =>
    d.sessions.flatMap((s) => s.items.filter((i) => i.kind !== 'break' && i.kind !== 'lunch').map((i) => ({ id: i.id, title: i.title, day: d.day }))),
  );
}

export function AgendaItemSelect(props: {
  control?: ControlProps;
  label?: string;
  items: AgendaChoice[];
  value: string | null;
  /** The title of a chosen item the list does not hold, so editing never changes it silently. */
  missingLabel: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const { items, value } = props;
  const days = [...new Set(items.map((i) => i.day))];
  const options = (list: AgendaChoice[]) =>
    list.map((i) => (
      <option key={i.id} value={i.id}>
        {i.title}
      </option>
    ));
  return (
    <select
      {...props.control}
      aria-label={props.label}
      className="select"
      value={value ?? ''}
      onChange={(e) => props.onChange(e.target.value || null)}
    >
      <option value="">{t('outcomes.wholeEvent')}</option>
      {days.length > 1
        ? days.map((day) => (
            <optgroup key={day} label={formatDay(day)}>
              {options(items.filter((i) => i.day === day))}
            </optgroup>
          ))
        : options(items)}
      {value && !items.some((i) => i.id === value) ? <option value={value}>{props.missingLabel ?? t('outcomes.missingItem')}</option> : null}
    </select>
  );
}
