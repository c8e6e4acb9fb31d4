/** A catalog file: nested keys, strings at the leaves. */
export type Catalog = { [key: string]: string | Catalog };

const PLURAL = /^(.*?)_(ordinal_)?(zero|one|two|few|many|other)$/;

/** Leaf strings of a catalog, by dotted key. */
export function leaves(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

export const isPluralKey = (key: string): boolean => PLURAL.test(key);

/**
 * The keys a language's catalog must hold, each with the English strings it stands for: a plural
 * group (`x_one`, `x_other`) becomes one key per CLDR category of the language (`x_few` in Serbian,
 * `x_two` in Slovenian), plus `x_zero` where English has it; an ordinal group (`x_ordinal_…`) one per
 * ordinal category.
 */
export function expectedKeys(english: Map<string, string>, locale: string): Map<string, string[]> {
  const categories = {
    cardinal: new Intl.PluralRules(locale).resolvedOptions().pluralCategories,
    ordinal: new Intl.PluralRules(locale, { type: 'ordinal' }).resolvedOptions().pluralCategories,
  };
  const groups = new Map<string, string[]>();
  for (const [key, text] of english) {
    const m = PLURAL.exec(key);
    if (m) groups.set(`${m[1]}|${m[2] ?? ''}`, [...(groups.get(`${m[1]}|${m[2] ?? ''}`) ?? []), text]);
  }
  const out = new Map<string, string[]>();
  for (const [key, text] of english) {
    const m = PLURAL.exec(key);
    if (!m) {
      out.set(key, [text]);
      continue;
    }
    const [, base, ordinal = '', category] = m;
    // i18next says "zero" in every language when the key has it (English "No items yet"), whatever CLDR's categories.
    if (category === 'zero') out.set(key, [text]);
    for (const c of ordinal ? categories.ordinal : categories.cardinal) out.set(`${base}_${ordinal}${c}`, groups.get(`${base}|${ordinal}`)!);
  }
  return out;
}

/** How much of the English catalog a language's catalog holds, 0 to 1. */
export function coverage(english: Catalog, own: Catalog, locale: string): number {
  const expected = expectedKeys(leaves(english), locale);
  const present = leaves(own);
  let found = 0;
  for (const key of expected.keys()) if (present.get(key)?.trim()) found++;
  return expected.size ? found / expected.size : 1;
}
