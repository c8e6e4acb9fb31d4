import anyAscii from 'any-ascii';
import { foldForSort } from './text';

/*
 * A name in Cyrillic or Greek is searched in Latin letters, and the other way round. any-ascii
 * (measured against `transliteration` and `@sindresorhus/transliterate` on Serbian, Macedonian,
 * Bulgarian, Greek and Turkish names: the only one that never left a Cyrillic letter behind) writes
 * Cyrillic as Russian is romanised ("Жарко" → "Zharko", "Јовановић" → "Jovanovic"), which is also how
 * Bulgarian names are written. Serbian, Montenegrin, Bosnian and Macedonian names are written in
 * the Latin alphabet of Gaj ("Žarko", "Đorđe", "Ćosić") and fold to "zarko", "dorde", "cosic": that
 * second form is made by these letters first. Greek "ου" is "ou" in ELOT 743 and passports, not "oy".
 */
const SOUTH_SLAVIC: Readonly<Record<string, string>> = {
  ж: 'z', ч: 'c', ш: 's', х: 'h', ц: 'c', ђ: 'd', ћ: 'c', џ: 'dz', љ: 'lj', њ: 'nj', ј: 'j', ќ: 'k', ѓ: 'g', ѕ: 'dz', щ: 'st', ъ: 'a', ю: 'ju', я: 'ja', й: 'j',
};
const SOUTH_SLAVIC_LETTERS = new RegExp(`[${Object.keys(SOUTH_SLAVIC).join('')}]`, 'g');

const ascii = (text: string) => foldForSort(anyAscii(text.replace(/ου/g, 'ou').replace(/ού/g, 'oú')));
/** The form in Gaj's Latin, of text already in lower case. */
const gaj = (lower: string) => ascii(lower.replace(SOUTH_SLAVIC_LETTERS, (c) => SOUTH_SLAVIC[c]!));
const lowerOf = (text: string) => text.normalize('NFC').toLocaleLowerCase('en');
const WORD_BREAKS = /[^\p{L}\p{N}]+/u;

/**
 * The Latin forms a name is found by, folded (lower case, no diacritics), without repeats:
 * "Драган Јовановић" → "dragan jovanovic"; "Жарко" → "zharko zarko"; "Νίκος Αλεξίου" → "nikos alexiou".
 * A Latin name gives its folded self.
 */
export function latinForms(text: string): string {
  const lower = lowerOf(text);
  const forms = new Set<string>();
  for (const form of [ascii(lower), gaj(lower)]) {
    for (const word of form.split(WORD_BREAKS)) if (word) forms.add(word);
  }
  return [...forms].join(' ');
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]*$/u;

/**
 * One key for a name whatever script it is written in, to find the same person twice in a directory:
 * "Марко Петровић" and "Marko Petrović" both give "marko petrovic". A name in Latin letters gives its
 * folded self (its sort key), so nothing changes for it; Cyrillic gives its Gaj's Latin form, so a
 * Bulgarian "Живков" gives "zivkov", not "zhivkov".
 */
export function nameKey(text: string): string {
  if (LATIN_ONLY.test(text)) return foldForSort(text);
  return gaj(lowerOf(text)).split(WORD_BREAKS).filter(Boolean).join(' ');
}

/**
 * The FTS5 query for what a person typed (as typed: folding first would turn "Николай" into
 * "николаи", whose Latin form no name has), each word a quoted prefix (so no input can break the
 * query) that also matches as its Latin forms: "Јовановић" finds "Jovanović", "alexiou" finds
 * "Αλεξίου". Words are joined by AND: FTS5 reads two groups in parentheses side by side as an error.
 */
export function crossScriptQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words
    .slice(0, 12)
    .map((word) => {
      // The folded word matches the index, which folds case and diacritics the same way.
      const folded = foldForSort(word);
      const latin = latinForms(word).split(' ').filter((form) => form && form !== folded);
      const forms = [folded, ...latin].map((form) => `"${form}"*`);
      return forms.length === 1 ? forms[0] : `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
}
