import type { CallArgs, ImportField, ImportPreview, ImportPreviewRow, ImportProblem, ImportTarget } from '../../../src-shared/contract';
import { personFields } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { nameKey } from '../latin';
import type { Store } from '../store/open';
import { foldForSort } from '../text';
import type { Sheet } from './read';

/** Everything the import compares rows with, loaded once per call. */
export interface Directory {
  countries: Map<string, string>;
  countryNames: Array<{ folded: string; label: string }>;
  organisationById: Map<string, OrganisationRow>;
  organisationsByKey: Map<string, OrganisationRow[]>;
  personByEmail: Map<string, PersonRow>;
  personByNameOrg: Map<string, PersonRow>;
}

interface OrganisationRow {
  id: string;
  name: string;
  acronym: string;
  country_code: string | null;
}

export interface PersonRow {
  id: string;
  full_name: string;
  sort_name: string;
  position: string;
  organisation_id: string | null;
  country_code: string | null;
  emails: string;
  phones: string;
  languages: string;
  notes: string;
}

export interface NameParts {
  honorific: string;
  givenNames: string;
  familyName: string;
  postNominals: string;
  otherScriptName: string;
}
const PART_LABELS: Record<keyof NameParts, string> = {
  honorific: 'Title',
  givenNames: 'First name',
  familyName: 'Last name',
  postNominals: 'Post-nominals',
  otherScriptName: 'Name in the other script',
};
// Words, not the contract's keys: the interface translates the message by its pattern and each label by itself.
const SINGLE_TARGET_LABELS = {
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  honorific: 'Title',
  postNominals: 'Post-nominals',
  otherScriptName: 'Name in the other script',
  position: 'Position',
  organisation: 'Organisation',
  country: 'Country',
} as const satisfies Partial<Record<ImportTarget, string>>;

/** One row of the file, read and checked: what the commit writes, and what the preview shows. */
export interface PlannedRow {
  row: number;
  fullName: string;
  /** The name in parts, where the file gives them: first and last name columns, a title, another script. */
  parts: NameParts;
  position: string;
  emails: string[];
  phones: string[];
  languages: string[];
  notes: string;
  countryCode: string | null;
  organisationId: string | null;
  /** Folded name of an organisation to create. */
  newOrganisationKey: string | null;
  organisationName: string | null;
  problems: ImportProblem[];
  match?: { person: PersonRow; by: 'email' | 'name+organisation' };
  action: ImportPreviewRow['action'];
  /** The text each field was read from (the file's cells, or the correction typed in the preview). */
  texts: Record<ImportField, string>;
  corrected: ImportField[];
}

export interface Plan {
  rows: PlannedRow[];
  /** Folded name → the name as first written and the country of the first row naming it. */
  newOrganisations: Map<string, { name: string; countryCode: string | null }>;
}

// Aliases the countries table does not hold: older or informal names people still type.
const COUNTRY_ALIASES: Record<string, string> = {
  uk: 'GB', 'great britain': 'GB', england: 'GB', 'czech republic': 'CZ', macedonia: 'MK', fyrom: 'MK', turkey: 'TR',
  turkiye: 'TR', holland: 'NL', usa: 'US', 'united states of america': 'US', 'republic of moldova': 'MD', 'kosovo*': 'XK',
  'bosnia & herzegovina': 'BA', bih: 'BA', 'russian federation': 'RU',
};

// Language names people write instead of codes.
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', french: 'fr', german: 'de', italian: 'it', spanish: 'es', portuguese: 'pt', russian: 'ru', ukrainian: 'uk',
  romanian: 'ro', bulgarian: 'bg', greek: 'el', turkish: 'tr', albanian: 'sq', serbian: 'sr', croatian: 'hr', bosnian: 'bs',
  slovenian: 'sl', slovene: 'sl', macedonian: 'mk', montenegrin: 'cnr', hungarian: 'hu', polish: 'pl', czech: 'cs', slovak: 'sk',
  dutch: 'nl', arabic: 'ar', engleski: 'en', njemacki: 'de', francuski: 'fr',
};

