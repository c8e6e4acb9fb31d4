import type { DocumentLanguage, InvitationDelegation, InvitationTemplate, LiaisonEvent } from '../../../src-shared/contract';
import { countryNameIn, DOCUMENT_LABELS, formatDates, LANGUAGE_LOCALES, resolveLocale } from '../documents';
import { clean } from '../files';
import type { PlaceholderValues } from './template';

/** What a pack needs of the event, read once for all its delegations. */
export interface PackEvent {
  event: LiaisonEvent;
  bodyName: string;
  /** The series' title patterns by language ("a {n}-a reuniune …"), for a numbered meeting. */
  seriesTitles: Partial<Record<string, string>>;
  template: InvitationTemplate;
  /** `YYYY-MM-DD`. */
  deadline: string;
  /** The reader's locale, for English dates. */
  locale: string;
}

export interface PackFacts {
  language: DocumentLanguage;
  locale: string;
  values: PlaceholderValues;
  /** The delegation's name in the pack's language. */
  delegation: string;
  /** Who the letter is addressed to: the contact points, else the head of the delegation. */
  addressees: string[];
}

const plainDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

function times(event: LiaisonEvent, locale: string): string {
  if (event.when.allDay) return '';
  const format = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${format.format(new Date(event.startsAt))}–${format.format(new Date(event.endsAt))}, ${event.timeZone}`;
}

/** Who a letter goes to where the delegation has no contact point; outside English the name stands apart, so it need not be declined. */
function headOf(delegation: InvitationDelegation, name: string, language: DocumentLanguage): string {
  if (language === 'en') return delegation.countryCode ? `The head of the delegation of ${name}` : `The head of ${name}`;
  return `${DOCUMENT_LABELS[language].roles.head_of_delegation} (${name})`;
}

/** The placeholders' values for one delegation, dates and names in its language (English where Liaison has no documents in it). */
export function packFacts(pack: PackEvent, delegation: InvitationDelegation, language: DocumentLanguage): PackFacts {
  const { event } = pack;
  const locale = language === 'en' ? resolveLocale(pack.locale) : LANGUAGE_LOCALES[language];
  const pattern = language === 'en' ? undefined : pack.seriesTitles[language];
  const title = pattern && event.seriesNumber !== null ? pattern.replace('{n}', String(event.seriesNumber)) : clean(event.title);
  const name = delegation.countryCode ? countryNameIn(locale, delegation.countryCode, delegation.name) || delegation.name : delegation.name;
  const venue = [event.venueName, event.venueCity, countryNameIn(locale, event.venueCountryCode, event.venueCountryName)].map(clean).filter(Boolean).join(', ');
  const deadline = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(plainDate(pack.deadline));
  const sender = clean(pack.template.senderName);
  return {
    language,
    locale,
    delegation: clean(name),
    addressees: delegation.contacts.length ? delegation.contacts.map((c) => clean(c.fullName)) : [headOf(delegation, clean(name), language)],
    values: {
      delegation: clean(name),
      title,
      dates: formatDates(event, locale),
      times: times(event, locale),
      venue,
      deadline,
      body: clean(pack.bodyName),
      sender,
    },
  };
}
