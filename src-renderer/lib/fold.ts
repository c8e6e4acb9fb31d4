/**
 * Text as the service's search index holds it (NFKD, marks removed, lower case), for lists
 * filtered in the page: "bostjan" matches "Boštjan", "petrovic" "Petrović".
 */
export const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query appears in one of the texts. */
export function matchesAll(query: string, ...texts: Array<string | null | undefined>): boolean {
  const haystack = fold(texts.filter(Boolean).join(' '));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
