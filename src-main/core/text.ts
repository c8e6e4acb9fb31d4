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

/** How an organisation sorts in lists of people, where it is shown by its acronym when it has one. */
export const organisationDisplaySort = (name: string, acronym: string): string => foldForSort(acronym || name);
