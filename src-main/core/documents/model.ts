import type { ActionItem, Agenda, AgendaItem, AgendaItemKind, AgendaSpeaker, Body, DocumentKind, DocumentLanguage, LiaisonEvent, Outcome, RosterRow } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { clean, type PrintToPdf } from '../files';
import { bilingual, countryNameIn, DOCUMENT_LABELS, type DocumentLabels } from './labels';
import { meetingReport, type ReportParagraph } from './meeting-report';
import { REPORT_WORDS } from './report-words';
import { type ParticipantGroup, participantGroups, type PersonFacts, protocolOrder } from './participants';
import { type Badge, badgesOf, cardsOf, type TableCard } from './badges';
import { eventDays, plainDate } from './days';

/**
 * What an agenda or outcomes document says, built once from the event, its agenda and its
 * outcomes, then written as HTML and as Word. Every string here is plain text: each renderer
 * escapes it its own way. Labels and dates are in the document's language, or two of them.
 */
export interface DocumentModel {
  kind: DocumentKind;
  /** `lang` of the document: its first language. */
  language: DocumentLanguage;
  labels: DocumentLabels;
  /** "9th meeting of the ATTF – agenda": the document's title and its file name, before the extension. */
  name: string;
  header: DocumentHeader;
  days: DocumentDay[];
  outcomeGroups: OutcomeGroup[];
  actions: ActionLine[];
  /** The report after the meeting: sentences of facts, the missing ones marked; the whole of it in each language asked for. */
  report: Array<{ language: DocumentLanguage; paragraphs: ReportParagraph[] }>;
  /** The list of participants, grouped as protocol wants it; with contact details when asked. */
  participants: ParticipantGroup[];
  contacts: boolean;
  officialUse: boolean;
  badges: Badge[];
  cards: TableCard[];
  /** Restricted conclusions and decisions: never in a document; how many were left out, said under the others. */
  restrictedLeftOut: number;
}

export interface DocumentHeader {
  /** "Anti-Terrorism Task Force (ATTF)", or null for an event outside any body. */
  body: string | null;
  title: string;
  /** "Agenda" or "Conclusions, decisions and actions". */
  document: string;
  dates: string;
  venue: string | null;
  timeZone: string;
}

export interface DocumentDay {
  heading: string;
  sessions: DocumentSession[];
}

export interface DocumentSession {
  title: string;
  span: string;
  items: DocumentItem[];
}

export interface DocumentItem {
  time: string;
  /** Empty for the kind "other" and for breaks. */
  kind: string;
  /** Breaks and lunches are set apart in print. */
  pause: boolean;
  title: string;
  description: string;
  speakers: string[];
}

export interface OutcomeGroup {
  /** The agenda item's title; null for what concerns the whole meeting. */
  heading: string | null;
  /** When the item was: "09:15–10:00", with its day when the agenda has several. */
  when: string | null;
  entries: Array<{ number: number; kind: string; text: string }>;
}

export interface ActionLine {
  number: number;
  what: string;
  /** The agenda item it came from. */
  item: string | null;
  owner: string;
  due: string;
  status: string;
  notes: string;
}

export interface DocumentSources {
  event(id: string): LiaisonEvent;
  agenda(eventId: string): Agenda;
  outcomes(eventId: string): { outcomes: Outcome[]; actions: ActionItem[] };
  /** A series' titles in other languages, for the title of a document in one of them. */
  series?: (id: string) => { titles: Partial<Record<string, string>> };
  /** The body's acronym for the header (without it the header names the body alone); its members and terms for the report. */
  body?: (id: string) => Pick<Body, 'name' | 'acronym'> & Partial<Pick<Body, 'foundedOn' | 'members' | 'chairTerms'>>;
  /** The series' meeting before this one, with its action items: the report says which were done. */
  previousMeeting?: (eventId: string) => { title: string; actions: readonly ActionItem[] } | null;
  /** Who was on the roster and came, for the report after the meeting and the list of participants. */
  roster?: (eventId: string) => readonly RosterRow[];
  /** An organisation's kind: international organisations have a group of their own on the list. */
  organisationKind?: (id: string) => string | null;
  /** What the participants' documents need of a person besides the roster: phones, handout consent, name in parts. */
  person?: (personId: string) => PersonFacts;
  /** Given by the Electron shell, which can print HTML to PDF; absent over loopback. */
  printToPdf?: PrintToPdf | undefined;
}

