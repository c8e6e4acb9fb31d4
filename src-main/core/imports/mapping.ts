import { createHash } from 'node:crypto';
import type { ImportTarget } from '../../../src-shared/contract';
import { nowIso } from '../ids';
import type { SettingsWriter } from '../settings';
import type { Store } from '../store/open';
import { foldForSort } from '../text';

/** Folded, punctuation as spaces: "E-mail:" and "e mail" are the same header. */
export const normaliseHeader = (header: string): string =>
  foldForSort(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Headers that mean a name: the whole name, or the first name when another column holds the surname.
const NAME = ['name', 'names', 'ime', 'име', 'όνομα', 'nume', 'imię', 'jméno', 'meno', 'isim', 'emri', 'név', 'nom', 'nombre', 'nome'];

const SYNONYMS: Record<Exclude<ImportTarget, 'ignore'>, string[]> = {
  fullName: [
    'full name', 'fullname', 'name and surname', 'first and last name', 'person', 'contact', 'contact person', 'participant',
    'ime i prezime', 'ime in priimek', 'prezime i ime', 'име и презиме', 'име и фамилия', 'имя и фамилия', 'фио', "ім'я та прізвище",
    'ονοματεπώνυμο', 'ονοματεπωνυμο', 'nume si prenume', 'nume și prenume', 'nume complet', 'imię i nazwisko', 'jméno a příjmení',
    'meno a priezvisko', 'ad soyad', 'adı soyadı', 'emri dhe mbiemri', 'emri i plotë', 'teljes név', 'vor und nachname', 'nom complet',
  ],
  firstName: [
    'first name', 'firstname', 'given name', 'given names', 'forename', 'vorname', 'prénom', 'prenom', 'prenume', 'krstno ime',
    'ime (first)', 'имя', "ім'я", 'keresztnév', 'utónév', 'ad', 'adı', 'first',
  ],
  lastName: [
    'last name', 'lastname', 'surname', 'family name', 'prezime', 'priimek', 'презиме', 'фамилия', 'прізвище', 'επώνυμο', 'επίθετο',
    'nume de familie', 'nazwisko', 'příjmení', 'priezvisko', 'soyad', 'soyadı', 'mbiemri', 'vezetéknév', 'nachname', 'nom de famille',
    'apellido', 'apellidos', 'cognome', 'last',
  ],
  // Outlook's contact export calls the honorific "Title" and the position "Job Title".
  honorific: ['title', 'honorific', 'salutation', 'name prefix', 'prefix', 'titula', 'titule', 'титула', 'обраћање', 'τίτλος προσφώνησης', 'titlu', 'hitap', 'megszólítás'],
  postNominals: ['post nominals', 'postnominals', 'post nominal', 'suffix', 'name suffix', 'degrees', 'akademska titula', 'академска титула'],
  otherScriptName: [
    'name in cyrillic', 'name cyrillic', 'cyrillic name', 'name in latin', 'latin name', 'name in greek', 'other script', 'name in other script',
    'ime ćirilicom', 'ime cirilicom', 'име ћирилицом', 'ime latinicom', 'име латиницом', 'όνομα με λατινικούς', 'numele în chirilică',
  ],
  position: [
    'position', 'job title', 'function', 'role', 'rank', 'post', 'funkcija', 'radno mjesto', 'radno mesto', 'pozicija',
    'položaj', 'zvanje', 'čin', 'delovno mesto', 'должность', 'длъжност', 'функција', 'позиција', 'посада', 'θέση', 'ιδιότητα', 'βαθμός',
    'funcție', 'funcţie', 'funcția', 'stanowisko', 'funkce', 'pozice', 'beosztás', 'görev', 'unvan', 'pozita', 'funksioni', 'funktion',
  ],
  organisation: [
    'organisation', 'organization', 'institution', 'agency', 'unit', 'department', 'org', 'body', 'authority', 'service', 'employer',
    'organizacija', 'institucija', 'ustanova', 'agencija', 'služba', 'organ', 'организация', 'организација', 'институција', 'установа',
    'орган', 'служба', 'институция', 'організація', 'οργανισμός', 'φορέας', 'υπηρεσία', 'instituție', 'instituţie', 'instituția',
    'organizație', 'agenție', 'instytucja', 'organizacja', 'jednostka', 'kurum', 'kuruluş', 'birim', 'institucioni', 'organizata',
    'intézmény', 'szervezet', 'úřad', 'organizace', 'behörde', 'dienststelle', 'organisme',
  ],
  country: [
    'country', 'state', 'nation', 'country code', 'member state', 'država', 'drzava', 'zemlja', 'država članica', 'država članica eu',
    'страна', 'държава', 'држава', 'земја', 'країна', 'χώρα', 'κράτος', 'țara', 'ţara', 'tara', 'țară', 'stat', 'kraj', 'państwo',
    'ülke', 'shteti', 'vendi', 'ország', 'země', 'stát', 'krajina', 'land', 'pays', 'país', 'paese', 'stato',
  ],
  email: [
    'email', 'e mail', 'mail', 'email address', 'e mail address', 'emails', 'e mail adresa', 'email adresa', 'e pošta', 'e posta',
    'elektronska pošta', 'електронна пошта', 'електронска пошта', 'имейл', 'е маил', 'е пошта', 'ηλεκτρονικό ταχυδρομείο', 'ταχυδρομείο',
    'adresa de email', 'adresă de email', 'adres e mail', 'courriel', 'posta elettronica', 'correo',
  ],
  phone: [
    'phone', 'telephone', 'tel', 'phone number', 'mobile', 'mob', 'gsm', 'cell', 'mobile phone', 'telefon', 'telefón', 'broj telefona',
    'mobitel', 'mobilni', 'mobilni telefon', 'телефон', 'тел', 'мобилни', 'мобилен', 'τηλέφωνο', 'τηλ', 'κινητό', 'telefon mobil',
    'teléfono', 'telefono', 'téléphone', 'phones',
  ],
  languages: [
    'languages', 'language', 'jezici', 'jezik', 'jeziki', 'језици', 'језик', 'езици', 'език', 'мови', 'мова', 'языки', 'язык',
    'γλώσσες', 'γλώσσα', 'limbi', 'limba', 'limbi străine', 'języki', 'język', 'jazyky', 'jazyk', 'diller', 'dil', 'gjuhët', 'gjuha',
    'nyelvek', 'nyelv', 'sprachen', 'sprache', 'langues', 'langue', 'working languages',
  ],
  notes: [
    'notes', 'note', 'comment', 'comments', 'remarks', 'remark', 'napomena', 'napomene', 'beleške', 'bilješke', 'opomba', 'opombe',
    'примечание', 'забелешка', 'напомена', 'бележка', 'бележки', 'примітка', 'σημειώσεις', 'σχόλια', 'παρατηρήσεις', 'observații',
    'observatii', 'uwagi', 'poznámka', 'poznámky', 'megjegyzés', 'notlar', 'açıklama', 'shënime', 'bemerkung', 'bemerkungen', 'vermerk',
  ],
};

const BY_HEADER = new Map<string, ImportTarget>();
for (const [target, headers] of Object.entries(SYNONYMS) as Array<[ImportTarget, string[]]>) {
  for (const header of headers) BY_HEADER.set(normaliseHeader(header), target);
}
const NAME_HEADERS = new Set(NAME.map(normaliseHeader));

/** A first guess from the header names; each target but the repeatable ones is used once. */
export function suggestMapping(headers: string[]): ImportTarget[] {
  const guesses = headers.map((h): ImportTarget | 'name' => {
    const key = normaliseHeader(h);
    if (NAME_HEADERS.has(key)) return 'name';
    const exact = BY_HEADER.get(key);
    if (exact) return exact;
    if (/\b(e ?mail|email)\b/.test(key)) return 'email';
    if (/\b(phone|tel|mobile)\b/.test(key)) return 'phone';
    return 'ignore';
  });
  const hasLastName = guesses.includes('lastName');
  const used = new Set<ImportTarget>();
  const repeatable = new Set<ImportTarget>(['email', 'phone', 'languages', 'notes', 'ignore']);
  return guesses.map((guess) => {
    const target: ImportTarget = guess === 'name' ? (hasLastName ? 'firstName' : 'fullName') : guess;
    if (repeatable.has(target)) return target;
    if (used.has(target)) return 'ignore';
    used.add(target);
    return target;
  });
}

/** The settings key under which the mapping of files with these headers is kept. */
export function mappingKey(headers: string[]): string {
  const digest = createHash('sha1').update(JSON.stringify(headers.map(normaliseHeader))).digest('hex');
  return `import.mapping.${digest}`;
}

/** The mapping last used for files with the same headers, kept as a setting. */
export function mappingMemory(db: Store, settings: SettingsWriter) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  return {
    recall(headers: string[]): ImportTarget[] | undefined {
      const row = get.get(mappingKey(headers));
      if (!row) return undefined;
      const value = JSON.parse(row.value) as unknown;
      return Array.isArray(value) && value.length === headers.length ? (value as ImportTarget[]) : undefined;
    },
    remember(headers: string[], mapping: ImportTarget[]): void {
      settings.set(mappingKey(headers), JSON.stringify(mapping), nowIso());
    },
  };
}
