import { useTranslation } from 'react-i18next';
import { attendanceStatuses, invitationStatuses, type RosterCounts as Counts } from '../../../src-shared/contract';
import { countryName } from '../../lib/countries';
import { formatNumber } from '../../lib/format';

/** The roster at a glance: per country, per role, who confirmed and who came. */
export function RosterCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <div className="roster-counts" data-testid="roster-counts">
      <section className="card roster-count-card roster-by-country" aria-labelledby="roster-by-country">
        <h3 id="roster-by-country" className="roster-count-title">
          {t('roster.counts.byCountry')} <span className="roster-count-note">{formatNumber(counts.byCountry.filter((line) => line.countryCode).length)}</span>
        </h3>
        <div className="roster-country-scroll" tabIndex={0} role="region" aria-labelledby="roster-by-country">
          <table className="roster-country-table">
            <thead>
              <tr>
                <th scope="col">{t('roster.counts.country')}</th>
                <th scope="col" className="num">
                  {t('roster.counts.total')}
                </th>
                <th scope="col" className="num">
                  {t('roster.counts.confirmed')}
                </th>
                <th scope="col" className="num">
                  {t('roster.counts.attended')}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.byCountry.map((line) => (
                <tr key={line.countryCode ?? '-'}>
                  <th scope="row">{countryName(line.countryCode, line.countryName) ?? t('roster.counts.noCountry')}</th>
                  <td className="num">{formatNumber(line.total)}</td>
                  <td className="num">{formatNumber(line.confirmed)}</td>
                  <td className="num">{formatNumber(line.attended)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="roster-count-side">
        <section className="card roster-count-card" aria-labelledby="roster-invitation">
          <h3 id="roster-invitation" className="roster-count-title">
            {t('roster.counts.invitation')}
          </h3>
          <ul className="roster-stats" data-testid="roster-invitation-counts">
            {invitationStatuses.map((status) => (
              <li key={status} className={`roster-stat roster-status-${status}`}>
                <span className="roster-stat-value">{formatNumber(counts.byInvitation[status])}</span>
                <span className="roster-stat-label">{t(`roster.invitation.${status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card roster-count-card" aria-labelledby="roster-attendance">
          <h3 id="roster-attendance" className="roster-count-title">
            {t('roster.counts.attendance')}
          </h3>
          <ul className="roster-stats" data-testid="roster-attendance-counts">
            {[...attendanceStatuses, 'unknown' as const].map((status) => (
              <li key={status} className={`roster-stat roster-status-${status}`}>
                <span className="roster-stat-value">{formatNumber(counts.byAttendance[status])}</span>
                <span className="roster-stat-label">{t(`roster.attendance.${status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card roster-count-card" aria-labelledby="roster-roles">
          <h3 id="roster-roles" className="roster-count-title">
            {t('roster.counts.roles')}
          </h3>
          <ul className="chips roster-role-chips">
            {counts.byRole.map((line) => (
              <li key={line.role} className="chip">
                <span className="chip-label">
                  {t(`roster.roles.${line.role}`)} <strong>{formatNumber(line.total)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
