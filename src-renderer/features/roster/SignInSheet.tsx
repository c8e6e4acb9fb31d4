import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { LiaisonEvent, RosterRow } from '../../../src-shared/contract';
import { countryName } from '../../lib/countries';
import { formatDays, formatInstants } from '../../lib/time';

/**
 * The printable sign-in sheet: one line per expected participant, by country, with room to sign.
 * It lives outside the app's root so print styles can show it alone; printing it to PDF gives the file.
 */
export function SignInSheet({ event, rows }: { event: LiaisonEvent; rows: readonly RosterRow[] }) {
  const { t } = useTranslation();
  const expected = rows.filter((row) => row.invitation !== 'declined');
  const when = event.when.allDay ? formatDays(event.when.start, event.when.end) : formatInstants(event.startsAt, event.endsAt, event.timeZone);
  const venue = [event.venueName, event.venueCity, countryName(event.venueCountryCode, event.venueCountryName)].filter(Boolean).join(', ');
  return createPortal(
    <div className="sign-in-sheet" data-testid="sign-in-sheet">
      <header>
        <p className="sign-in-kicker">{t('roster.signIn.title')}</p>
        <h1>{event.title}</h1>
        <p>{[when, venue].filter(Boolean).join(' · ')}</p>
      </header>
      <table>
        <thead>
          <tr>
            <th className="sign-in-number">#</th>
            <th>{t('roster.signIn.country')}</th>
            <th>{t('roster.signIn.name')}</th>
            <th>{t('roster.signIn.organisation')}</th>
            <th className="sign-in-signature">{t('roster.signIn.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {expected.map((row, i) => (
            <tr key={row.id}>
              <td className="sign-in-number">{i + 1}</td>
              <td>{countryName(row.representingCountryCode, row.representingCountryName) ?? ''}</td>
              <td>
                <strong>{row.fullName}</strong>
                {row.position ? <span className="sign-in-position">{row.position}</span> : null}
              </td>
              <td>{row.representingOrgName ?? row.organisationName ?? ''}</td>
              <td className="sign-in-signature" />
            </tr>
          ))}
          {/* Room for people who come without being on the list. */}
          {Array.from({ length: 5 }, (_, i) => (
            <tr key={`blank-${i}`} className="sign-in-blank">
              <td className="sign-in-number">{expected.length + i + 1}</td>
              <td />
              <td />
              <td />
              <td className="sign-in-signature" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
