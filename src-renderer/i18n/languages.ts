/**
 * The interface languages and how far each catalog can be trusted. No translation service is
 * reachable from Liaison or from the machines it is built on, so a status is a promise to the user:
 * - complete: every key, reviewed by a native speaker;
 * - draft: every key, written from the glossary in `glossary/<code>.md`, not yet reviewed by a native speaker;
 * - partial: what dates, numbers and the calendar's own locale give, English elsewhere.
 * Coverage (how many of the English strings a catalog holds) is counted from the files, not declared.
 */
export type CatalogStatus = 'complete' | 'draft' | 'partial';

export interface Language {
  /** The catalog's folder and i18next's language code. */
  code: string;
  /** Its name in itself, as the picker shows it. */
  name: string;
  status: CatalogStatus;
  script: 'Latn' | 'Cyrl' | 'Grek';
  /** The locale dates, numbers and sorting follow in this language. */
  locale: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', status: 'complete', script: 'Latn', locale: 'en-GB' },
  { code: 'ro', name: 'Română', status: 'draft', script: 'Latn', locale: 'ro-RO' },
  { code: 'sr-Cyrl', name: 'Српски (ћирилица)', status: 'draft', script: 'Cyrl', locale: 'sr-Cyrl-RS' },
  { code: 'sr-Latn', name: 'Srpski (latinica)', status: 'draft', script: 'Latn', locale: 'sr-Latn-RS' },
  { code: 'hr', name: 'Hrvatski', status: 'draft', script: 'Latn', locale: 'hr-HR' },
  { code: 'bs', name: 'Bosanski', status: 'draft', script: 'Latn', locale: 'bs-BA' },
  { code: 'bg', name: 'Български', status: 'draft', script: 'Cyrl', locale: 'bg-BG' },
  { code: 'el', name: 'Ελληνικά', status: 'draft', script: 'Grek', locale: 'el-GR' },
  { code: 'tr', name: 'Türkçe', status: 'draft', script: 'Latn', locale: 'tr-TR' },
  { code: 'sq', name: 'Shqip', status: 'draft', script: 'Latn', locale: 'sq-AL' },
  { code: 'mk', name: 'Македонски', status: 'draft', script: 'Cyrl', locale: 'mk-MK' },
  { code: 'sl', name: 'Slovenščina', status: 'draft', script: 'Latn', locale: 'sl-SI' },
  { code: 'hu', name: 'Magyar', status: 'draft', script: 'Latn', locale: 'hu-HU' },
];

const byCode = new Map(LANGUAGES.map((l) => [l.code.toLowerCase(), l]));

/**
 * Tags that name a language by another code: Moldova writes Romanian (`mo` is its retired code);
 * Serbian without a script is written in Cyrillic in Serbia's official use; Montenegrin has no
 * catalog of its own and reads Serbian Latin, the closest in vocabulary and script.
 */
const ALIASES: Readonly<Record<string, string>> = { mo: 'ro', 'ro-md': 'ro', sr: 'sr-Cyrl', 'sr-rs': 'sr-Cyrl', 'sr-me': 'sr-Latn', cnr: 'sr-Latn', 'cnr-me': 'sr-Latn', sh: 'sr-Latn' };

/**
 * The catalog for a BCP 47 tag: exactly, then by alias, then by script (`sr-Latn-RS`), then by
 * its language alone (`ro-RO`, `el-CY`), else English.
 */
export function languageFor(tag: string | null | undefined): Language {
  const lower = (tag ?? '').trim().toLowerCase().replaceAll('_', '-');
  const parts = lower.split('-');
  const candidates = [lower, ALIASES[lower], parts.length > 2 ? `${parts[0]}-${parts[1]}` : undefined, ALIASES[parts.slice(0, 2).join('-')], ALIASES[parts[0]!], parts[0]];
  for (const candidate of candidates) {
    const found = candidate ? byCode.get(candidate.toLowerCase()) : undefined;
    if (found) return found;
  }
  return LANGUAGES[0]!;
}