export function resolveLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical) return new Intl.DateTimeFormat(canonical).resolvedOptions().locale;
  } catch {
    // Reported below with the field it came from.
  }
  throw new AppError('invalid_input', `Unknown locale: ${locale}`, { issues: [{ path: 'locale', message: 'Use a language tag such as en-GB' }] });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes from midnight → "09:30"; a time past midnight says it is on the next day. */
export function clock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}${day > 0 ? ` (+${day})` : ''}`;
}

export const span = (startMin: number, endMin: number) => `${clock(startMin)}–${clock(endMin)}`;

function dayFormat(locale: string) {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The days of an event as people write them in a language: one day, or a range. */
export function formatDates(event: LiaisonEvent, locale: string): string {
  const { first, last } = eventDays(event);
  const format = dayFormat(locale);
  return first === last ? format.format(plainDate(first)) : format.formatRange(plainDate(first), plainDate(last));
}

function utcOffset(instant: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone is how ICU writes a zero offset.
  return !name || name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/** "Times are in Bucharest time (Europe/Bucharest, UTC+03:00)"; both offsets when the clocks change during the event. */
function timeZoneNote(event: LiaisonEvent, labels: DocumentLabels[]): string {
  const zone = event.timeZone;
  if (zone === 'UTC' || zone === 'Etc/UTC') return labels.map((l) => l.timesInUtc).join(' / ');
  const place = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  const last = new Date(Math.max(Date.parse(event.startsAt), Date.parse(event.endsAt) - 60_000)).toISOString();
  const offsets = [...new Set([utcOffset(event.startsAt, zone), utcOffset(last, zone)])].join(' / ');
  return labels.map((l) => l.timesIn.replace('{place}', place).replace('{zone}', zone).replace('{offsets}', offsets)).join(' / ');
}

export function speakerLine(speaker: AgendaSpeaker, locale = 'en'): string {
  const organisation = clean(speaker.organisationAcronym) || clean(speaker.organisationName);
  const details = [organisation, clean(countryNameIn(locale, speaker.countryCode, speaker.countryName))].filter(Boolean).join(', ');
  return details ? `${clean(speaker.fullName)} (${details})` : clean(speaker.fullName);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

function ownerLine(action: ActionItem, labels: DocumentLabels, locale: string): string {
  const name = clean(action.ownerName);
  if (!name) return labels.unassigned;
  let country = '';
  if (action.ownerCountryCode) {
    try {
      country = countryNameIn(locale, action.ownerCountryCode, null) || (regionNames.of(action.ownerCountryCode) ?? action.ownerCountryCode);
    } catch {
      country = action.ownerCountryCode;
    }
  }
  const details = [clean(action.ownerOrganisation), country].filter(Boolean).join(', ');
  return details ? `${name} (${details})` : name;
}

const pause = (kind: AgendaItemKind) => kind === 'break' || kind === 'lunch';

function itemModel(item: AgendaItem, labels: DocumentLabels, locale: string): DocumentItem {
  return {
    time: span(item.startMin, item.endMin),
    // A break says what it is by its title and its shading.
    kind: pause(item.kind) ? '' : labels.kinds[item.kind],
    pause: pause(item.kind),
    title: clean(item.title),
    description: clean(item.description),
    speakers: item.speakers.map((speaker) => speakerLine(speaker, locale)),
  };
}

function outcomeGroups(outcomes: Outcome[], agenda: Agenda, locale: string, labels: DocumentLabels): OutcomeGroup[] {
  // Grouped in the agenda's order; the meeting as a whole first, items since removed from the agenda last.
  const days = agenda.days.filter((day) => day.sessions.some((session) => session.items.length > 0));
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const order = new Map<string, { index: number; title: string; when: string }>();
  for (const day of days) {
    for (const session of day.sessions) {
      for (const item of session.items) {
        const time = span(item.startMin, item.endMin);
        order.set(item.id, { index: order.size, title: clean(item.title), when: days.length > 1 ? `${dayLabel.format(plainDate(day.day))}, ${time}` : time });
      }
    }
  }
  const groups = new Map<string, { rank: number; heading: string | null; when: string | null; outcomes: Outcome[] }>();
  for (const outcome of outcomes) {
    const key = outcome.agendaItemId ?? '';
    let group = groups.get(key);
    if (!group) {
      const known = outcome.agendaItemId ? order.get(outcome.agendaItemId) : undefined;
      group = outcome.agendaItemId
        ? { rank: known ? known.index : order.size, heading: known?.title ?? (clean(outcome.agendaItemTitle) || null), when: known?.when ?? null, outcomes: [] }
        : { rank: -1, heading: null, when: null, outcomes: [] };
      groups.set(key, group);
    }
    group.outcomes.push(outcome);
  }
  let number = 0;
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank)
    .map((group) => ({
      heading: group.heading,
      when: group.when,
      entries: group.outcomes.map((o) => ({ number: ++number, kind: labels.outcomeKinds[o.kind], text: clean(o.text) })),
    }));
}

function actionLines(actions: ActionItem[], locale: string, labels: DocumentLabels): ActionLine[] {
  const due = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return actions.map((action, index) => ({
    number: index + 1,
    what: clean(action.title),
    item: clean(action.agendaItemTitle) || null,
    owner: ownerLine(action, labels, locale),
    due: action.dueOn ? due.format(plainDate(action.dueOn)) : labels.noDueDate,
    status: action.overdue ? `${labels.statuses[action.status]} (${labels.overdue})` : labels.statuses[action.status],
    notes: clean(action.notes),
  }));
}

export interface DocumentRequest {
  eventId: string;
  document: DocumentKind;
  locale: string;
  language?: DocumentLanguage;
  secondLanguage?: DocumentLanguage | null;
  contacts?: boolean;
  officialUse?: boolean;
}

/** The locale of a language's dates: English keeps the reader's (en-GB or en-US); the others their own. */
export const LANGUAGE_LOCALES: Readonly<Record<DocumentLanguage, string>> = {
  en: 'en',
  ro: 'ro-RO',
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  hr: 'hr-HR',
  bs: 'bs-BA',
  bg: 'bg-BG',
  mk: 'mk-MK',
  sl: 'sl-SI',
  el: 'el-GR',
  tr: 'tr-TR',
  sq: 'sq-AL',
  hu: 'hu-HU',
};

export function buildModel(sources: DocumentSources, input: DocumentRequest): DocumentModel {
  const languages = [input.language ?? 'en', ...(input.secondLanguage ? [input.secondLanguage] : [])];
  const english = resolveLocale(input.locale);
  const locales = languages.map((l) => (l === 'en' ? english : LANGUAGE_LOCALES[l]));
  const each = languages.map((l) => DOCUMENT_LABELS[l]);
  const labels = each.length > 1 ? bilingual(each[0]!, each[1]!) : each[0]!;
  // A date in both languages where they differ: "marți, 14 aprilie 2026 / Tuesday 14 April 2026".
  const both = (format: (locale: string) => string) => [...new Set(locales.map(format))].join(' / ');
  const locale = locales[0]!;
  const event = sources.event(input.eventId);
  const agenda = sources.agenda(input.eventId);
  const body = event.bodyId && sources.body ? sources.body(event.bodyId) : null;
  const bodyName = clean(body?.name ?? event.bodyName);
  const acronym = clean(body?.acronym);
  // A numbered meeting is titled in each language its series has a title in ("a 9-a reuniune a …"), else as stored.
  const series = event.seriesId && event.seriesNumber !== null && sources.series ? sources.series(event.seriesId) : null;
  const titleIn = (language: DocumentLanguage) => {
    const pattern = language === 'en' ? undefined : series?.titles[language];
    return pattern ? pattern.replace('{n}', String(event.seriesNumber)) : clean(event.title);
  };
  const title = [...new Set(languages.map(titleIn))].filter(Boolean).join(' / ') || labels.untitled;
  const header: DocumentHeader = {
    body: bodyName ? (acronym && acronym !== bodyName ? `${bodyName} (${acronym})` : bodyName) : null,
    title,
    document: input.document === 'agenda' ? labels.agenda : labels.outcomes,
    dates: both((l) => formatDates(event, l)),
    venue: [event.venueName, event.venueCity, countryNameIn(locale, event.venueCountryCode, event.venueCountryName)].map(clean).filter(Boolean).join(', ') || null,
    timeZone: timeZoneNote(event, each),
  };
  const FILE_WORDS = { agenda: each[0]!.agendaFile, outcomes: each[0]!.outcomesFile, report: REPORT_WORDS[languages[0]!].file, participants: each[0]!.participantsFile, badges: each[0]!.badgesFile, cards: each[0]!.cardsFile };
  const name = `${title} – ${FILE_WORDS[input.document]}`;
  const model = { language: languages[0]!, labels, name, header, report: [], participants: [], badges: [], cards: [], restrictedLeftOut: 0, contacts: input.contacts ?? false, officialUse: input.officialUse ?? false };

  if (input.document === 'badges' || input.document === 'cards') {
    const roster = sources.roster?.(input.eventId) ?? [];
    const facts = { roster, locale, labels, ...(sources.person ? { person: sources.person } : {}) };
    const order = protocolOrder({ roster, body: body?.members ? { members: body.members } : null, organisationKind: sources.organisationKind ?? (() => null), locale, labels });
    const rest = { days: [], outcomeGroups: [], actions: [] };
    return input.document === 'badges'
      ? { ...model, ...rest, kind: 'badges', badges: badgesOf(facts, order.flatMap((g) => g.parts.flatMap((p) => p.people))) }
      : { ...model, ...rest, kind: 'cards', cards: cardsOf(order.flatMap((g) => g.parts.map((p) => p.heading))) };
  }

  if (input.document === 'participants') {
    const participants = participantGroups({
      roster: sources.roster?.(input.eventId) ?? [],
      body: body?.members ? { members: body.members } : null,
      organisationKind: sources.organisationKind ?? (() => null),
      ...(sources.person ? { person: sources.person } : {}),
      locale,
      labels,
      contacts: model.contacts,
    });
    return { ...model, header: { ...header, document: labels.participants }, kind: 'participants', days: [], outcomeGroups: [], actions: [], participants };
  }

  if (input.document === 'report') {
    const facts = {
      event,
      body: body ? { name: body.name, acronym: body.acronym, foundedOn: body.foundedOn ?? null, members: body.members ?? [], chairTerms: body.chairTerms ?? [] } : null,
      roster: sources.roster?.(input.eventId) ?? [],
      agenda,
      outcomes: sources.outcomes(input.eventId).outcomes.filter((o) => !o.restricted),
      previous: sources.previousMeeting?.(input.eventId) ?? null,
    };
    // English lists as British reports do ("A, B and C"), whatever the reader's English.
    const report = languages.map((language) => ({ language, paragraphs: meetingReport({ ...facts, title: titleIn(language) }, language, language === 'en' ? 'en-GB' : LANGUAGE_LOCALES[language]) }));
    const document = languages.map((l) => REPORT_WORDS[l].heading).join(' / ');
    return { ...model, header: { ...header, document }, kind: 'report', days: [], outcomeGroups: [], actions: [], report };
  }

  if (input.document === 'outcomes') {
    const { outcomes, actions } = sources.outcomes(input.eventId);
    const open = outcomes.filter((o) => !o.restricted);
    return {
      ...model,
      kind: 'outcomes',
      days: [],
      outcomeGroups: outcomeGroups(open, agenda, locale, labels),
      actions: actionLines(actions, locale, labels),
      restrictedLeftOut: outcomes.length - open.length,
    };
  }

  const days = agenda.days
    .filter((day) => day.sessions.length > 0)
    .map((day) => ({
      heading: both((l) => dayFormat(l).format(plainDate(day.day))),
      sessions: day.sessions.map((session) => ({
        title: clean(session.title),
        span: span(session.startMin, session.endMin),
        items: session.items.map((item) => itemModel(item, labels, locale)),
      })),
    }));
  return { ...model, kind: 'agenda', days, outcomeGroups: [], actions: [] };
}
