import type { Database } from 'better-sqlite3';
import { newId } from '../../src-main/core/ids';
import { foldForSort, organisationDisplaySort } from '../../src-main/core/text';

/** mulberry32: small, fast and good enough to make the same data set on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

interface NamePool {
  /** Relative share of the people in the data set. */
  weight: number;
  male: readonly string[];
  female: readonly string[];
  /** Surname, and its female form where the language has one. */
  surnames: ReadonlyArray<readonly [string, string?]>;
  cities: readonly string[];
  languages: readonly string[];
}

/** Names as their owners write them: Latin with diacritics, Cyrillic, Greek. */
const POOLS: Record<string, NamePool> = {
  RO: {
    weight: 14,
    male: ['Andrei', 'Mihai', 'Ștefan', 'Radu', 'Alexandru', 'Cătălin', 'Ionuț', 'Bogdan', 'Florin', 'Cristian', 'Gheorghe', 'Vlad'],
    female: ['Ioana', 'Elena', 'Andreea', 'Cătălina', 'Mădălina', 'Ana-Maria', 'Raluca', 'Simona', 'Alina', 'Irina', 'Oana', 'Georgiana'],
    surnames: [['Popescu'], ['Ionescu'], ['Stănescu'], ['Dumitrescu'], ['Rădulescu'], ['Constantinescu'], ['Munteanu'], ['Țăranu'], ['Vlădescu'], ['Căpraru'], ['Gheorghiu'], ['Păun'], ['Stoica'], ['Niculescu'], ['Marinescu'], ['Dobre'], ['Șerban'], ['Tănase']],
    cities: ['Bucharest', 'Cluj-Napoca', 'Iași', 'Timișoara', 'Constanța', 'Giurgiu', 'Brașov', 'Craiova', 'Galați', 'Oradea'],
    languages: ['ro', 'en', 'fr'],
  },
  MD: {
    weight: 5,
    male: ['Ion', 'Vasile', 'Sergiu', 'Igor', 'Dumitru', 'Victor', 'Alexandru'],
    female: ['Natalia', 'Olga', 'Tatiana', 'Mariana', 'Doina', 'Svetlana', 'Ana'],
    surnames: [['Rusu'], ['Ceban'], ['Țurcanu'], ['Cojocaru'], ['Lungu'], ['Ciobanu'], ['Guțu'], ['Bălan'], ['Moraru'], ['Sârbu']],
    cities: ['Chișinău', 'Bălți', 'Cahul', 'Ungheni', 'Soroca'],
    languages: ['ro', 'ru', 'en'],
  },
  BG: {
    weight: 9,
    male: ['Иван', 'Георги', 'Стефан', 'Николай', 'Димитър', 'Петър', 'Христо', 'Тодор', 'Васил', 'Калоян'],
    female: ['Мария', 'Елена', 'Десислава', 'Цветелина', 'Гергана', 'Йорданка', 'Радослава', 'Милена', 'Ивелина'],
    surnames: [['Петров', 'Петрова'], ['Иванов', 'Иванова'], ['Георгиев', 'Георгиева'], ['Димитров', 'Димитрова'], ['Стоянов', 'Стоянова'], ['Николов', 'Николова'], ['Христов', 'Христова'], ['Тодоров', 'Тодорова'], ['Колев', 'Колева'], ['Ангелов', 'Ангелова']],
    cities: ['Sofia', 'Plovdiv', 'Varna', 'Burgas', 'Ruse', 'Vidin', 'Stara Zagora'],
    languages: ['bg', 'en', 'ru'],
  },
  RS: {
    weight: 9,
    male: ['Милош', 'Марко', 'Никола', 'Стефан', 'Душан', 'Ненад', 'Владимир', 'Miloš', 'Nikola', 'Dušan', 'Nenad', 'Đorđe'],
    female: ['Јелена', 'Ана', 'Марија', 'Ивана', 'Снежана', 'Драгана', 'Jelena', 'Ivana', 'Snežana', 'Dragana', 'Milica', 'Tijana'],
    surnames: [['Петровић'], ['Јовановић'], ['Марковић'], ['Николић'], ['Ђорђевић'], ['Стојановић'], ['Petrović'], ['Jovanović'], ['Marković'], ['Nikolić'], ['Đorđević'], ['Ilić'], ['Pavlović'], ['Živković']],
    cities: ['Belgrade', 'Novi Sad', 'Niš', 'Kragujevac', 'Subotica'],
    languages: ['sr', 'en', 'de'],
  },
  BA: {
    weight: 6,
    male: ['Adnan', 'Emir', 'Haris', 'Mirza', 'Dragan', 'Бојан', 'Жељко', 'Senad', 'Ivan'],
    female: ['Amra', 'Jasmina', 'Lejla', 'Selma', 'Весна', 'Сања', 'Aida', 'Maja'],
    surnames: [['Hadžić'], ['Kovačević'], ['Begović'], ['Delić'], ['Mehmedović'], ['Šehić'], ['Ђурић'], ['Савић'], ['Тодоровић'], ['Jukić'], ['Hodžić']],
    cities: ['Sarajevo', 'Banja Luka', 'Mostar', 'Tuzla', 'Bihać', 'Bijeljina'],
    languages: ['bs', 'sr', 'hr', 'en'],
  },
  ME: {
    weight: 3,
    male: ['Marko', 'Luka', 'Nikola', 'Vuk', 'Stefan', 'Milan'],
    female: ['Ana', 'Jovana', 'Milena', 'Tamara', 'Sanja', 'Marija'],
    surnames: [['Vuković'], ['Radulović'], ['Popović'], ['Đurović'], ['Bulatović'], ['Perović'], ['Vujović']],
    cities: ['Podgorica', 'Nikšić', 'Bar', 'Herceg Novi', 'Budva'],
    languages: ['sr', 'en', 'it'],
  },
  MK: {
    weight: 5,
    male: ['Александар', 'Горан', 'Никола', 'Дарко', 'Благоја', 'Игор', 'Зоран'],
    female: ['Марија', 'Билјана', 'Елена', 'Катерина', 'Весна', 'Ивана', 'Снежана'],
    surnames: [['Стојановски', 'Стојановска'], ['Николовски', 'Николовска'], ['Трајковски', 'Трајковска'], ['Петровски', 'Петровска'], ['Јовановски', 'Јовановска'], ['Георгиевски', 'Георгиевска']],
    cities: ['Skopje', 'Bitola', 'Ohrid', 'Kumanovo', 'Tetovo'],
    languages: ['mk', 'en', 'sq'],
  },
  AL: {
    weight: 5,
    male: ['Arben', 'Besnik', 'Ilir', 'Gent', 'Endrit', 'Erion', 'Artan'],
    female: ['Elira', 'Ardita', 'Blerina', 'Ermira', 'Jonida', 'Anila', 'Drita'],
    surnames: [['Hoxha'], ['Dervishi'], ['Shehu'], ['Gashi'], ['Krasniqi'], ['Çela'], ['Leka'], ['Dema'], ['Kola'], ['Mëhilli']],
    cities: ['Tirana', 'Durrës', 'Shkodër', 'Vlorë', 'Korçë', 'Elbasan'],
    languages: ['sq', 'en', 'it'],
  },
  GR: {
    weight: 7,
    male: ['Γιώργος', 'Νίκος', 'Δημήτρης', 'Κωνσταντίνος', 'Γιάννης', 'Παναγιώτης', 'Αθανάσιος'],
    female: ['Ελένη', 'Μαρία', 'Αικατερίνη', 'Σοφία', 'Βασιλική', 'Δέσποινα', 'Χρυσούλα'],
    surnames: [['Παπαδόπουλος', 'Παπαδοπούλου'], ['Καραγιάννης', 'Καραγιάννη'], ['Οικονόμου'], ['Γεωργίου'], ['Νικολάου'], ['Παπανικολάου'], ['Βασιλείου'], ['Αντωνίου'], ['Μακρής', 'Μακρή']],
    cities: ['Athens', 'Thessaloniki', 'Patras', 'Heraklion', 'Alexandroupoli'],
    languages: ['el', 'en', 'fr'],
  },
  TR: {
    weight: 10,
    male: ['Mehmet', 'Mustafa', 'Emre', 'Ahmet', 'Hüseyin', 'Burak', 'Oğuz', 'Serkan', 'İbrahim'],
    female: ['Ayşe', 'Zeynep', 'Elif', 'Fatma', 'Gülşen', 'Büşra', 'Özlem', 'Şeyma'],
    surnames: [['Yılmaz'], ['Kaya'], ['Demir'], ['Çelik'], ['Şahin'], ['Yıldız'], ['Öztürk'], ['Aydın'], ['Arslan'], ['Doğan'], ['Koç'], ['Güneş']],
    cities: ['Ankara', 'Istanbul', 'İzmir', 'Edirne', 'Antalya', 'Gaziantep'],
    languages: ['tr', 'en', 'de'],
  },
  HU: {
    weight: 6,
    male: ['Gábor', 'László', 'Péter', 'Zoltán', 'Attila', 'Tamás', 'Balázs'],
    female: ['Zsófia', 'Katalin', 'Erzsébet', 'Anikó', 'Réka', 'Eszter', 'Ildikó'],
    surnames: [['Nagy'], ['Kovács'], ['Tóth'], ['Szabó'], ['Horváth'], ['Varga'], ['Kiss'], ['Molnár'], ['Németh'], ['Farkas']],
    cities: ['Budapest', 'Debrecen', 'Szeged', 'Pécs', 'Győr'],
    languages: ['hu', 'en', 'de'],
  },
  SI: {
    weight: 4,
    male: ['Luka', 'Boštjan', 'Tomaž', 'Matej', 'Primož', 'Gregor', 'Jure'],
    female: ['Maja', 'Urška', 'Nina', 'Špela', 'Petra', 'Mojca', 'Tjaša'],
    surnames: [['Novak'], ['Horvat'], ['Kranjc'], ['Zupančič'], ['Krajnc'], ['Potočnik'], ['Kovačič'], ['Mlakar'], ['Vidmar'], ['Golob']],
    cities: ['Ljubljana', 'Maribor', 'Celje', 'Koper', 'Nova Gorica'],
    languages: ['sl', 'en', 'hr'],
  },
  HR: {
    weight: 3,
    male: ['Ivan', 'Luka', 'Marko', 'Tomislav', 'Krešimir', 'Josip'],
    female: ['Ana', 'Petra', 'Ivana', 'Marija', 'Lucija', 'Željka'],
    surnames: [['Horvat'], ['Kovačić'], ['Babić'], ['Marić'], ['Jurić'], ['Knežević'], ['Vuković'], ['Šarić']],
    cities: ['Zagreb', 'Split', 'Rijeka', 'Osijek'],
    languages: ['hr', 'en', 'de'],
  },
  UA: {
    weight: 3,
    male: ['Олександр', 'Андрій', 'Сергій', 'Дмитро', 'Володимир'],
    female: ['Олена', 'Ірина', 'Наталія', 'Оксана', 'Юлія'],
    surnames: [['Шевченко'], ['Коваленко'], ['Бондаренко'], ['Ткаченко'], ['Кравченко'], ['Мельник']],
    cities: ['Kyiv', 'Odesa', 'Lviv', 'Izmail'],
    languages: ['uk', 'en', 'ru'],
  },
  IT: {
    weight: 3,
    male: ['Marco', 'Luca', 'Giuseppe', 'Alessandro', 'Francesco'],
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina'],
    surnames: [['Rossi'], ['Russo'], ['Ferrari'], ['Esposito'], ['Bianchi'], ['Moretti'], ['Ricci']],
    cities: ['Rome', 'Milan', 'Naples', 'Trieste'],
    languages: ['it', 'en'],
  },
  DE: {
    weight: 2,
    male: ['Jürgen', 'Stefan', 'Markus', 'Thomas', 'Jörg'],
    female: ['Lena', 'Anna', 'Sabine', 'Katharina', 'Birgit'],
    surnames: [['Müller'], ['Schröder'], ['Hoffmann'], ['Weiß'], ['Becker'], ['Schäfer']],
    cities: ['Berlin', 'Wiesbaden', 'Munich'],
    languages: ['de', 'en'],
  },
  FR: {
    weight: 2,
    male: ['François', 'Jérôme', 'Hervé', 'Olivier', 'Thierry'],
    female: ['Claire', 'Hélène', 'Sophie', 'Céline', 'Amélie'],
    surnames: [['Dubois'], ['Lefèvre'], ['Laurent'], ['Girard'], ['Mercier'], ['Bonnet']],
    cities: ['Paris', 'Lyon', 'Strasbourg'],
    languages: ['fr', 'en'],
  },
  LV: {
    weight: 1,
    male: ['Jānis', 'Andris', 'Māris', 'Kārlis'],
    female: ['Kristīne', 'Ilze', 'Līga', 'Inese'],
    surnames: [['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Liepiņš', 'Liepiņa']],
    cities: ['Riga', 'Daugavpils', 'Liepāja'],
    languages: ['lv', 'en', 'ru'],
  },
  US: {
    weight: 2,
    male: ['Daniel', 'Michael', 'James', 'Robert', 'Christopher'],
    female: ['Megan', 'Jennifer', 'Sarah', 'Emily', 'Jessica'],
    surnames: [['Reyes'], ['Walsh'], ['Miller'], ['Johnson'], ['Nguyen'], ['García'], ['O’Brien']],
    cities: ['Washington', 'New York', 'Miami'],
    languages: ['en', 'es'],
  },
};

