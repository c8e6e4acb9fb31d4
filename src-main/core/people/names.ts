import { foldForSort } from '../text';

/**
 * Ranks and titles written before a name in the region's directories ("Col.", "Dr", "pukovnik",
 * "Κος"), folded and without their dot: a name sorts by what follows them.
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'doc', 'mag', 'dipl', 'ing', 'sir', 'hon', 'amb', 'h.e', 'he',
  'col', 'lt', 'ltcol', 'gen', 'maj', 'capt', 'cpt', 'cdr', 'cmdr', 'brig', 'sgt', 'insp', 'supt', 'cmsr', 'adm', 'gen.maj',
  'colonel', 'general', 'major', 'captain', 'inspector', 'commissioner', 'superintendent', 'chief',
  'g', 'gdin', 'gda', 'gospodin', 'gospođa', 'gospodja', 'pukovnik', 'potpukovnik', 'kapetan', 'inspektor', 'komesar', 'nacelnik', 'načelnik',
  'domnul', 'dna', 'dl', 'comisar', 'chestor', 'inspector-sef', 'colonel-ul',
  'г', 'г-н', 'г-жа', 'гн', 'гђа', 'пуковник', 'потпуковник', 'капетан', 'инспектор', 'комесар', 'полковник', 'началник', 'генерал', 'мајор', 'майор',
  'κ', 'κα', 'κος', 'δρ', 'καθ', 'ταξίαρχος', 'αστυνόμος', 'συνταγματάρχης',
  'bay', 'bayan', 'sayın', 'sayin', 'komiser', 'müdür', 'albay', 'yarbay', 'binbaşı',
]);
const fold = (word: string) => foldForSort(word).replace(/\.$/, '');
const isTitle = (word: string, honorific: string) => TITLES.has(fold(word)) || (honorific !== '' && fold(honorific).split(/\s+/).includes(fold(word)));

/** "Col. Dr Marko Petrović" → "Marko Petrović": a name as it sorts, without the titles in front. */
export function nameWithoutTitles(fullName: string, honorific = ''): string {
  const words = fullName.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && isTitle(words[first]!, honorific)) first++;
  return words.slice(first).join(' ');
}

/** "Col. Dr Marko Petrović" → "marko petrovic": the folded key searches and matches use. */
export const sortNameOf = (fullName: string, honorific = ''): string => foldForSort(nameWithoutTitles(fullName, honorific));

// Words that make a family name of more than one word ("van der Berg", "de la Cruz", "bin Ali").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'ben', 'mac', 'mc', 'st']);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/**
 * A full name's given and family name, only where the split is certain: two words, each a name
 * (a capital then small letters, hyphens allowed), neither a title, an initial or a particle.
 * "Marko Petrović", "Νίκος Αλεξίου", "Ana-Maria Popescu"; not "Ayşe Nur Yılmaz" (which is the family name?),
 * not "PETROVIĆ Marko" (which comes first?), not "van Dijk".
 */
export function certainParts(fullName: string): { givenNames: string; familyName: string } | null {
  const words = fullName.trim().split(/\s+/);
  if (words.length !== 2) return null;
  if (!words.every((w) => NAME_WORD.test(w) && !PARTICLES.has(fold(w)) && !TITLES.has(fold(w)))) return null;
  return { givenNames: words[0]!, familyName: words[1]! };
}
