// Shared because the documents (main) and zod's messages (renderer) both write Serbian Latin from the Cyrillic.
const SERBIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/**
 * Serbian Cyrillic in Gaj's Latin, letter for letter (lossless in this direction): "Љубљана" →
 * "Ljubljana", "ЊЕГОШ" → "NJEGOŠ". Placeholders (`{{name}}`, `{n}`) and i18next nestings are left as they are.
 */
export function serbianLatin(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\}|\{\w+\}|\$t\([^)]*\))/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/[\u0400-\u04FF]/g, (c, at: number) => {
            const lower = c.toLowerCase();
            const latin = SERBIAN_LATIN[lower] ?? c;
            if (c === lower) return latin;
            // A capital digraph letter is "Lj" before a small letter, "LJ" in a word in capitals.
            const next = part[at + 1] ?? '';
            const inCapitals = next !== '' && next === next.toUpperCase() && next !== next.toLowerCase();
            return inCapitals ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
          }),
    )
    .join('');
}

/** Every string of a label table through `f` (Serbian Latin from Cyrillic). */
export function mapLabels<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mapLabels(v, f)])) as T;
}
