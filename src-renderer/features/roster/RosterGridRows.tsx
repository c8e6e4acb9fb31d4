import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import type { AttendanceStatus, InvitationStatus, ParticipantRole, RosterRow } from '../../../src-shared/contract';
import { formatNumber } from '../../lib/format';
import { attendanceOptions, invitationOptions, representing, roleOptions } from './labels';
import { type Column, GROUP_HEIGHT, type GroupItem, ROW_HEIGHT, type RosterPatch } from './rosterGridItems';

/** A representing country's heading, with a box that ticks its whole group. */
export function RosterGroupRow({ item, top, selected, onToggle }: { item: GroupItem; top: number; selected: ReadonlySet<string>; onToggle: () => void }) {
  const { t } = useTranslation();
  const all = item.ids.every((id) => selected.has(id));
  const some = !all && item.ids.some((id) => selected.has(id));
  return (
    <div role="row" className="roster-row roster-group" style={{ height: GROUP_HEIGHT, transform: `translateY(${top}px)` }}>
      <div role="gridcell" className="roster-cell roster-check">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={t('roster.grid.selectGroup', { group: item.name })}
          title={t('roster.grid.selectGroup', { group: item.name })}
          checked={all}
          ref={(el) => {
            if (el) el.indeterminate = some;
          }}
          onChange={onToggle}
        />
      </div>
      <div role="gridcell" className="roster-cell roster-group-name">
        <span className="roster-group-title">{item.name}</span>
        <span className="muted small">{t('roster.grid.groupCount', { count: item.ids.length, formatted: formatNumber(item.ids.length) })}</span>
      </div>
    </div>
  );
}

/**
 * One participant. Only a `live` row (active, hovered or focused) carries real form controls:
 * hundreds of selects made scrolling slow.
 */
export interface RosterMark {
  kind: 'nominated' | 'replaces';
  title: string;
}

export function RosterParticipantRow(props: {
  row: RosterRow;
  domId: string;
  /** Its place in the roster, for `aria-rowindex`. */
  index: number;
  top: number;
  isSelected: boolean;
  isActive: boolean;
  live: boolean;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onToggle: (shift: boolean) => void;
  onHover: () => void;
  onFocus: () => void;
  onLeave: () => void;
  onSave: (patch: RosterPatch) => void;
  onEditRepresenting: () => void;
  /** Nominated by a delegation's form, or replacing someone: shown beside the name. */
  mark?: RosterMark | undefined;
}) {
  const { t } = useTranslation();
  const { row, live, onSave } = props;
  const classes = ['roster-row', 'data-table-row', props.isSelected ? 'is-checked' : '', props.isActive ? 'is-selected' : ''].filter(Boolean).join(' ');
  const organisation = row.organisationAcronym || row.organisationName || '';
  return (
    <div
      role="row"
      id={props.domId}
      aria-rowindex={props.index + 2}
      aria-selected={props.isSelected}
      data-row-id={row.id}
      className={classes}
      style={{ height: ROW_HEIGHT, transform: `translateY(${props.top}px)` }}
      onClick={props.onClick}
      onPointerEnter={props.onHover}
      onFocus={props.onFocus}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) props.onLeave();
      }}
    >
      <div role="gridcell" className="roster-cell roster-check">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={t('roster.grid.selectRow', { name: row.fullName })}
          checked={props.isSelected}
          // A checkbox's change comes from a click: its Shift extends the range.
          onChange={(event) => props.onToggle((event.nativeEvent as { shiftKey?: boolean }).shiftKey === true)}
        />
      </div>
      {props.mark ? (
        <div role="gridcell" className="roster-cell col-name">
          <span className="cell-text cell-strong" title={row.fullName}>
            {row.fullName}
          </span>
          <span className={`roster-mark is-${props.mark.kind}`} role="img" aria-label={props.mark.title} title={props.mark.title}>
            <Icon name={props.mark.kind === 'replaces' ? 'undo' : 'check'} size={11} />
          </span>
        </div>
      ) : (
        <TextCell column="name" text={row.fullName} title={row.fullName} strong />
      )}
      <TextCell column="position" text={row.position} title={row.position} />
      <TextCell column="organisation" text={organisation} title={row.organisationName ?? undefined} />
      <div role="gridcell" className="roster-cell col-country">
        {live ? (
          <button
            type="button"
            className="roster-representing"
            data-col="country"
            title={t('roster.representing.edit', { name: row.fullName })}
            aria-label={t('roster.representing.edit', { name: row.fullName })}
            onClick={props.onEditRepresenting}
          >
            {representing(row) || t('roster.representing.none')}
          </button>
        ) : (
          <span className="cell-text cell-muted" title={representing(row)}>
            {representing(row)}
          </span>
        )}
      </div>
      <ChoiceCell
        column="role"
        live={live}
        className="select roster-select"
        label={t('roster.grid.roleOf', { name: row.fullName })}
        value={row.role}
        options={roleOptions()}
        onChange={(role) => onSave({ role: role as ParticipantRole })}
      />
      <ChoiceCell
        column="invitation"
        live={live}
        className={`select roster-select roster-status-${row.invitation}`}
        label={t('roster.grid.invitationOf', { name: row.fullName })}
        value={row.invitation}
        options={invitationOptions()}
        onChange={(invitation) => onSave({ invitation: invitation as InvitationStatus })}
      />
      <ChoiceCell
        column="attendance"
        live={live}
        className={`select roster-select roster-status-${row.attendance ?? 'unknown'}`}
        label={t('roster.grid.attendanceOf', { name: row.fullName })}
        value={row.attendance ?? ''}
        options={attendanceOptions()}
        none={t('roster.attendance.unknown')}
        onChange={(attendance) => onSave({ attendance: (attendance || null) as AttendanceStatus | null })}
      />
      <div role="gridcell" className="roster-cell col-notes">
        {live ? <NotesInput key={row.updatedAt} row={row} onSave={(notes) => onSave({ notes })} /> : <StaticChoice className="input roster-notes" label={row.notes} />}
      </div>
    </div>
  );
}

