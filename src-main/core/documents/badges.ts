import type { RosterRow } from '../../../src-shared/contract';
import { clean } from '../files';
import { countryNameIn, type DocumentLabels } from './labels';
import type { PersonFacts } from './participants';

export interface Badge {
  /** The given names above, the family name on its own line below; a name whose parts are not recorded stays whole on the first line. */
  first: string;
  family: string;
  country: string;
  organisation: string;
  role: string;
  /** Points: long names shrink so that they fit the badge's width. */
  nameSize: number;
}

export interface TableCard {
  text: string;
  size: number;
}

export interface BadgeFacts {
  roster: readonly RosterRow[];
  /** A person's name in parts, when recorded. */
  person?: (personId: string) => Pick<PersonFacts, 'givenNames' | 'familyName'>;
  locale: string;
  labels: DocumentLabels;
}

/**
 * The largest size at which `length` characters fit `width` points, between `min` and `max`: a
 * bold character is about 0.6 em wide in small letters, 0.82 em in capitals.
 */
export const fitSize = (length: number, width: number, max: number, min: number, capitals = false): number =>
  Math.max(min, Math.min(max, Math.floor((width / (Math.max(length, 1) * (capitals ? 0.82 : 0.6))) * 2) / 2));

// Capitals by the rules of the name's own language: Greek drops its accents ("ΠΑΠΑΔΟΠΟΥΛΟΣ"), Turkish keeps the dot ("DEMİRTAŞ").
const CAPITALS_BY_COUNTRY: Readonly<Record<string, string>> = { GR: 'el', CY: 'el', TR: 'tr', AZ: 'az' };

// A badge is 90 × 55 mm: 78 mm (221 pt) of line for the name inside its padding, less a margin.
const BADGE_LINE_PT = 215;
// A table card is A4 across: about 760 pt of line.
const CARD_LINE_PT = 760;

/** One badge per person on the list of participants, in its order (by delegation, heads first). */
export function badgesOf(f: BadgeFacts, order: readonly RosterRow[]): Badge[] {
  return order.map((r) => {
    const parts = f.person?.(r.personId);
    const known = parts?.familyName ? parts : null;
    const first = known ? known.givenNames : clean(r.fullName);
    const capitals = CAPITALS_BY_COUNTRY[r.personCountryCode ?? r.representingCountryCode ?? ''] ?? f.locale;
    const family = known ? known.familyName.toLocaleUpperCase(capitals) : '';
    return {
      first,
      family,
      country: countryNameIn(f.locale, r.representingCountryCode, r.representingCountryName) || clean(r.representingCountryName),
      organisation: clean(r.organisationAcronym) || clean(r.organisationName),
      role: f.labels.roles[r.role],
      nameSize: Math.min(fitSize(first.length, BADGE_LINE_PT, 26, 12), fitSize(family.length, BADGE_LINE_PT, 26, 12, true)),
    };
  });
}

/** One table card per delegation, as the list of participants names them: a country, or a partner organisation. */
export function cardsOf(delegations: readonly string[]): TableCard[] {
  return [...new Set(delegations)].map((text) => ({ text, size: fitSize(text.length, CARD_LINE_PT, 96, 36) }));
}
