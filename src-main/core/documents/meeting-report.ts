import type { ActionItem, Agenda, Body, LiaisonEvent, Outcome, RosterRow } from '../../../src-shared/contract';
import { clean } from '../files';
import { englishOrdinal } from '../ordinal';

/** A piece of a sentence: a fact from the record, or the mark of one the record does not hold. */
export type ReportPiece = { text: string } | { missing: string };
export type ReportParagraph = ReportPiece[];

export interface MeetingFacts {
  event: LiaisonEvent;
  body: Pick<Body, 'name' | 'acronym' | 'foundedOn' | 'members' | 'chairTerms'> | null;
  roster: readonly RosterRow[];
  agenda: Agenda;
  outcomes: readonly Outcome[];
  /** The series' meeting before this one and its action items. */
  previous?: { title: string; actions: readonly ActionItem[] } | null;
}

const t = (text: string): ReportPiece => ({ text });
const missing = (what: string): ReportPiece => ({ missing: `[${what} not recorded]` });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (day: string) => ({ d: Number(day.slice(8, 10)), m: MONTHS[Number(day.slice(5, 7)) - 1]!, y: day.slice(0, 4) });

/** "On the 21st of May 2024", "From the 14th to the 15th of April 2026", as the region's reports write dates. */
function when(event: LiaisonEvent): string {
  const first = event.when.allDay ? event.when.start : event.when.start.slice(0, 10);
  let last = event.when.allDay ? event.when.end : event.when.end.slice(0, 10);
  if (!event.when.allDay && last > first && event.when.end.slice(11) === '00:00') last = first;
  const a = parts(first);
  const b = parts(last);
  if (first === last) return `On the ${englishOrdinal(a.d)} of ${a.m} ${a.y}`;
  if (a.m === b.m && a.y === b.y) return `From the ${englishOrdinal(a.d)} to the ${englishOrdinal(b.d)} of ${a.m} ${a.y}`;
  return `From the ${englishOrdinal(a.d)} of ${a.m}${a.y === b.y ? '' : ` ${a.y}`} to the ${englishOrdinal(b.d)} of ${b.m} ${b.y}`;
}

const TERM_WORDS: Record<string, string> = { coordinator: 'coordinated by', presidency: 'under the presidency of', chair: 'chaired by', secretariat: 'with the secretariat of' };

/** "a, b and c". */
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

const PRESENTED = new Set(['presentation', 'panel', 'discussion', 'opening', 'closing']);

/**
 * The report after a meeting, in the shape of the ones SELEC publishes, built only from the record:
 * every sentence states a fact Liaison holds; a fact it lacks is marked "[… not recorded]", never guessed.
 */