const POSITIONS = [
  'Chief Inspector', 'Senior Inspector', 'Police Inspector', 'Head of Unit', 'Head of Sector', 'Deputy Director', 'Director',
  'Liaison Officer', 'Senior Expert, International Police Cooperation', 'Analyst', 'Criminal Intelligence Analyst', 'Prosecutor',
  'Border Police Commissioner', 'Customs Officer', 'Legal Adviser', 'Project Manager', 'Programme Officer', 'Training Officer',
  'Counter-Terrorism Investigator', 'Cybercrime Investigator', 'Financial Investigator', 'Desk Officer', 'Interpreter',
  'SPOC, International Operational Cooperation', 'Chief Superintendent', 'Police Major', 'Police Captain', 'Adviser to the Minister',
];

const AGENCY_TEMPLATES = [
  'Ministry of Interior', 'National Police', 'Border Police', 'Customs Administration', 'Financial Intelligence Unit',
  "Public Prosecutor's Office", 'Criminal Police Directorate', 'Counter-Terrorism Unit', 'Police Academy', 'Cybercrime Unit',
  'Anti-Drug Directorate', 'Migration Directorate', 'Organised Crime Directorate', 'Witness Protection Unit', 'Forensic Institute',
  'International Police Cooperation Centre', 'Special Intervention Unit', 'Economic Crime Directorate',
];
const REGIONAL_TEMPLATES = ['Regional Police Directorate', 'County Police Inspectorate', 'Border Police Sector', 'Customs Office'];
const INTERNATIONAL = [
  ['Southeast European Law Enforcement Center', 'SELEC'], ['European Union Agency for Law Enforcement Training', 'CEPOL'],
  ['International Criminal Police Organization', 'INTERPOL'], ['Council of Europe', 'CoE'], ['United Nations Office on Drugs and Crime', 'UNODC'],
  ['International Organization for Migration', 'IOM'], ['Regional Cooperation Council', 'RCC'], ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['European Union Agency for Law Enforcement Cooperation', 'Europol'], ['Frontex', 'Frontex'], ['Eurojust', 'Eurojust'],
] as const;
const NGO_TEMPLATES = ['Institute for Security Studies', 'Centre for Civic Initiatives', 'Foundation for Open Society Research', 'Association of Victim Support', 'Institute for Democracy and Mediation'];
const EVENT_KINDS = ['task_force_meeting', 'workshop', 'conference', 'general_assembly', 'roundtable', 'training', 'bilateral_meeting', 'call'] as const;
const EVENT_TOPICS = ['terrorism', 'cybercrime', 'human trafficking', 'drug trafficking', 'migrant smuggling', 'financial crime', 'firearms', 'joint patrols', 'electronic evidence', 'border security'];