export function loadDirectory(db: Store): Directory {
  const countries = new Map<string, string>();
  const countryNames: Directory['countryNames'] = [];
  const countryRows = db.prepare<[], { code: string; name: string; local_name: string }>('SELECT code, name, local_name FROM countries').all();
  for (const c of countryRows) {
    countries.set(c.code.toLowerCase(), c.code);
    for (const name of [c.name, ...c.local_name.split(' / ')]) {
      const folded = foldForSort(name);
      if (!folded) continue;
      countries.set(folded, c.code);
      countryNames.push({ folded, label: `${c.name} (${c.code})` });
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) if (!countries.has(alias)) countries.set(alias, code);

  const organisations = db.prepare<[], OrganisationRow>('SELECT id, name, acronym, country_code FROM organisations ORDER BY sort_name, id').all();
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const organisationsByKey = new Map<string, OrganisationRow[]>();
  const addKey = (key: string, o: OrganisationRow) => {
    if (!key) return;
    const list = organisationsByKey.get(key);
    if (list) list.push(o);
    else organisationsByKey.set(key, [o]);
  };
  for (const o of organisations) {
    addKey(foldForSort(o.name), o);
    if (o.acronym) addKey(foldForSort(o.acronym), o);
  }

  const personByEmail = new Map<string, PersonRow>();
  const personByNameOrg = new Map<string, PersonRow>();
  const peopleRows = db
    .prepare<[], PersonRow>('SELECT id, full_name, sort_name, position, organisation_id, country_code, emails, phones, languages, notes FROM people ORDER BY id')
    .all();
  for (const p of peopleRows) {
    for (const email of JSON.parse(p.emails) as string[]) personByEmail.set(email, p);
    // By the name in any script: "Марко Петровић" of an organisation is "Marko Petrović" of it.
    const key = nameOrgKey(nameKey(p.full_name), p.organisation_id ?? '');
    if (!personByNameOrg.has(key)) personByNameOrg.set(key, p);
  }
  return { countries, countryNames, organisationById, organisationsByKey, personByEmail, personByNameOrg };
}

const nameOrgKey = (sortName: string, organisation: string) => `${sortName}\u0000${organisation}`;

/** Levenshtein distance, for suggesting the country someone meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closestCountry(directory: Directory, folded: string): string | undefined {
  let best: { label: string; distance: number } | undefined;
  for (const c of directory.countryNames) {
    const distance = editDistance(folded, c.folded);
    if (!best || distance < best.distance) best = { label: c.label, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(folded.length / 3)) ? best.label : undefined;
}

const splitList = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

const columnsOf = (mapping: ImportTarget[], target: ImportTarget) =>
  mapping.flatMap((t, i) => (t === target ? [i] : []));

export function checkMapping(sheet: Sheet, mapping: ImportTarget[]): void {
  if (mapping.length !== sheet.headers.length) {
    throw new AppError('invalid_input', `The mapping has ${mapping.length} columns but the file has ${sheet.headers.length}`, {
      issues: [{ path: 'mapping', message: 'Give one target per column of the file' }],
    });
  }
  for (const single of Object.keys(SINGLE_TARGET_LABELS) as Array<keyof typeof SINGLE_TARGET_LABELS>) {
    if (columnsOf(mapping, single).length > 1) {
      const label = SINGLE_TARGET_LABELS[single];
      throw new AppError('invalid_input', `Only one column can be mapped to ${label}`, { issues: [{ path: 'mapping', message: `${label} is mapped twice` }] });
    }
  }
  if (!mapping.some((t) => t === 'fullName' || t === 'firstName' || t === 'lastName')) {
    throw new AppError('invalid_input', 'Map a column to the full name, or columns to the first and last name', {
      issues: [{ path: 'mapping', message: 'No column holds the name' }],
    });
  }
}

type Corrections = CallArgs<'directoryImport.preview'>['corrections'];

/** The corrections by row and field; one for a row the file does not have is refused, naming it. */
function correctionsByRow(sheet: Sheet, corrections: Corrections): Map<number, Map<ImportField, string>> {
  const rows = new Set(sheet.rowNumbers);
  const byRow = new Map<number, Map<ImportField, string>>();
  corrections.forEach((c, i) => {
    if (!rows.has(c.row)) {
      throw new AppError('invalid_input', `Row ${c.row} is not a row of people in the file`, {
        issues: [{ path: `corrections.${i}.row`, message: 'There is no such row in the file' }],
      });
    }
    const fields = byRow.get(c.row) ?? new Map<ImportField, string>();
    fields.set(c.field, c.value.trim());
    byRow.set(c.row, fields);
  });
  return byRow;
}

/**
 * Reads every row against the directory: what it would do, and what is wrong with it. A correction typed in the
 * preview stands in for the cells its field is read from, and goes through the same checks.
 */
export function planImport(
  sheet: Sheet,
  mapping: ImportTarget[],
  defaults: CallArgs<'directoryImport.preview'>['defaults'],
  directory: Directory,
  corrections: Corrections = [],
): Plan {
  checkMapping(sheet, mapping);
  const fixes = correctionsByRow(sheet, corrections);
  const defaultCountry = defaults.countryCode ?? null;
  if (defaultCountry && !directory.countries.has(defaultCountry.toLowerCase())) {
    throw new AppError('invalid_input', `Unknown country code ${defaultCountry}`, { issues: [{ path: 'defaults.countryCode', message: 'Unknown country code' }] });
  }
  const defaultOrganisation = defaults.organisationId ? directory.organisationById.get(defaults.organisationId) : null;
  if (defaults.organisationId && !defaultOrganisation) {
    throw new AppError('invalid_input', 'The default organisation does not exist (it may have been deleted)', {
      issues: [{ path: 'defaults.organisationId', message: 'This organisation does not exist' }],
    });
  }
  const col = (target: ImportTarget) => columnsOf(mapping, target);
  const [fullNameCol] = col('fullName');
  const [firstNameCol] = col('firstName');
  const [lastNameCol] = col('lastName');
  const [positionCol] = col('position');
  const [honorificCol] = col('honorific');
  const [postNominalsCol] = col('postNominals');
  const [otherScriptCol] = col('otherScriptName');
  const [organisationCol] = col('organisation');
  const [countryCol] = col('country');
  const emailCols = col('email');
  const phoneCols = col('phone');
  const languageCols = col('languages');
  const noteCols = col('notes');

  const newOrganisations: Plan['newOrganisations'] = new Map();
  const firstByEmail = new Map<string, number>();
  const firstByNameOrg = new Map<string, number>();
  const rows: PlannedRow[] = [];

  sheet.rows.forEach((cells, index) => {
    const row = sheet.rowNumbers[index]!;
    const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));
    const joined = (cols: number[], separator: string) => cols.map(cell).filter(Boolean).join(separator);
    const problems: ImportProblem[] = [];
    const error = (field: string, message: string, suggestion?: string) =>
      problems.push(suggestion ? { field, message, suggestion, severity: 'error' } : { field, message, severity: 'error' });
    // A row with cells missing or extra cannot be matched to the columns: "Too","few","columns" is not a person "Too" of organisation "columns".
    const cellCount = sheet.cellCounts[index];
    if (cellCount !== undefined && cellCount !== sheet.headers.length) {
      error('row', `Row ${row} has ${cellCount} ${cellCount === 1 ? 'cell' : 'cells'} but the header row has ${sheet.headers.length}: its cells cannot be matched to the columns`);
    }
    const fixed = fixes.get(row);
    const texts: Record<ImportField, string> = {
      fullName: fixed?.get('fullName') ?? (cell(fullNameCol) || [cell(firstNameCol), cell(lastNameCol)].filter(Boolean).join(' ')),
      position: fixed?.get('position') ?? cell(positionCol),
      organisation: fixed?.get('organisation') ?? cell(organisationCol),
      country: fixed?.get('country') ?? cell(countryCol),
      email: fixed?.get('email') ?? joined(emailCols, ';'),
      phone: fixed?.get('phone') ?? joined(phoneCols, ';'),
      languages: fixed?.get('languages') ?? joined(languageCols, ';'),
      notes: fixed?.get('notes') ?? joined(noteCols, '\n'),
    };

    const fullName = texts.fullName.replace(/\s+/g, ' ').trim();
    const nameCheck = personFields.shape.fullName.safeParse(fullName);
    if (!nameCheck.success) error('fullName', fullName ? nameCheck.error.issues[0]!.message : 'The name is missing');

    const emails = [...new Set(splitList(texts.email, /[;,\s]+/).map((e) => e.toLowerCase()))];
    const emailCheck = personFields.shape.emails.safeParse(emails);
    if (!emailCheck.success) {
      for (const issue of emailCheck.error.issues) {
        const bad = typeof issue.path[0] === 'number' ? emails[issue.path[0]] : undefined;
        error('email', bad !== undefined ? `Not a valid email address: ${bad}` : issue.message);
      }
    }

    const phones = splitList(texts.phone, /[;,\n]+/);
    const phoneCheck = personFields.shape.phones.safeParse(phones);
    if (!phoneCheck.success) {
      for (const issue of phoneCheck.error.issues) {
        const bad = typeof issue.path[0] === 'number' ? phones[issue.path[0]] : undefined;
        error('phone', bad !== undefined ? `Not a phone number: ${bad} (${issue.message})` : issue.message);
      }
    }

    const languages = [
      ...new Set(
        splitList(texts.languages, /[;,/\s]+/).map((l) => {
          const folded = foldForSort(l);
          return LANGUAGE_NAMES[folded] ?? folded;
        }),
      ),
    ];
    const languageCheck = personFields.shape.languages.safeParse(languages);
    if (!languageCheck.success) {
      for (const issue of languageCheck.error.issues) {
        const bad = typeof issue.path[0] === 'number' ? languages[issue.path[0]] : undefined;
        error('languages', bad !== undefined ? `Not a language code: ${bad} (use codes such as en, ro or sr)` : issue.message);
      }
    }

    const parts: NameParts = {
      honorific: cell(honorificCol).trim(),
      givenNames: texts.fullName === cell(fullNameCol) || fixed?.has('fullName') ? '' : cell(firstNameCol).trim(),
      familyName: texts.fullName === cell(fullNameCol) || fixed?.has('fullName') ? '' : cell(lastNameCol).trim(),
      postNominals: cell(postNominalsCol).trim(),
      otherScriptName: cell(otherScriptCol).replace(/\s+/g, ' ').trim(),
    };
    for (const [field, value] of Object.entries(parts) as Array<[keyof NameParts, string]>) {
      const check = personFields.shape[field].safeParse(value);
      if (!check.success) error('fullName', `${PART_LABELS[field]}: ${check.error.issues[0]!.message}`);
    }
    const position = texts.position;
    const notes = texts.notes;
    for (const [field, value] of [['position', position], ['notes', notes]] as const) {
      const check = personFields.shape[field].safeParse(value);
      if (!check.success) error(field, check.error.issues[0]!.message);
    }

    let countryCode = defaultCountry;
    const countryCell = texts.country;
    if (countryCell) {
      const folded = foldForSort(countryCell);
      const code = directory.countries.get(folded);
      if (code) countryCode = code;
      else {
        countryCode = null;
        const suggestion = closestCountry(directory, folded);
        error('country', `Unknown country: ${countryCell}${suggestion ? `. Did you mean ${suggestion}?` : ''}`, suggestion);
      }
    }

    let organisationId = defaultOrganisation?.id ?? null;
    let organisationName = defaultOrganisation?.name ?? null;
    let newOrganisationKey: string | null = null;
    const organisationCell = texts.organisation.replace(/\s+/g, ' ');
    if (organisationCell) {
      const key = foldForSort(organisationCell);
      const found = directory.organisationsByKey.get(key);
      if (found) {
        const chosen = found.find((o) => o.country_code === countryCode) ?? found[0]!;
        organisationId = chosen.id;
        organisationName = chosen.name;
      } else {
        organisationId = null;
        organisationName = newOrganisations.get(key)?.name ?? organisationCell;
        newOrganisationKey = key;
        if (!newOrganisations.has(key)) newOrganisations.set(key, { name: organisationCell, countryCode });
        problems.push({ field: 'organisation', message: `${organisationName} is not in the directory and will be created`, severity: 'warning' });
      }
    }

    // Later rows repeating an earlier one are refused, naming the first.
    for (const email of emails) {
      const first = firstByEmail.get(email);
      if (first !== undefined) error('email', `Same email as row ${first}: ${email}`);
      else firstByEmail.set(email, row);
    }
    const folded = nameKey(fullName);
    const organisationKey = organisationId ?? (newOrganisationKey ? `new:${newOrganisationKey}` : '');
    if (folded) {
      const key = nameOrgKey(folded, organisationKey);
      const first = firstByNameOrg.get(key);
      if (first !== undefined) error('fullName', `Same name and organisation as row ${first}`);
      else firstByNameOrg.set(key, row);
    }

    let match: PlannedRow['match'];
    const owners = new Map<string, PersonRow>();
    for (const email of emails) {
      const owner = directory.personByEmail.get(email);
      if (owner) owners.set(owner.id, owner);
    }
    if (owners.size > 1) {
      error('email', `These emails belong to different people in the directory: ${[...owners.values()].map((p) => p.full_name).join(', ')}`);
    } else if (owners.size === 1) {
      match = { person: [...owners.values()][0]!, by: 'email' };
    } else if (folded && !newOrganisationKey) {
      const person = directory.personByNameOrg.get(nameOrgKey(folded, organisationId ?? ''));
      if (person) match = { person, by: 'name+organisation' };
    }

    const action: PlannedRow['action'] = problems.some((p) => p.severity === 'error') ? 'error' : match ? 'merge' : 'create';
    rows.push({
      row,
      fullName,
      parts,
      position,
      emails,
      phones,
      languages,
      notes,
      countryCode,
      organisationId,
      newOrganisationKey,
      organisationName,
      problems,
      ...(match ? { match } : {}),
      action,
      texts,
      corrected: fixed ? [...fixed.keys()] : [],
    });
  });
  return { rows, newOrganisations };
}

