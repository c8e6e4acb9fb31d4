import type { InvitationDelegation } from '../../../src-shared/contract';
import { fold, paramValue } from '../ics/content-lines';
import { icsExporter } from '../ics/export';
import type { Store } from '../store/open';

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export interface Sender {
  name: string;
  email: string;
}

/**
 * The calendar invitation of one delegation (RFC 5546 iTIP): the event as Liaison's export writes it,
 * with METHOD:REQUEST (or CANCEL and STATUS:CANCELLED), the SEQUENCE issued, the sender as ORGANIZER
 * and the delegation's contact points as the attendees asked to answer. The roster's own ORGANIZER
 * and ATTENDEE lines, the notes and the tags are left out: the invitation is addressed to this delegation alone.
 */
export function invitationCalendar(db: Store) {
  const exportIcs = icsExporter(db);
  return function calendarFor(eventId: string, options: { method: InvitationMethod; sequence: number; sender: Sender; delegation: InvitationDelegation }): string {
    const { text } = exportIcs({ eventIds: [eventId] });
    // Content lines with their folded continuations, so that a line is kept or replaced whole.
    const lines = text.replace(/\r\n$/, '').split(/\r\n(?![ \t])/);
    const people: string[] = [];
    if (options.sender.email) people.push(fold(`ORGANIZER;CN=${paramValue(options.sender.name || options.sender.email)}:mailto:${options.sender.email}`));
    for (const contact of options.delegation.contacts) {
      for (const email of contact.emails.slice(0, 1)) {
        people.push(fold(`ATTENDEE;CN=${paramValue(contact.fullName)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${email}`));
      }
    }
    const out: string[] = [];
    for (const line of lines) {
      const name = /^[A-Za-z-]+/.exec(line)?.[0]?.toUpperCase();
      if (name === 'METHOD') out.push(`METHOD:${options.method}`);
      // The coordinator's notes and tags stay in Liaison: an invitation goes outside the organisation.
      else if (name === 'ORGANIZER' || name === 'ATTENDEE' || name === 'DESCRIPTION' || name === 'CATEGORIES' || name?.startsWith('X-LIAISON-')) continue;
      else if (name === 'SEQUENCE') out.push(`SEQUENCE:${options.sequence}`);
      else if (name === 'STATUS' && options.method === 'CANCEL') out.push('STATUS:CANCELLED');
      else if (line === 'END:VEVENT') out.push(...people, line);
      else out.push(line);
    }
    return `${out.join('\r\n')}\r\n`;
  };
}
