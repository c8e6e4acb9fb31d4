import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../src-shared/contract';
import type { ControlProps } from '../../components/Field';
import { countryNameByCode, countrySearchNames } from '../../lib/countries';
import { useLookups } from '../../lib/lookups';

/** Case and accents aside, so "turkiye" finds "Türkiye". */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Countries typed as codes or names ("RO BG", "Romania, Bulgaria", "Грчка", "Ελλάδα"): a name in the
 * interface language, in English or the country's own; whatever is not recognised is returned apart.
 */
export function parseCountries(text: string, countries: readonly Country[]): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  const byName = new Map<string, string>();
  for (const c of countries) for (const name of countrySearchNames(c)) if (!byName.has(name)) byName.set(name, c.code);
  const known = new Set(countries.map((c) => c.code));
  // Names may hold spaces ("North Macedonia"), so commas and semicolons split first; spaces only between codes.
  for (const part of text.split(/[,;]+/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const named = byName.get(fold(trimmed));
    if (named) {
      if (!codes.includes(named)) codes.push(named);
      continue;
    }
    for (const word of trimmed.split(/\s+/)) {
      const code = word.toUpperCase();
      if (known.has(code) || (countries.length === 0 && /^[A-Z]{2}$/.test(code))) {
        if (!codes.includes(code)) codes.push(code);
      } else {
        unknown.push(word);
      }
    }
  }
  return { codes, unknown };
}

/** Country codes in a text field, fast to type; the names it understood show underneath. */
export function CountriesInput(props: {
  control?: Partial<ControlProps>;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  ariaLabel?: string;
  showNames?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const countries = useLookups((s) => s.countries);
  const parsed = useMemo(() => parseCountries(props.value, countries), [props.value, countries, i18n.language]);
  const names = parsed.codes.map((code) => countryNameByCode(code, countries));
  return (
    <>
      <input
        {...props.control}
        className="input"
        value={props.value}
        aria-label={props.ariaLabel}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={() => {
          // Tidies what was understood into codes, and leaves what was not for the user to fix.
          if (parsed.codes.length && !parsed.unknown.length) props.onChange(parsed.codes.join(' '));
        }}
      />
      {props.showNames !== false && (names.length || parsed.unknown.length) ? (
        <span className="countries-understood small">
          {names.join(', ')}
          {parsed.unknown.length ? <span className="countries-unknown">{` ${t('projects.entries.unknownCountries', { list: parsed.unknown.join(', ') })}`}</span> : null}
        </span>
      ) : null}
    </>
  );
}