export function toPreview(plan: Plan): ImportPreview {
  const counts = { create: 0, merge: 0, skip: 0, error: 0 };
  const problems: ImportPreview['problems'] = [];
  const rows = plan.rows.map((r): ImportPreviewRow => {
    counts[r.action]++;
    for (const p of r.problems) problems.push({ row: r.row, ...p });
    return {
      row: r.row,
      action: r.action,
      fullName: r.fullName,
      email: r.emails[0] ?? '',
      countryCode: r.countryCode,
      organisationName: r.organisationName,
      organisationNew: r.newOrganisationKey !== null,
      problems: r.problems,
      ...(r.match ? { match: { personId: r.match.person.id, fullName: r.match.person.full_name, by: r.match.by } } : {}),
      editable: editableFields(r),
    };
  });
  return { rows, counts, problems, newOrganisations: [...plan.newOrganisations.values()].map((o) => o.name) };
}

const FIELDS: readonly ImportField[] = ['fullName', 'email', 'country', 'organisation', 'phone', 'languages', 'position', 'notes'];

/** A field with an error, or one already corrected, can be (re)typed in the preview. */
function editableFields(r: PlannedRow): ImportPreviewRow['editable'] {
  const wrong = new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.field));
  return FIELDS.filter((f) => wrong.has(f) || r.corrected.includes(f)).map((field) => ({ field, value: r.texts[field], corrected: r.corrected.includes(field) }));
}
