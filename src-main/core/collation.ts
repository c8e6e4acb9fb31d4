/*
 * Lists of people and organisations are paged by SQLite, which compares text byte by byte and can
 * be given no collation of its own through better-sqlite3. So each row stores a key whose byte
 * order is the order of the interface language's collation at the base level (Croatian lj after l,
 * Hungarian cs after c, Turkish ı before i, Romanian ș after s, Cyrillic before Latin in Serbian
 * Cyrillic): each letter (or contraction, "dž") is written as its rank among the letters of the
 * region's scripts, ranks that `Intl.Collator` itself gives by sorting those letters. The ranks are
 * one character each, from U+0100 up, so that in UTF-8 their byte order is their numeric order.
 */

/** The letters and marks the ranks are made of: the Latin, Greek and Cyrillic of the region, digits and the punctuation of names. */
function alphabet(): string[] {
  const chars = new Set<string>([' ', '-', "'", '’', '.', ',', '(', ')', '/', '&', ...'0123456789', ...'abcdefghijklmnopqrstuvwxyz']);
  const add = (from: number, to: number) => {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      if (/\p{L}/u.test(char)) chars.add(char.toLowerCase());
    }
  };
  add(0xc0, 0x17f); // Latin-1 and Latin Extended-A
  add(0x218, 0x21b); // ș ț with comma below (Romanian)
  add(0x386, 0x3ce); // Greek with tonos and dialytika
  add(0x400, 0x45f); // Cyrillic of the region
  add(0x490, 0x491); // ґ
  return [...chars].filter((c) => [...c].length === 1);
}

/** Letters that are one letter in a language's alphabet but written with two or three. */
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  hr: ['dž', 'lj', 'nj'],
  bs: ['dž', 'lj', 'nj'],
  'sr-Latn': ['dž', 'lj', 'nj'],
  hu: ['cs', 'dz', 'dzs', 'gy', 'ly', 'ny', 'sz', 'ty', 'zs'],
  sq: ['dh', 'gj', 'll', 'nj', 'rr', 'sh', 'th', 'xh', 'zh'],
};

/** Hungarian writes a doubled long consonant with its first letter doubled: "ssz" is "sz" twice. */
const HUNGARIAN_DOUBLES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ['cs', 'dz', 'gy', 'ly', 'ny', 'sz', 'ty', 'zs'].map((d) => [d[0] + d, [d, d]]).concat([['ddzs', ['dzs', 'dzs']]]),
);

/** Letters the collation reads as two (the base level cannot tell "æ" from "ae"). */
const EXPANSIONS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ĳ: 'ij', ǆ: 'dž', ǉ: 'lj', ǌ: 'nj' };

/** Ranks from here, in characters that UTF-8 writes in two bytes: below U+0800, so 1,792 of them. */
const FIRST_RANK = 0x100;
/** A character outside the alphabet sorts after every letter, by its code point. */
const OTHER = String.fromCharCode(0x7ff);
/** Ends the ranks: shorter names first ("Ana" before "Ana Maria"), before the tie-break. */
const END = '\u0001';

interface Collation {
  /** Each letter, small or capital, and each letter the collation expands ("ß"), to its ranks. */
  ranks: Map<string, string>;
  /** Contractions as they may be written ("lj", "Lj", "LJ"), longest first, to their ranks; by their first letter. */
  multi: Map<string, Array<[string, string]>>;
}

/** Which contractions apply: Serbian has them in its Latin script only, as ICU's collation has. */
function languageOf(locale: string): string {
  const [language, script] = locale.split('-');
  if (language === 'sr') return script === 'Latn' ? 'sr-Latn' : 'sr-Cyrl';
  return language!;
}

/** A contraction is one letter in small letters, capitals, or with its first capital ("lj", "LJ", "Lj"), not "lJ". */
const writtenForms = (unit: string) => [...new Set([unit, unit.toUpperCase(), unit[0]!.toUpperCase() + unit.slice(1)])];

