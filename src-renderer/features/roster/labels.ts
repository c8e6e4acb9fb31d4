import { attendanceStatuses, invitationStatuses, participantRoles, type RosterRow } from '../../../src-shared/contract';
import i18n from '../../i18n';
import { countryName } from '../../lib/countries';

export const roleOptions = () => participantRoles.map((value) => ({ value, label: i18n.t(`roster.roles.${value}`) }));
export const invitationOptions = () => invitationStatuses.map((value) => ({ value, label: i18n.t(`roster.invitation.${value}`) }));
export const attendanceOptions = () => attendanceStatuses.map((value) => ({ value, label: i18n.t(`roster.attendance.${value}`) }));

/** Whom a participant represents, as the table and the groups name it. */
export function representing(row: Pick<RosterRow, 'representingCountryCode' | 'representingCountryName' | 'representingOrgName'>): string {
  return countryName(row.representingCountryCode, row.representingCountryName) ?? row.representingOrgName ?? '';
}

/** Rows arrive in roster order, by representing country: a group starts where the country changes. */
export function groupKey(row: Pick<RosterRow, 'representingCountryCode'>): string {
  return row.representingCountryCode ?? '-';
}