export function meetingReport(facts: MeetingFacts): { title: string; paragraphs: ReportParagraph[] } {
  const { event, body } = facts;
  const title = clean(event.title) || 'The meeting';
  const day = event.when.allDay ? event.when.start : event.when.start.slice(0, 10);
  const paragraphs: ReportParagraph[] = [];

  // Who coordinated: the body's term running on the day of the meeting.
  const term = body?.chairTerms.filter((c) => c.role !== 'secretariat' && c.startsOn <= day && (c.endsOn === null || c.endsOn >= day)).at(-1);
  const opening: ReportParagraph = [t(`${when(event)}, the ${title}`)];
  if (term) opening.push(t(`, ${TERM_WORDS[term.role] ?? 'chaired by'} ${clean(term.holderName)},`));
  else if (body) opening.push(t(', '), missing('who coordinated it'), t(','));
  opening.push(t(' took place in '));
  opening.push(event.venueCity ? t(clean(event.venueCity)) : missing('the city'));
  opening.push(t(', at '));
  opening.push(event.venueName ? t(`the ${clean(event.venueName)}`) : missing('the venue'));
  opening.push(t('.'));
  paragraphs.push(opening);

  // Who attended: member states by the countries their delegates represented, partners by their organisations.
  const came = facts.roster.filter((r) => r.attendance === 'attended');
  if (facts.roster.length && !facts.roster.some((r) => r.attendance !== null)) paragraphs.push([missing('who attended')]);
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
      const country = r.representingCountryCode;
      if (!country || !r.representingCountryName) continue;
      const kind = kindOf.get(`c:${country}`);
      if (kind === 'member_state' || (!body && r.role !== 'organiser')) states.set(country, r.representingCountryName);
      else if (kind === 'observer') observers.set(country, r.representingCountryName);
    }
    const names = (m: Map<string, string>) => [...m.values()].sort((a, b) => a.localeCompare(b, 'en'));
    if (states.size) {
      const noun = body ? (states.size === 1 ? 'Member State' : 'Member States') : states.size === 1 ? 'country' : 'countries';
      paragraphs.push([t(`Delegations of ${states.size} ${noun} took part: ${list(names(states))}.`)]);
    }
    if (observers.size) paragraphs.push([t(`${list(names(observers))} attended as ${observers.size === 1 ? 'an observer' : 'observers'}.`)]);
    if (partners.size) paragraphs.push([t(`Operational partners like ${list(names(partners))} also attended the meeting.`)]);
  }

  // What was discussed and who presented it.
  const items = facts.agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items));
  const topics = items.filter((i) => i.kind === 'presentation' || i.kind === 'discussion' || i.kind === 'panel').map((i) => clean(i.title)).filter(Boolean);
  paragraphs.push(topics.length ? [t(`The agenda covered ${list(topics.map((x) => `“${x}”`))}.`)] : [t('The agenda covered '), missing('the agenda'), t('.')]);
  const speakers = new Map<string, string>();
  for (const item of items.filter((i) => PRESENTED.has(i.kind))) {
    for (const s of item.speakers) {
      const org = clean(s.organisationAcronym) || clean(s.organisationName);
      speakers.set(s.personId, org ? `${clean(s.fullName)} (${org})` : clean(s.fullName));
    }
  }
  if (speakers.size) paragraphs.push([t(`${[...speakers.values()].length === 1 ? 'The speaker was' : 'Speakers included'} ${list([...speakers.values()])}.`)]);

  // What was agreed.
  const agreed = facts.outcomes.filter((o) => clean(o.text));
  if (agreed.length) {
    paragraphs.push([t(`The participants agreed ${agreed.length === 1 ? 'the following' : `the following ${agreed.length}`} ${agreed.every((o) => o.kind === 'decision') ? 'decisions' : agreed.every((o) => o.kind === 'conclusion') ? 'conclusions' : 'conclusions and decisions'}:`)]);
    for (const o of agreed) paragraphs.push([t(`— ${clean(o.text)}`)]);
  } else paragraphs.push([t('Conclusions and decisions: '), missing('the outcomes'), t('.')]);

  // What became of the previous meeting's action items: done, and still open.
  const previousActions = facts.previous?.actions.filter((a) => a.status !== 'dropped') ?? [];
  if (facts.previous && previousActions.length) {
    const done = previousActions.filter((a) => a.status === 'done').map((a) => `“${clean(a.title)}”`);
    const open = previousActions.filter((a) => a.status !== 'done').map((a) => `“${clean(a.title)}”`);
    const items = previousActions.length === 1 ? 'action item' : 'action items';
    const doneText = done.length ? `${done.length} ${done.length === 1 ? 'was' : 'were'} completed (${list(done)})` : 'none was completed yet';
    const openText = open.length ? `; ${open.length} ${open.length === 1 ? 'remains' : 'remain'} open (${list(open)})` : '';
    paragraphs.push([t(`Of the ${previousActions.length} ${items} of the ${clean(facts.previous.title)}, ${doneText}${openText}.`)]);
  }

  if (body?.foundedOn) paragraphs.push([t(`The ${clean(body.name)} was established in ${body.foundedOn.slice(0, 4)}.`)]);
  return { title, paragraphs };
}

/** A paragraph as plain text, the marks of missing facts included. */
export const paragraphText = (paragraph: ReportParagraph): string => paragraph.map((p) => ('text' in p ? p.text : p.missing)).join('');
