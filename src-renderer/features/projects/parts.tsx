import { useTranslation } from 'react-i18next';
import type { ProgressStatus, ProjectStatus, ReportingPeriod } from '../../../src-shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { Icon, type IconName } from '../../components/Icon';
import i18n from '../../i18n';
import { formatNumber } from '../../lib/format';
import { navigate, useNavigation } from '../../lib/navigate';
import type { ProjectTab } from '../../lib/route';
import { localized } from '../../lib/locale';

/** Counts may be fractional (a baseline of 2.5), so only as many decimals as they carry. */
export const formatCount = (value: number): string => formatNumber(Math.round(value * 100) / 100);

/** Where a count should be by now is an estimate: whole units from ten up, a tenth below. */
export const formatExpected = (value: number): string => formatNumber(value >= 10 ? Math.round(value) : Math.round(value * 10) / 10);

/** Shows another tab of the open project; the address keeps it. */
export function showProjectTab(tab: ProjectTab): void {
  const route = useNavigation.getState().route;
  if (route.page === 'project') navigate({ page: 'project', id: route.id, tab });
}

const monthFormat = localized((locales) => new Intl.DateTimeFormat(locales, { month: 'short', year: 'numeric', timeZone: 'UTC' }));

/** `2026-Q2` → "Q2 2026", `2026-05` → "May 2026", `Y1` → "Year 1". */
export function periodLabel(key: string): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return i18n.t('projects.periods.quarterKey', { quarter: m[2], year: m[1] });
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return monthFormat().format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)));
  m = /^Y(\d{1,2})$/.exec(key);
  if (m) return i18n.t('projects.periods.projectYearKey', { number: m[1] });
  return key;
}

/** What the status says in words; colour only repeats it. */
const statusIcons: Record<ProgressStatus, IconName> = {
  behind: 'alert',
  on_track: 'check',
  ahead: 'check',
  done: 'flag',
  not_started: 'clock',
};

export function StatusChip({ status, small }: { status: ProgressStatus; small?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`progress-chip progress-${status}${small ? ' is-small' : ''}`} data-status={status}>
      <Icon name={statusIcons[status]} size={small ? 11 : 12} />
      {t(`projects.progress.${status}`)}
    </span>
  );
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <span className={`project-status project-status-${status}`}>{t(`projects.statuses.${status}`)}</span>;
}

/** How far an indicator has come, with a tick where it should be today. */
export function ProgressBar(props: { percent: number; expectedPercent?: number | null; status: ProgressStatus; label: string; size?: 'small' }) {
  const value = clampPercent(props.percent);
  const expected = props.expectedPercent === undefined || props.expectedPercent === null ? null : clampPercent(props.expectedPercent);
  return (
    <span
      className={`progress-bar progress-bar-${props.status}${props.size === 'small' ? ' is-small' : ''}`}
      role="img"
      aria-label={props.label}
    >
      <span className="progress-bar-fill" style={{ width: `${value}%` }} />
      {expected !== null ? <span className="progress-bar-marker" style={{ left: `${expected}%` }} /> : null}
    </span>
  );
}

const clampPercent = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.min(100, value)) : 0);

/** A thin bar of the project's time gone by. */
export function ElapsedBar({ percent }: { percent: number }) {
  const { t } = useTranslation();
  const value = clampPercent(percent);
  return (
    <span className="elapsed">
      <span className="elapsed-bar" aria-hidden="true">
        <span className="elapsed-bar-fill" style={{ width: `${value}%` }} />
      </span>
      <span className="elapsed-text">{t('projects.elapsed', { percent: Math.round(value) })}</span>
    </span>
  );
}

export function periodWord(period: ReportingPeriod): string {
  return i18n.t(`projects.periods.this.${period}`);
}

/** A number typed by the user, or null when the field is blank or not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!cleaned) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** What a tab shows while the project has no indicators: why it is empty, and the way to Setup. */
export function NoIndicators({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon="projects"
      title={t('projects.dashboard.emptyTitle')}
      {...(testId ? { testId } : {})}
      actions={
        <button type="button" className="button button-primary" onClick={() => showProjectTab('setup')}>
          <Icon name="plus" size={16} />
          {t('projects.dashboard.addIndicators')}
        </button>
      }
    >
      <p>{text}</p>
    </EmptyState>
  );
}