function build(locale: string): Collation {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const language = languageOf(locale);
  const contractions = CONTRACTIONS[language] ?? [];
  const units = [...alphabet(), ...contractions].sort(collator.compare);
  const ranks = new Map<string, string>();
  let rank = FIRST_RANK - 1;
  let previous: string | undefined;
  for (const unit of units) {
    // An ignorable mark has no weight at the base level (collator says it equals nothing at all).
    if (collator.compare(unit, '') === 0) continue;
    if (previous === undefined || collator.compare(previous, unit) !== 0) rank++;
    ranks.set(unit, String.fromCharCode(rank));
    previous = unit;
  }
  if (rank >= OTHER.charCodeAt(0)) throw new Error(`Too many letters to rank for ${locale}`);
  const multi = new Map<string, Array<[string, string]>>();
  const addMulti = (unit: string, unitRanks: string) => {
    for (const form of writtenForms(unit)) {
      const list = multi.get(form[0]!) ?? [];
      list.push([form, unitRanks]);
      list.sort(([a], [b]) => b.length - a.length);
      multi.set(form[0]!, list);
    }
  };
  for (const c of contractions) addMulti(c, ranks.get(c)!);
  if (language === 'hu') for (const [double, parts] of Object.entries(HUNGARIAN_DOUBLES)) addMulti(double, parts.map((p) => ranks.get(p)!).join(''));
  // "ǆ" is the letter dž where dž is one ("Džeko"), else d and ž.
  for (const [char, expanded] of Object.entries(EXPANSIONS)) {
    const value = ranks.get(expanded) ?? [...expanded].map((c) => ranks.get(c) ?? '').join('');
    for (const form of [char, char.toUpperCase(), char.toLocaleUpperCase(locale)]) ranks.set(form, value);
  }
  // Capitals rank as their small letters: one lookup per letter, no lower-casing of every name (over a copy, as capitals are added).
  for (const [unit, value] of new Map(ranks)) {
    const capital = unit.toLocaleUpperCase(locale);
    if ([...unit].length === 1 && [...capital].length === 1 && capital.toLocaleLowerCase(locale) === unit && !ranks.has(capital)) ranks.set(capital, value);
  }
  return { ranks, multi };
}

const built = new Map<string, Collation>();
function collationOf(locale: string): Collation {
  let collation = built.get(locale);
  if (!collation) {
    collation = build(locale);
    built.set(locale, collation);
  }
  return collation;
}

/**
 * The sort key of a text in a locale: its letters' ranks, then the text itself in lower case, so
 * that names equal at the base level ("Peter", "Péter") still come in one order on every laptop.
 */
export function collationKey(text: string, locale: string): string {
  const { ranks, multi } = collationOf(locale);
  const nfc = text.normalize('NFC').trim();
  let key = '';
  let i = 0;
  outer: while (i < nfc.length) {
    const char = String.fromCodePoint(nfc.codePointAt(i)!);
    for (const [form, formRanks] of multi.get(char) ?? []) {
      if (nfc.startsWith(form, i)) {
        key += formRanks;
        i += form.length;
        continue outer;
      }
    }
    i += char.length;
    const rank = ranks.get(char);
    if (rank !== undefined) key += rank;
    else key += rankOutside(char, ranks, locale);
  }
  return key + END + nfc.toLowerCase();
}

/** The keys of texts that begin with this one ("M" → every name under M in the locale's alphabet), as a range. */
export function collationPrefixRange(text: string, locale: string): { from: string; to: string } {
  const from = collationKey(text, locale).split(END)[0]!;
  const last = from.codePointAt(from.length - 1) ?? 0;
  return { from, to: from.slice(0, -1) + String.fromCodePoint(last + 1) };
}

/** A letter the table lacks: its small form's ranks ("İ" is i and a dot), or its own code point after every letter. */
function rankOutside(char: string, ranks: Map<string, string>, locale: string): string {
  let key = '';
  for (const c of char.toLocaleLowerCase(locale)) {
    const rank = ranks.get(c);
    if (rank !== undefined) key += rank;
    else if (!/\p{M}/u.test(c)) key += OTHER + c;
  }
  return key;
}

const countryKeys = new Map<string, string>();

/**
 * A country's sort key: by its name in the locale's language (Node has every region's name), by the
 * name the store gives it in English. Countries are few: each key is made once per locale.
 */
export function countryCollationKey(code: string, storedName: string, locale: string): string {
  const cacheKey = `${locale}|${code}|${storedName}`;
  let key = countryKeys.get(cacheKey);
  if (key === undefined) {
    let name = storedName;
    if (!locale.startsWith('en')) {
      try {
        name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code.toUpperCase()) ?? storedName;
      } catch {
        // Not a region code Intl knows (a user-assigned one): the stored name.
      }
    }
    key = collationKey(name, locale);
    countryKeys.set(cacheKey, key);
  }
  return key;
}

/**
 * The collation a language tag sorts by, as the store keeps it: "hr-HR" and "hr" are one ("hr"), so are
 * "en-US" and "en-GB" ("en"), and the keys are not written again for a region that sorts alike;
 * English for a tag Node cannot sort in.
 */
export function sortLocaleOf(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical || Intl.Collator.supportedLocalesOf([canonical]).length === 0) return 'en';
    return new Intl.Collator(new Intl.Locale(canonical).minimize().toString()).resolvedOptions().locale;
  } catch {
    return 'en';
  }
}

/** The locale each open store's sort keys are written in; the triggers' SQL functions read it. */
const storeLocales = new WeakMap<object, string>();

export const storeSortLocale = (db: object): string => storeLocales.get(db) ?? 'en';
export const setStoreSortLocale = (db: object, locale: string): void => void storeLocales.set(db, locale);
