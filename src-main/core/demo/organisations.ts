import type { OrganisationKind } from '../../../src-shared/contract';

export interface DemoOrganisation {
  name: string;
  acronym?: string;
  kind: OrganisationKind;
  country: string | null;
  /** Must be listed before its children. */
  parent?: string;
  website?: string;
  notes?: string;
}

/** Organisations named in the seeds, and the national agencies of the states that take part. */
export const ORGANISATIONS = {
  // International organisations
  selec: {
    name: 'Southeast European Law Enforcement Center',
    acronym: 'SELEC',
    kind: 'international_organisation',
    country: 'RO',
    website: 'https://www.selec.org',
    notes: 'Headquarters in Bucharest. Fosters the Anti-Terrorism Task Force and implements ATHENA 2, IMOBEX and a Danube Transnational Programme project.',
  },
  cepol: {
    name: 'European Union Agency for Law Enforcement Training',
    acronym: 'CEPOL',
    kind: 'international_organisation',
    country: 'HU',
    website: 'https://www.cepol.europa.eu',
    notes: 'Partner of ATHENA 2 for SPOC and field-officer training; hosts the SPOC platform.',
  },
  interpol: {
    name: 'International Criminal Police Organization',
    acronym: 'INTERPOL',
    kind: 'international_organisation',
    country: 'FR',
    website: 'https://www.interpol.int',
  },
  coe: {
    name: 'Council of Europe',
    acronym: 'CoE',
    kind: 'international_organisation',
    country: 'FR',
    website: 'https://www.coe.int',
  },
  cproc: {
    name: 'Cybercrime Programme Office of the Council of Europe',
    acronym: 'C-PROC',
    kind: 'international_organisation',
    country: 'RO',
    parent: 'coe',
    website: 'https://www.coe.int/cybercrime',
    notes: 'Runs the iPROCEEDS-2 project on cybercrime and electronic evidence in South Eastern Europe and Türkiye.',
  },
  unodc: {
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
    kind: 'international_organisation',
    country: 'AT',
    website: 'https://www.unodc.org',
    notes: 'Its Regional Programme for South Eastern Europe implements "Building Regional AML/CFT Capacity in SEE" (IPA II 2017).',
  },
  iom: {
    name: 'International Organization for Migration',
    acronym: 'IOM',
    kind: 'international_organisation',
    country: 'CH',
    website: 'https://www.iom.int',
  },
  rcc: {
    name: 'Regional Cooperation Council',
    acronym: 'RCC',
    kind: 'international_organisation',
    country: 'BA',
    website: 'https://www.rcc.int',
  },
  osce: {
    name: 'Organization for Security and Co-operation in Europe',
    acronym: 'OSCE',
    kind: 'international_organisation',
    country: 'AT',
    website: 'https://www.osce.org',
  },
  'osce-tntd': {
    name: 'OSCE Transnational Threats Department',
    acronym: 'TNTD',
    kind: 'international_organisation',
    country: 'AT',
    parent: 'osce',
  },
  'osce-spmu': {
    name: 'OSCE Strategic Police Matters Unit',
    acronym: 'SPMU',
    kind: 'international_organisation',
    country: 'AT',
    parent: 'osce-tntd',
  },
  'osce-chair-2007': {
    name: 'OSCE Chairmanship 2007 (Spain)',
    kind: 'other',
    country: 'ES',
  },
  dcaf: {
    name: 'DCAF – Geneva Centre for Security Sector Governance',
    acronym: 'DCAF',
    kind: 'ngo',
    country: 'CH',
    website: 'https://www.dcaf.ch',
  },
  'dcaf-lj': {
    name: 'DCAF Ljubljana',
    kind: 'ngo',
    country: 'SI',
    parent: 'dcaf',
    notes: 'Coordinates the IPA II 2016 action on national platforms against violent radicalisation.',
  },

  // Albania
  'al-police': { name: 'Albanian State Police', acronym: 'ASP', kind: 'national_agency', country: 'AL' },
  // Bosnia and Herzegovina
  'ba-mos': { name: 'Ministry of Security of Bosnia and Herzegovina', kind: 'ministry', country: 'BA' },
  'ba-sipa': { name: 'State Investigation and Protection Agency', acronym: 'SIPA', kind: 'national_agency', country: 'BA', parent: 'ba-mos' },
  // Republic of Srpska is an entity of Bosnia and Herzegovina, not a country: it holds the SEPCA presidency through its ministry.
  'rs-srpska-moi': { name: 'Ministry of Interior of Republic of Srpska', acronym: 'MUP RS', kind: 'ministry', country: 'BA' },
  // Bulgaria
  'bg-moi': { name: 'Ministry of Interior of the Republic of Bulgaria', kind: 'ministry', country: 'BG' },
  'bg-border': { name: 'Bulgarian Border Police', kind: 'national_agency', country: 'BG', parent: 'bg-moi' },
  // Greece
  'gr-police': { name: 'Hellenic Police', acronym: 'ELAS', kind: 'national_agency', country: 'GR' },
  // Hungary
  'hu-police': { name: 'Hungarian National Police', acronym: 'ORFK', kind: 'national_agency', country: 'HU' },
  // North Macedonia
  'mk-moi': { name: 'Ministry of Interior of the Republic of North Macedonia', kind: 'ministry', country: 'MK' },
  // Moldova
  'md-igp': { name: 'General Police Inspectorate of the Republic of Moldova', acronym: 'IGP', kind: 'national_agency', country: 'MD' },
  // Montenegro
  'me-police': { name: 'Police Administration of Montenegro', kind: 'national_agency', country: 'ME' },
  // Romania
  'ro-mai': { name: 'Ministry of Internal Affairs of Romania', acronym: 'MAI', kind: 'ministry', country: 'RO' },
  'ro-police': { name: 'Romanian Police', acronym: 'IGPR', kind: 'national_agency', country: 'RO', parent: 'ro-mai', notes: 'Held the SEPCA presidency until December 2022.' },
  'ro-border': { name: 'Romanian Border Police', acronym: 'IGPF', kind: 'national_agency', country: 'RO', parent: 'ro-mai' },
  // Serbia
  'rs-moi': { name: 'Ministry of Interior of the Republic of Serbia', kind: 'ministry', country: 'RS' },
  // Türkiye
  'tr-police': { name: 'Turkish National Police', acronym: 'TNP', kind: 'national_agency', country: 'TR', notes: 'Coordinates the SELEC Anti-Terrorism Task Force for Türkiye.' },
  // Slovenia
  'si-police': { name: 'Police of the Republic of Slovenia', kind: 'national_agency', country: 'SI' },
  'si-crim-police': { name: 'Criminal Police Directorate', kind: 'national_agency', country: 'SI', parent: 'si-police', notes: 'The Slovenian Criminal Police: organises the national platform for preventing violent radicalisation.' },
  'si-mod': { name: 'Ministry of Defence of the Republic of Slovenia', kind: 'ministry', country: 'SI' },
  'si-mfa': { name: 'Ministry of Foreign Affairs of the Republic of Slovenia', kind: 'ministry', country: 'SI' },
  irvd: { name: 'Institute for the Development of Inclusive Society', acronym: 'IRVD', kind: 'ngo', country: 'SI' },
  // ATHENA 2 beneficiaries outside South Eastern Europe
  'it-police': { name: 'Italian State Police', kind: 'national_agency', country: 'IT' },
  'lv-police': { name: 'State Police of Latvia', kind: 'national_agency', country: 'LV' },
  'mt-police': { name: 'Malta Police Force', kind: 'national_agency', country: 'MT' },
  // United States
  'us-cbp': { name: 'U.S. Customs and Border Protection', acronym: 'CBP', kind: 'national_agency', country: 'US', website: 'https://www.cbp.gov', notes: 'Operational partner of the SELEC Anti-Terrorism Task Force.' },
  'us-embassy-dco': { name: 'Embassy of the United States of America – Defense Cooperation Office', kind: 'other', country: 'US' },
  'us-jsou': { name: 'Joint Special Operations University', acronym: 'JSOU', kind: 'academic', country: 'US', notes: 'Tampa, Florida.' },
} satisfies Record<string, DemoOrganisation>;

export type OrgKey = keyof typeof ORGANISATIONS;