function TextCell({ column, text, title, strong }: { column: string; text: string; title: string | undefined; strong?: boolean }) {
  return (
    <div role="gridcell" className={`roster-cell col-${column}`}>
      <span className={strong ? 'cell-text cell-strong' : 'cell-text'} title={title}>
        {text}
      </span>
    </div>
  );
}

/** A select while its row is live, its label otherwise; `none` is the choice of no value (''). */
function ChoiceCell(props: {
  column: Column;
  live: boolean;
  className: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  none?: string;
  onChange: (value: string) => void;
}) {
  const { column, className, value, options, none } = props;
  return (
    <div role="gridcell" className={`roster-cell col-${column}`}>
      {!props.live ? (
        <StaticChoice className={className} label={(value === '' ? none : options.find((o) => o.value === value)?.label) ?? value} />
      ) : (
        <select className={className} data-col={column} aria-label={props.label} value={value} onChange={(e) => props.onChange(e.target.value)}>
          {none === undefined ? null : <option value="">{none}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** What a control shows while its row is not in use; the real control takes its place on hover or focus. */
function StaticChoice({ className, label }: { className: string; label: string }) {
  return (
    <span className={`${className} roster-static`} title={label || undefined}>
      {label}
    </span>
  );
}

/** Notes save when the field is left or Enter is pressed; Esc puts the stored text back, a second Esc leaves the field. */
function NotesInput({ row, onSave }: { row: RosterRow; onSave: (notes: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(row.notes);
  const commit = () => {
    if (text.trim() !== row.notes.trim()) onSave(text.trim());
  };
  return (
    <input
      className="input roster-notes"
      data-col="notes"
      value={text}
      maxLength={5000}
      placeholder={t('roster.grid.notesPlaceholder')}
      aria-label={t('roster.grid.notesOf', { name: row.fullName })}
      title={row.notes || undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        // Enter goes on to the grid, which moves to the next row; the note saves as the field is left.
        if (e.key === 'Escape' && text !== row.notes) {
          e.preventDefault();
          e.stopPropagation();
          setText(row.notes);
        }
      }}
    />
  );
}
