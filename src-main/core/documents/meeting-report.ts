import type { ActionItem, Agenda, Body, DocumentLanguage, LiaisonEvent, Outcome, RosterRow } from '../../../src-shared/contract';
import { clean } from '../files';
import { englishOrdinal } from '../ordinal';
import { eventDays, plainDate } from './days';
import { countryNameIn } from './labels';
import { type Plural, REPORT_WORDS, type ReportWords } from './report-words';

/** A piece of a sentence: a fact from the record, or the mark of one the record does not hold. */
export type ReportPiece = { text: string } | { missing: string };
export type ReportParagraph = ReportPiece[];

export interface MeetingFacts {
  event: LiaisonEvent;
  /** The meeting's title in the report's language (its series' title there, else as stored). */
  title: string;
  body: Pick<Body, 'name' | 'acronym' | 'foundedOn' | 'members' | 'chairTerms'> | null;
  roster: readonly RosterRow[];
  agenda: Agenda;
  outcomes: readonly Outcome[];
  /** The series' meeting before this one and its action items. */
  previous?: { title: string; actions: readonly ActionItem[] } | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (day: string) => ({ d: Number(day.slice(8, 10)), m: MONTHS[Number(day.slice(5, 7)) - 1]!, y: day.slice(0, 4) });

/** "the 21st of May 2024", "the 14th to the 15th of April 2026": English as the region's reports write dates. */
function englishDays(first: string, last: string): string {
  const a = parts(first);
  const b = parts(last);
  if (first === last) return `the ${englishOrdinal(a.d)} of ${a.m} ${a.y}`;
  if (a.m === b.m && a.y === b.y) return `the ${englishOrdinal(a.d)} to the ${englishOrdinal(b.d)} of ${a.m} ${a.y}`;
  return `the ${englishOrdinal(a.d)} of ${a.m}${a.y === b.y ? '' : ` ${a.y}`} to the ${englishOrdinal(b.d)} of ${b.m} ${b.y}`;
}

/** The meeting's days as the language writes a day or a range of days. */
function when(event: LiaisonEvent, language: DocumentLanguage, locale: string, words: ReportWords): string {
  const { first, last } = eventDays(event);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = language === 'en' ? englishDays(first, last) : first === last ? format.format(plainDate(first)) : format.formatRange(plainDate(first), plainDate(last));
  return (first === last ? words.onDay : words.fromTo).replace('{date}', date);
}

const PRESENTED = new Set(['presentation', 'panel', 'discussion', 'opening', 'closing']);

type Slot = string | number | ReportPiece | ReportParagraph;

/** A template's `{slots}` filled in: text where the record holds the fact, the mark (or a sentence holding one) where it does not. */
function sentence(template: string, slots: Record<string, Slot>): ReportParagraph {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .flatMap((part): ReportPiece[] => {
      const value = /^\{\w+\}$/.test(part) ? slots[part.slice(1, -1)] : undefined;
      if (value === undefined) return [{ text: part }];
      if (Array.isArray(value)) return value;
      return [typeof value === 'object' ? value : { text: String(value) }];
    })
    .filter((piece) => !('text' in piece) || piece.text !== '');
}

/**
 * The report after a meeting, in the shape of the ones SELEC publishes, built only from the record and
 * written in the document's language: every sentence states a fact Liaison holds; a fact it lacks is
 * marked ("[the city not recorded]" in English), never guessed.
 */
export function meetingReport(facts: MeetingFacts, language: DocumentLanguage, locale: string): ReportParagraph[] {
  const { event, body } = facts;
  const words = REPORT_WORDS[language];
  const plurals = new Intl.PluralRules(locale);
  const plural = (forms: Plural, count: number) => (count === 1 ? forms['=1'] : undefined) ?? forms[plurals.select(count)] ?? forms.other;
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  // A function as replacement, so that no "$&" in a title is read as a pattern.
  const quoted = (text: string) => words.quoted.replace('{text}', () => text);
  const missing = (what: keyof ReportWords['what']): ReportPiece => ({ missing: words.missing.replace('{what}', words.what[what]) });
  const country = (code: string | null, stored: string) => clean(countryNameIn(locale, code, stored)) || clean(stored);
  const day = eventDays(event).first;
  const paragraphs: ReportParagraph[] = [];

  // Who coordinated: the body's term running on the day of the meeting.
  const term = body?.chairTerms.filter((c) => c.role !== 'secretariat' && c.startsOn <= day && (c.endsOn === null || c.endsOn >= day)).at(-1);
  const holder = term ? country(term.holderCountryCode, term.holderName) : '';
  paragraphs.push(
    sentence(words.opening, {
      when: when(event, language, locale, words),
      title: facts.title || words.untitled,
      term: term ? sentence(words.terms[term.role], { holder }) : body ? sentence(words.termMissing, { missing: missing('coordinator') }) : '',
      city: event.venueCity ? clean(event.venueCity) : missing('city'),
      venue: event.venueName ? sentence(words.venue, { venue: clean(event.venueName) }) : missing('venue'),
    }),
  );

  // Who attended: member states by the countries their delegates represented, partners by their organisations.
  const came = facts.roster.filter((r) => r.attendance === 'attended');
  if (facts.roster.length && !facts.roster.some((r) => r.attendance !== null)) paragraphs.push(sentence(words.noAttendance, { missing: missing('attendance') }));
  else if (came.length) {
    const kindOf = new Map<string, string>();
    for (const m of body?.members ?? []) {
      if (m.countryCode) kindOf.set(`c:${m.countryCode}`, m.kind);
      if (m.organisationId) kindOf.set(`o:${m.organisationId}`, m.kind);
    }
    const states = new Map<string, string>();
    const observers = new Map<string, string>();
    const partners = new Map<string, string>();
    for (const r of came) {
      const org = r.representingOrgId ?? r.organisationId;
      const orgName = clean(r.representingOrgName ?? r.organisationName);
      if (r.role === 'operational_partner' || (org && kindOf.get(`o:${org}`) === 'operational_partner')) {
        if (orgName) partners.set(org ?? orgName, orgName);
        continue;
      }
      const code = r.representingCountryCode;
      if (!code || !r.representingCountryName) continue;
      const kind = kindOf.get(`c:${code}`);
      if (kind === 'member_state' || (!body && r.role !== 'organiser')) states.set(code, country(code, r.representingCountryName));
      else if (kind === 'observer') observers.set(code, country(code, r.representingCountryName));
    }
    const names = (m: Map<string, string>) => [...m.values()].sort((a, b) => a.localeCompare(b, locale));
    const said = (forms: Plural, m: Map<string, string>) => sentence(plural(forms, m.size), { count: m.size, list: list(names(m)) });
    if (states.size) paragraphs.push(said(body ? words.memberStates : words.countries, states));
    if (observers.size) paragraphs.push(said(words.observers, observers));
    if (partners.size) paragraphs.push(said(words.partners, partners));
  }

  // What was discussed and who presented it.
  const items = facts.agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items));
  const topics = items.filter((i) => i.kind === 'presentation' || i.kind === 'discussion' || i.kind === 'panel').map((i) => clean(i.title)).filter(Boolean);
  paragraphs.push(topics.length ? sentence(words.topics, { list: list(topics.map(quoted)) }) : sentence(words.noTopics, { missing: missing('agenda') }));
  const speakers = new Map<string, string>();
  for (const item of items.filter((i) => PRESENTED.has(i.kind))) {
    for (const s of item.speakers) {
      const org = clean(s.organisationAcronym) || clean(s.organisationName);
      speakers.set(s.personId, org ? `${clean(s.fullName)} (${org})` : clean(s.fullName));
    }
  }
  if (speakers.size) paragraphs.push(sentence(plural(words.speakers, speakers.size), { count: speakers.size, list: list([...speakers.values()]) }));

  // What was agreed.
  const agreed = facts.outcomes.filter((o) => clean(o.text));
  if (agreed.length) {
    const kind = agreed.every((o) => o.kind === 'decision') ? 'decision' : agreed.every((o) => o.kind === 'conclusion') ? 'conclusion' : 'mixed';
    paragraphs.push(sentence(plural(words.agreed[kind], agreed.length), { count: agreed.length }));
    for (const o of agreed) paragraphs.push([{ text: `— ${clean(o.text)}` }]);
  } else paragraphs.push(sentence(words.noOutcomes, { missing: missing('outcomes') }));

  // What became of the previous meeting's action items: done, and still open.
  const previousActions = facts.previous?.actions.filter((a) => a.status !== 'dropped') ?? [];
  if (facts.previous && previousActions.length) {
    const done = previousActions.filter((a) => a.status === 'done').map((a) => quoted(clean(a.title)));
    const open = previousActions.filter((a) => a.status !== 'done').map((a) => quoted(clean(a.title)));
    const part = (forms: Plural, titles: string[]) => sentence(plural(forms, titles.length), { count: titles.length, list: list(titles) });
    paragraphs.push(
      sentence(plural(words.previous, previousActions.length), {
        count: previousActions.length,
        title: clean(facts.previous.title),
        done: done.length ? part(words.done, done) : words.noneDone,
        open: open.length ? part(words.open, open) : '',
      }),
    );
  }

  if (body?.foundedOn) paragraphs.push(sentence(words.founded, { body: clean(body.name), year: body.foundedOn.slice(0, 4) }));
  return paragraphs;
}

/** A paragraph as plain text, the marks of missing facts included. */
export const paragraphText = (paragraph: ReportParagraph): string => paragraph.map((p) => ('text' in p ? p.text : p.missing)).join('');