const CYRILLIC = /\p{Script=Cyrillic}/u;

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dz', ш: 'sh',
  щ: 'sht', ъ: 'a', ь: '', ю: 'yu', я: 'ya', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ы: 'y', э: 'e',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ı: 'i',
};

/** An ASCII e-mail local part for any script. */
function asciiOf(name: string): string {
  return [...foldForSort(name)]
    .map((ch) => TRANSLIT[ch] ?? ch)
    .join('')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export interface GenerateOptions {
  people: number;
  organisations: number;
  events: number;
  /** Participations per event, on average. */
  participantsPerEvent: number;
  seed: number;
}

export interface GenerateResult {
  rows: number;
  ms: number;
  rowsPerSecond: number;
  tables: Record<string, number>;
}

/** Fills the store with a large, realistic directory in one transaction through prepared statements. */
export function generateDirectory(db: Database, options: GenerateOptions): GenerateResult {
  const rand = prng(options.seed);
  const now = '2026-11-22T12:00:00.000Z';
  const countries = Object.keys(POOLS);
  const weighted: string[] = countries.flatMap((c) => Array<string>(POOLS[c]!.weight).fill(c));

  const insertOrg = db.prepare(
    `INSERT INTO organisations (id, name, sort_name, display_sort, acronym, kind, country_code, parent_id, website, notes, created_at, updated_at, collation_key)
     VALUES (@id, @name, @sortName, @displaySort, @acronym, @kind, @countryCode, @parentId, '', @notes, @now, @now, text_collation_key(@name))`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO people (id, full_name, sort_name, position, organisation_id, country_code, emails, phones, languages, is_spoc, notes, created_at, updated_at, collation_key, family_collation_key)
     VALUES (@id, @fullName, @sortName, @position, @organisationId, @countryCode, @emails, @phones, @languages, @isSpoc, @notes, @now, @now, person_collation_key(@fullName, ''), family_collation_key(@fullName, '', '', ''))`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, kind, title, starts_at, ends_at, time_zone, all_day, venue_name, venue_city, venue_country_code, host_org_id, status, notes, created_at, updated_at)
     VALUES (@id, @kind, @title, @startsAt, @endsAt, 'Europe/Bucharest', 0, '', @city, @countryCode, @hostId, @status, '', @now, @now)`,
  );
  const insertParticipation = db.prepare(
    `INSERT OR IGNORE INTO participations (id, event_id, person_id, role, representing_country_code, representing_org_id, invitation, attendance, notes, created_at, updated_at)
     VALUES (@id, @eventId, @personId, @role, @countryCode, @orgId, @invitation, @attendance, '', @now, @now)`,
  );

  const tables: Record<string, number> = { organisations: 0, people: 0, events: 0, participations: 0 };
  const started = performance.now();

  db.transaction(() => {
    // Organisations: the international ones, then agencies per country, then regional offices and NGOs.
    const orgs: Array<{ id: string; country: string | null }> = [];
    const orgsByCountry = new Map<string, string[]>();
    const names = new Set<string>();
    const addOrg = (name: string, acronym: string, kind: string, country: string | null, parentId: string | null) => {
      let unique = name;
      for (let n = 2; names.has(`${unique}|${country}`); n++) unique = `${name} ${n}`;
      names.add(`${unique}|${country}`);
      const id = newId();
      insertOrg.run({ id, name: unique, sortName: foldForSort(unique), displaySort: organisationDisplaySort(unique, acronym), acronym, kind, countryCode: country, parentId, notes: '', now });
      orgs.push({ id, country });
      if (country) {
        const list = orgsByCountry.get(country);
        if (list) list.push(id);
        else orgsByCountry.set(country, [id]);
      }
      tables.organisations!++;
      return id;
    };
    for (const [name, acronym] of INTERNATIONAL) {
      if (orgs.length >= options.organisations) break;
      addOrg(name, acronym, 'international_organisation', null, null);
    }
    const ministries = new Map<string, string>();
    while (orgs.length < options.organisations) {
      const country = pick(rand, weighted);
      const r = rand();
      if (!ministries.has(country)) {
        ministries.set(country, addOrg('Ministry of Interior', 'MoI', 'ministry', country, null));
      } else if (r < 0.45) {
        addOrg(pick(rand, AGENCY_TEMPLATES), '', 'national_agency', country, ministries.get(country)!);
      } else if (r < 0.9) {
        const city = pick(rand, POOLS[country]!.cities);
        addOrg(`${pick(rand, REGIONAL_TEMPLATES)} ${city}`, '', 'national_agency', country, ministries.get(country)!);
      } else {
        addOrg(`${pick(rand, NGO_TEMPLATES)} ${pick(rand, POOLS[country]!.cities)}`, '', 'ngo', country, null);
      }
    }

    // People: most work for an agency of their own country.
    const personIds: Array<{ id: string; country: string; orgId: string | null }> = [];
    const emailCounts = new Map<string, number>();
    for (let i = 0; i < options.people; i++) {
      const country = pick(rand, weighted);
      const pool = POOLS[country]!;
      const female = rand() < 0.45;
      // Serbian and Bosnian names come in either script, but one name is written in one script.
      const cyrillic = rand() < 0.5;
      const sameScript = <T extends string | readonly [string, string?]>(list: readonly T[]): readonly T[] => {
        const matching = list.filter((n) => CYRILLIC.test(typeof n === 'string' ? n : n[0]) === cyrillic);
        return matching.length ? matching : list;
      };
      const surnames = sameScript(pool.surnames);
      const first = pick(rand, sameScript(female ? pool.female : pool.male));
      const [surname, femaleSurname] = pick(rand, surnames);
      const last = female && femaleSurname ? femaleSurname : surname;
      const fullName = rand() < 0.04 ? `${first} ${last}-${pick(rand, surnames)[0]}` : `${first} ${last}`;
      const local = asciiOf(fullName) || 'person';
      const seen = (emailCounts.get(local) ?? 0) + 1;
      emailCounts.set(local, seen);
      const email = seen === 1 ? `${local}@example.org` : `${local}${seen}@example.org`;
      const localOrgs = orgsByCountry.get(country);
      const orgId = rand() < 0.08 ? null : localOrgs && rand() < 0.92 ? pick(rand, localOrgs) : pick(rand, orgs).id;
      const languages = pool.languages.filter((_, j) => j === 0 || rand() < 0.7);
      const id = newId();
      insertPerson.run({
        id,
        fullName,
        sortName: foldForSort(fullName),
        position: pick(rand, POSITIONS),
        organisationId: orgId,
        countryCode: country,
        emails: JSON.stringify([email]),
        phones: JSON.stringify(rand() < 0.6 ? [`+${100 + Math.floor(rand() * 899)} ${Math.floor(rand() * 90_000_000 + 10_000_000)}`] : []),
        languages: JSON.stringify(languages),
        isSpoc: rand() < 0.05 ? 1 : 0,
        notes: rand() < 0.1 ? 'Met at the regional meeting; prefers contact through the national SPOC.' : '',
        now,
      });
      personIds.push({ id, country, orgId });
      tables.people!++;
    }

    // Events between 2015 and 2028, with participants.
    const from = Date.UTC(2015, 0, 1);
    const span = Date.UTC(2028, 11, 31) - from;
    for (let i = 0; i < options.events; i++) {
      const country = pick(rand, weighted);
      const kind = pick(rand, EVENT_KINDS);
      const start = from + Math.floor((rand() * span) / 3_600_000) * 3_600_000;
      const days = kind === 'conference' || kind === 'training' ? 1 + Math.floor(rand() * 3) : 0;
      const startsAt = new Date(start).toISOString();
      const endsAt = new Date(start + days * 86_400_000 + 7 * 3_600_000).toISOString();
      const eventId = newId();
      const city = pick(rand, POOLS[country]!.cities);
      insertEvent.run({
        id: eventId,
        kind,
        title: `${kind.replace(/_/g, ' ')} on ${pick(rand, EVENT_TOPICS)}, ${city}`,
        startsAt,
        endsAt,
        city,
        countryCode: country,
        hostId: pick(rand, orgs).id,
        status: start < Date.parse(now) ? 'held' : rand() < 0.5 ? 'confirmed' : 'planned',
        now,
      });
      tables.events!++;
      const participants = Math.floor(rand() * options.participantsPerEvent * 2);
      for (let j = 0; j < participants && personIds.length; j++) {
        const p = pick(rand, personIds);
        const result = insertParticipation.run({
          id: newId(),
          eventId,
          personId: p.id,
          role: rand() < 0.2 ? 'head_of_delegation' : 'delegate',
          countryCode: p.country,
          orgId: p.orgId,
          invitation: 'confirmed',
          attendance: start < Date.parse(now) ? 'attended' : null,
          now,
        });
        tables.participations! += result.changes;
      }
    }
  })();

  const ms = performance.now() - started;
  const rows = Object.values(tables).reduce((a, b) => a + b, 0);
  return { rows, ms, rowsPerSecond: Math.round(rows / (ms / 1000)), tables };
}
