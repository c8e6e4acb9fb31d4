import type { OrgKey } from './organisations';

export interface DemoPerson {
  fullName: string;
  position: string;
  org: OrgKey | null;
  country: string;
  email: string;
  phone?: string;
  languages: string[];
  spoc?: boolean;
  notes?: string;
}

/** Marks every demo person, so nobody mistakes one for a real contact. */
export const FICTIONAL_NOTE = 'Fictional demo person.';

/**
 * Invented people only: no real official from the seeds appears here. Names are written
 * as their owners would write them (Latin with diacritics, Cyrillic, Greek).
 */
export const PEOPLE = {
  // SELEC
  'popescu-marin': { fullName: 'Andreea Popescu-Marin', position: 'Anti-Terrorism Task Force Secretary', org: 'selec', country: 'RO', email: 'andreea.popescu-marin@example.org', phone: '+40 21 000 0101', languages: ['ro', 'en', 'fr'], spoc: true },
  dumitrescu: { fullName: 'Mihai Dumitrescu', position: 'ATHENA 2 Project Manager', org: 'selec', country: 'RO', email: 'mihai.dumitrescu@example.org', phone: '+40 21 000 0102', languages: ['ro', 'en'], spoc: true },
  stanescu: { fullName: 'Ioana Stănescu', position: 'Legal Adviser', org: 'selec', country: 'RO', email: 'ioana.stanescu@example.org', languages: ['ro', 'en', 'de'] },
  celik: { fullName: 'Emre Çelik', position: 'Liaison Officer of Türkiye at SELEC', org: 'selec', country: 'TR', email: 'emre.celik@example.org', languages: ['tr', 'en'] },
  // Albania
  hoxha: { fullName: 'Arben Hoxha', position: 'Director, Counter-Terrorism Directorate', org: 'al-police', country: 'AL', email: 'arben.hoxha@example.org', languages: ['sq', 'en', 'it'] },
  dervishi: { fullName: 'Elira Dervishi', position: 'Senior Inspector', org: 'al-police', country: 'AL', email: 'elira.dervishi@example.org', languages: ['sq', 'en'], spoc: true },
  // Bosnia and Herzegovina
  hadzic: { fullName: 'Jasmina Hadžić', position: 'Senior Inspector, Sector for Combating Terrorism', org: 'ba-mos', country: 'BA', email: 'jasmina.hadzic@example.org', languages: ['bs', 'en'] },
  kovacevic: { fullName: 'Adnan Kovačević', position: 'Chief Investigator', org: 'ba-sipa', country: 'BA', email: 'adnan.kovacevic@example.org', languages: ['bs', 'en', 'de'] },
  stojanovic: { fullName: 'Бојан Стојановић', position: 'Head of International Cooperation Unit', org: 'rs-srpska-moi', country: 'BA', email: 'bojan.stojanovic@example.org', languages: ['sr', 'en'] },
  djuric: { fullName: 'Весна Ђурић', position: 'Police Inspector', org: 'rs-srpska-moi', country: 'BA', email: 'vesna.djuric@example.org', languages: ['sr', 'en', 'ru'] },
  // Bulgaria
  petrov: { fullName: 'Стефан Петров', position: 'Chief Inspector, Counter-Terrorism', org: 'bg-moi', country: 'BG', email: 'stefan.petrov@example.org', phone: '+359 2 000 0201', languages: ['bg', 'en', 'ru'] },
  georgieva: { fullName: 'Мария Георгиева', position: 'Senior Expert, International Operational Cooperation', org: 'bg-moi', country: 'BG', email: 'maria.georgieva@example.org', languages: ['bg', 'en'], spoc: true },
  ivanov: { fullName: 'Николай Иванов', position: 'Border Police Commissioner', org: 'bg-border', country: 'BG', email: 'nikolay.ivanov@example.org', languages: ['bg', 'ro', 'en'] },
  // Greece
  papadopoulos: { fullName: 'Γιώργος Παπαδόπουλος', position: 'Police Major, Counter-Terrorism Division', org: 'gr-police', country: 'GR', email: 'georgios.papadopoulos@example.org', languages: ['el', 'en'] },
  karagianni: { fullName: 'Ελένη Καραγιάννη', position: 'Police Captain, International Police Cooperation', org: 'gr-police', country: 'GR', email: 'eleni.karagianni@example.org', languages: ['el', 'en', 'fr'] },
  // Hungary
  szabo: { fullName: 'Gábor Szabó', position: 'Police Lieutenant Colonel', org: 'hu-police', country: 'HU', email: 'gabor.szabo@example.org', languages: ['hu', 'en', 'de'] },
  horvath: { fullName: 'Zsófia Horváth', position: 'Analyst', org: 'hu-police', country: 'HU', email: 'zsofia.horvath@example.org', languages: ['hu', 'en'] },
  // North Macedonia
  stojanovski: { fullName: 'Александар Стојановски', position: 'Head of Sector for Counter-Terrorism', org: 'mk-moi', country: 'MK', email: 'aleksandar.stojanovski@example.org', languages: ['mk', 'en'] },
  nikolovska: { fullName: 'Марија Николовска', position: 'Inspector, Unit for P/CVE', org: 'mk-moi', country: 'MK', email: 'marija.nikolovska@example.org', languages: ['mk', 'en', 'sq'] },
  // Moldova
  rusu: { fullName: 'Ion Rusu', position: 'Chief Commissioner', org: 'md-igp', country: 'MD', email: 'ion.rusu@example.org', languages: ['ro', 'ru', 'en'] },
  ceban: { fullName: 'Natalia Ceban', position: 'Inspector, International Police Cooperation Centre', org: 'md-igp', country: 'MD', email: 'natalia.ceban@example.org', languages: ['ro', 'ru', 'en'], spoc: true },
  // Montenegro
  vukovic: { fullName: 'Marko Vuković', position: 'Police Inspector, Counter-Terrorism Department', org: 'me-police', country: 'ME', email: 'marko.vukovic@example.org', languages: ['sr', 'en'] },
  radulovic: { fullName: 'Ana Radulović', position: 'Adviser for International Cooperation', org: 'me-police', country: 'ME', email: 'ana.radulovic@example.org', languages: ['sr', 'en', 'it'] },
  // Romania
  capraru: { fullName: 'Radu Căpraru', position: 'Chief Inspector, Directorate for International Police Cooperation', org: 'ro-police', country: 'RO', email: 'radu.capraru@example.org', phone: '+40 21 000 0301', languages: ['ro', 'en', 'fr'] },
  vasilescu: { fullName: 'Elena Vasilescu', position: 'Border Police Commissioner', org: 'ro-border', country: 'RO', email: 'elena.vasilescu@example.org', languages: ['ro', 'bg', 'en'], spoc: true },
  ilie: { fullName: 'Ana-Maria Ilie', position: 'Conference interpreter (EN–RO–FR)', org: null, country: 'RO', email: 'ana-maria.ilie@example.org', languages: ['ro', 'en', 'fr'] },
  // Serbia
  jovanovic: { fullName: 'Милош Јовановић', position: 'Chief Police Inspector, Service for Combating Terrorism', org: 'rs-moi', country: 'RS', email: 'milos.jovanovic@example.org', languages: ['sr', 'en'] },
  markovic: { fullName: 'Јелена Марковић', position: 'Senior Police Inspector', org: 'rs-moi', country: 'RS', email: 'jelena.markovic@example.org', languages: ['sr', 'en', 'de'], spoc: true },
  // Türkiye
  yildirim: { fullName: 'Mehmet Yıldırım', position: 'Superintendent, Counter-Terrorism Department', org: 'tr-police', country: 'TR', email: 'mehmet.yildirim@example.org', phone: '+90 312 000 0401', languages: ['tr', 'en'] },
  demirtas: { fullName: 'Ayşe Kaya Demirtaş', position: 'Chief Inspector, Cyber Terrorism Unit', org: 'tr-police', country: 'TR', email: 'ayse.demirtas@example.org', languages: ['tr', 'en', 'de'] },
  // Slovenia
  novak: { fullName: 'Luka Novak', position: 'Detective Superintendent', org: 'si-crim-police', country: 'SI', email: 'luka.novak@example.org', languages: ['sl', 'en', 'hr'] },
  kranjc: { fullName: 'Maja Kranjc', position: 'Researcher', org: 'irvd', country: 'SI', email: 'maja.kranjc@example.org', languages: ['sl', 'en'] },
  zupancic: { fullName: 'Tomaž Zupančič', position: 'Programme Officer', org: 'dcaf-lj', country: 'SI', email: 'tomaz.zupancic@example.org', languages: ['sl', 'en', 'sr'] },
  kos: { fullName: 'Nina Kos', position: 'Senior Adviser, Defence Policy Directorate', org: 'si-mod', country: 'SI', email: 'nina.kos@example.org', languages: ['sl', 'en'] },
  petek: { fullName: 'Urška Petek', position: 'Counsellor, Security Policy Division', org: 'si-mfa', country: 'SI', email: 'urska.petek@example.org', languages: ['sl', 'en', 'fr'] },
  // ATHENA 2 beneficiaries
  moretti: { fullName: 'Giulia Moretti', position: 'Commissario Capo, International Police Cooperation Service', org: 'it-police', country: 'IT', email: 'giulia.moretti@example.org', languages: ['it', 'en'], spoc: true },
  berzina: { fullName: 'Kristīne Bērziņa', position: 'Senior Inspector', org: 'lv-police', country: 'LV', email: 'kristine.berzina@example.org', languages: ['lv', 'en', 'ru'], spoc: true },
  camilleri: { fullName: 'Joseph Camilleri', position: 'Inspector', org: 'mt-police', country: 'MT', email: 'joseph.camilleri@example.org', languages: ['mt', 'en', 'it'] },
  // International partners
  munteanu: { fullName: 'Andrei Munteanu', position: 'Project Officer, iPROCEEDS-2', org: 'cproc', country: 'RO', email: 'andrei.munteanu@example.org', languages: ['ro', 'en'] },
  dubois: { fullName: 'Claire Dubois', position: 'Programme Manager', org: 'cproc', country: 'FR', email: 'claire.dubois@example.org', languages: ['fr', 'en'] },
  laurent: { fullName: 'Sophie Laurent', position: 'Secretary of the Committee', org: 'coe', country: 'FR', email: 'sophie.laurent@example.org', languages: ['fr', 'en'] },
  varga: { fullName: 'Eszter Varga', position: 'Training Officer', org: 'cepol', country: 'HU', email: 'eszter.varga@example.org', languages: ['hu', 'en'] },
  hoffmann: { fullName: 'Lena Hoffmann', position: 'Specialized Officer, Counter-Terrorism', org: 'interpol', country: 'DE', email: 'lena.hoffmann@example.org', languages: ['de', 'en', 'fr'] },
  begovic: { fullName: 'Amra Begović', position: 'Expert on P/CVE', org: 'rcc', country: 'BA', email: 'amra.begovic@example.org', languages: ['bs', 'en'] },
  trajkovska: { fullName: 'Sanja Trajkovska', position: 'Project Officer', org: 'iom', country: 'MK', email: 'sanja.trajkovska@example.org', languages: ['mk', 'en'] },
  gruber: { fullName: 'Johannes Gruber', position: 'Police Affairs Officer', org: 'osce-spmu', country: 'AT', email: 'johannes.gruber@example.org', languages: ['de', 'en'] },
  petrovic: { fullName: 'Nikola Petrović', position: 'Programme Officer, Regional Programme for South Eastern Europe', org: 'unodc', country: 'RS', email: 'nikola.petrovic@example.org', languages: ['sr', 'en'] },
  reyes: { fullName: 'Daniel Reyes', position: 'CBP Attaché', org: 'us-cbp', country: 'US', email: 'daniel.reyes@example.org', languages: ['en', 'es'] },
  walsh: { fullName: 'Megan Walsh', position: 'Defense Cooperation Officer', org: 'us-embassy-dco', country: 'US', email: 'megan.walsh@example.org', languages: ['en'] },
} satisfies Record<string, DemoPerson>;

export type PersonKey = keyof typeof PEOPLE;
