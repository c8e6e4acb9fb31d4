/** Lower case without diacritics, for ordering and matching names written with or without them. */
export function foldForSort(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/ß/g, 'ss')
    .toLocaleLowerCase('en')
    .trim();
}

/**
 * Turns what a person types into a safe FTS5 query: every word becomes a quoted prefix
 * term, so punctuation or FTS syntax in the input can never break the query.
 * Returns null when there is nothing to search for.
 */
export function ftsPrefixQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

/** How an organisation sorts in lists of people, where it is shown by its acronym when it has one. */
export const organisationDisplaySort = (name: string, acronym: string): string => foldForSort(acronym || name);
