import { englishOrdinal } from '../ordinal';
import type { BodyKey, SeriesKey } from './bodies';
import type { OrgKey } from './organisations';

export type EventKind =
  | 'task_force_meeting'
  | 'workshop'
  | 'conference'
  | 'general_assembly'
  | 'roundtable'
  | 'training'
  | 'bilateral_meeting'
  | 'call'
  | 'other';
export type EventStatus = 'planned' | 'confirmed' | 'held' | 'postponed' | 'cancelled';

export interface DemoEvent {
  kind: EventKind;
  title: string;
  body?: BodyKey;
  series?: SeriesKey;
  seriesNumber?: number;
  /** `YYYY-MM-DD` (all day; `end` is the last day) or `YYYY-MM-DDTHH:MM`, wall clock in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  venue?: string;
  city?: string;
  country?: string;
  host?: OrgKey;
  organisers?: OrgKey[];
  funding?: string;
  audience?: string;
  status: EventStatus;
  tags?: string[];
  links?: Array<{ label: string; url: string }>;
  notes?: string;
}

const SELEC_HQ = { venue: 'SELEC Headquarters', city: 'Bucharest', country: 'RO', timeZone: 'Europe/Bucharest' } as const;

const attfMeeting = (n: number, date: string, status: EventStatus, notes = ''): DemoEvent => ({
  kind: 'task_force_meeting',
  title: `${englishOrdinal(n)} meeting of the SELEC Anti-Terrorism Task Force`,
  body: 'selec-attf',
  series: 'attf-meetings',
  seriesNumber: n,
  start: `${date}T09:30`,
  end: `${date}T16:30`,
  ...SELEC_HQ,
  host: 'selec',
  organisers: ['selec', 'tr-police'],
  audience: 'Law enforcement agencies of the SELEC Member States responsible for countering terrorism; operational partners',
  status,
  tags: ['terrorism', 'international police cooperation'],
  notes,
});


/**
 * The events of the seeds with their real dates and venues, the numbered task-force meetings
 * around the 9th, and project events up to 2027. "Today" for the demo is 22 November 2026.
 */
export const EVENTS = {
  'osce-madrid-2007': {
    kind: 'workshop',
    title: 'Police Experts Meeting on "Strengthening the role of the police and enhancing co-operation in combating terrorism"',
    start: '2007-05-24',
    end: '2007-05-25',
    timeZone: 'Europe/Madrid',
    venue: 'Hotel Chamartin',
    city: 'Madrid',
    country: 'ES',
    host: 'osce-chair-2007',
    organisers: ['osce-chair-2007', 'osce-spmu'],
    audience: 'Delegations, International organizations, NGOs, OSCE staff',
    status: 'held',
    tags: ['terrorism', 'international police cooperation'],
    links: [{ label: 'OSCE', url: 'https://www.osce.org' }],
    notes:
      'Anti-terrorism police experts exchange good practices, with a special focus on the Mediterranean and South Eastern Europe: ' +
      'police practices in preventing terrorist activities, and regional co-operation in the OSCE area. Announced 23 April 2007; ' +
      'the dates in this demo are illustrative.',
  },
  'codexter-2017': {
    kind: 'other',
    title: 'CODEXTER meeting',
    body: 'codexter',
    start: '2017-05-23',
    end: '2017-05-24',
    timeZone: 'Europe/Paris',
    venue: 'Council of Europe',
    city: 'Strasbourg',
    country: 'FR',
    host: 'coe',
    organisers: ['coe'],
    audience: 'Delegates of the Council of Europe member states',
    status: 'held',
    tags: ['terrorism'],
    notes:
      'Delegates familiarise themselves with WBCTi and IISG, initiatives originating from the Slovenian-led Brdo Process, ' +
      'and receive a non-paper submitted by the Slovenian Ministry of Foreign Affairs.',
  },
  'si-roundtable-3': {
    kind: 'roundtable',
    title: '3rd roundtable of the Slovenian National Platform for Preventing Violent Radicalisation and Terrorism',
    start: '2018-04-24T10:00',
    end: '2018-04-24T14:00',
    timeZone: 'Europe/Ljubljana',
    city: 'Ljubljana',
    country: 'SI',
    host: 'si-crim-police',
    organisers: ['si-crim-police', 'irvd'],
    audience: 'Security agencies, other state sectors, civil society',
    status: 'held',
    tags: ['radicalisation', 'violent extremism', 'P/CVE'],
    notes: 'Organised by the Slovenian Criminal Police, assisted by the NGO IRVD. Date and city illustrative.',
  },
  'osce-ct-rome-2018': {
    kind: 'conference',
    title: '2018 OSCE-wide Counter-Terrorism Conference: The Reverse Flow of Foreign Terrorist Fighters (FTFs)',
    start: '2018-05-10',
    end: '2018-05-11',
    timeZone: 'Europe/Rome',
    city: 'Rome',
    country: 'IT',
    host: 'osce',
    organisers: ['osce', 'osce-tntd'],
    audience: 'OSCE participating States and Partners for Co-operation',
    status: 'held',
    tags: ['terrorism', 'foreign terrorist fighters'],
    links: [{ label: 'OSCE', url: 'https://www.osce.org' }],
    notes:
      'Challenges for the OSCE Area and Beyond. Topics: trends of returning or relocating FTFs; border security and information sharing; ' +
      'rehabilitation and reintegration within and outside the criminal justice system; accompanying family members of FTFs.',
  },
  'iom-skopje-2018': {
    kind: 'conference',
    title: 'Strengthening the Institutional Capacities of the National Committee for Countering Violent Extremism and Countering Terrorism',
    start: '2018-05-21',
    end: '2018-05-22',
    timeZone: 'Europe/Skopje',
    city: 'Skopje',
    country: 'MK',
    host: 'iom',
    organisers: ['iom'],
    status: 'held',
    tags: ['violent extremism', 'P/CVE', 'terrorism'],
    notes:
      'Regional conference: the situation of P/CVE in the Southeast Europe region, practical cases, and stakeholders working together ' +
      'to implement National Action Plans for Countering Violent Extremism and Terrorism.',
  },
  'ct-challenges-2018': {
    kind: 'conference',
    title: 'Counter-Terrorism Challenges in the Region of South Eastern Europe (8th international regional conference)',
    start: '2018-05-22',
    end: '2018-05-24',
    timeZone: 'Europe/Ljubljana',
    country: 'SI',
    host: 'si-mod',
    organisers: ['si-mod', 'us-embassy-dco', 'us-jsou'],
    status: 'held',
    tags: ['terrorism', 'violent extremism', 'radicalisation'],
    notes:
      'Topic: Violent Extremism and Radicalization processes as driving factors to terrorism threats on Western Balkans and Security Implications to Europe.',
  },
  'rcc-tirana-2018': {
    kind: 'workshop',
    title: 'Regional workshop on Dealing with terrorism and violent extremism-connected crimes',
    start: '2018-05-30T09:00',
    end: '2018-05-30T17:00',
    timeZone: 'Europe/Tirane',
    city: 'Tirana',
    country: 'AL',
    host: 'rcc',
    organisers: ['rcc'],
    funding: 'EU IPA II 2016 – Support to Preventing and Countering Violent Extremism (P/CVE) in the Western Balkans',
    audience: 'Law enforcement/judicial services and state attorneys/prosecutors',
    status: 'held',
    tags: ['violent extremism', 'P/CVE', 'terrorism'],
    links: [{ label: 'RCC', url: 'https://www.rcc.int' }],
    notes: 'Preparation for further, concrete activities to improve regional cooperation in this field.',
  },
  'sepca-ga-2022': {
    kind: 'general_assembly',
    title: 'SEPCA General Assembly 2022',
    body: 'sepca',
    start: '2022-12-12',
    end: '2022-12-14',
    timeZone: 'Europe/Bucharest',
    city: 'Bucharest',
    country: 'RO',
    host: 'ro-police',
    organisers: ['ro-police'],
    audience: 'High officials of law enforcement of South Eastern Europe; international organisations',
    status: 'held',
    tags: ['international police cooperation', 'cybercrime', 'electronic evidence', 'training'],
    notes:
      'Celebrated the progress made under the Romanian presidency; capacity building, joint training projects and future operational cooperation. ' +
      'Ended with the handover ceremony of the SEPCA Presidency to Republic of Srpska.',
  },
  'attf-8': attfMeeting(8, '2023-05-23', 'held'),
  'attf-9': attfMeeting(
    9,
    '2024-05-21',
    'held',
    'International and domestic terrorism threatening social order and citizens’ safety in the Member States; terrorist use of new technologies. ' +
      'US Customs and Border Protection attended as operational partner.',
  ),
  'attf-10': attfMeeting(10, '2025-05-20', 'held'),
  'attf-11': attfMeeting(11, '2026-05-19', 'held'),
  'attf-12': attfMeeting(12, '2027-05-25', 'planned'),

  // ATHENA 2
  'athena-ws-patrols': {
    kind: 'workshop',
    title: 'ATHENA 2 thematic workshop: planning joint patrols',
    start: '2026-03-17',
    end: '2026-03-18',
    timeZone: 'Europe/Sofia',
    city: 'Sofia',
    country: 'BG',
    host: 'bg-moi',
    organisers: ['selec', 'bg-moi'],
    funding: 'ATHENA 2',
    status: 'held',
    tags: ['joint patrols', 'ATHENA 2'],
  },
  'athena-bm-ro-bg': {
    kind: 'bilateral_meeting',
    title: 'Bilateral meeting Romania–Bulgaria: joint patrols on the Danube border',
    start: '2026-04-14T10:00',
    end: '2026-04-14T15:00',
    timeZone: 'Europe/Bucharest',
    city: 'Giurgiu',
    country: 'RO',
    host: 'ro-border',
    organisers: ['ro-border', 'bg-border'],
    funding: 'ATHENA 2',
    status: 'held',
    tags: ['joint patrols', 'ATHENA 2'],
  },
  'athena-bm-si-it': {
    kind: 'bilateral_meeting',
    title: 'Bilateral meeting Slovenia–Italy: cross-border observations',
    start: '2026-06-09T10:00',
    end: '2026-06-09T16:00',
    timeZone: 'Europe/Ljubljana',
    city: 'Nova Gorica',
    country: 'SI',
    host: 'si-police',
    organisers: ['si-police', 'it-police'],
    funding: 'ATHENA 2',
    status: 'held',
    tags: ['cross-border observation', 'ATHENA 2'],
  },
  'athena-ws-observation': {
    kind: 'workshop',
    title: 'ATHENA 2 thematic workshop: cross-border observation and surveillance',
    start: '2026-09-22',
    end: '2026-09-23',
    timeZone: 'Europe/Malta',
    city: 'Valletta',
    country: 'MT',
    host: 'mt-police',
    organisers: ['selec', 'mt-police'],
    funding: 'ATHENA 2',
    status: 'held',
    tags: ['cross-border observation', 'ATHENA 2'],
  },
  'athena-ws-jit': {
    kind: 'workshop',
    title: 'ATHENA 2 thematic workshop: joint investigation teams',
    start: '2026-11-17',
    end: '2026-11-18',
    timeZone: 'Europe/Rome',
    city: 'Rome',
    country: 'IT',
    host: 'it-police',
    organisers: ['selec', 'it-police'],
    funding: 'ATHENA 2',
    status: 'postponed',
    tags: ['joint investigations', 'ATHENA 2'],
    notes: 'Postponed at the host’s request; the new date is to be agreed at the Steering Committee call.',
  },
  'athena-sc-call': {
    kind: 'call',
    title: 'ATHENA 2 Steering Committee call',
    start: '2026-11-26T14:00',
    end: '2026-11-26T15:30',
    timeZone: 'Europe/Bucharest',
    venue: 'Video conference',
    host: 'selec',
    organisers: ['selec'],
    funding: 'ATHENA 2',
    status: 'confirmed',
    tags: ['ATHENA 2'],
  },
  'athena-bm-lv': {
    kind: 'bilateral_meeting',
    title: 'Bilateral meeting Latvia–SELEC: planning joint investigations',
    start: '2026-12-03T10:00',
    end: '2026-12-03T16:00',
    timeZone: 'Europe/Riga',
    city: 'Riga',
    country: 'LV',
    host: 'lv-police',
    organisers: ['lv-police', 'selec'],
    funding: 'ATHENA 2',
    status: 'confirmed',
    tags: ['joint investigations', 'ATHENA 2'],
  },
  'athena-spoc-training': {
    kind: 'training',
    title: 'SPOC and field officer training for joint operations',
    start: '2027-01-19',
    end: '2027-01-21',
    timeZone: 'Europe/Budapest',
    city: 'Budapest',
    country: 'HU',
    host: 'cepol',
    organisers: ['cepol', 'selec'],
    funding: 'ATHENA 2',
    audience: 'Single points of operational contact and field officers of the beneficiaries',
    status: 'planned',
    tags: ['training', 'SPOC', 'ATHENA 2'],
  },

  // IMOBEX
  'imobex-ws': {
    kind: 'workshop',
    title: 'IMOBEX expert workshop on intervention strategies',
    start: '2026-12-09',
    end: '2026-12-10',
    ...SELEC_HQ,
    host: 'selec',
    organisers: ['selec'],
    funding: 'IMOBEX',
    audience: 'Enforcement practitioners and other experts',
    status: 'confirmed',
    tags: ['organised crime', 'mobile banditry', 'human trafficking'],
    notes: 'Develop innovative intervention strategies and a road map for reducing barriers caused by insufficient legal options.',
  },
  'imobex-field-lab': {
    kind: 'training',
    title: 'IMOBEX organised crime field lab',
    start: '2027-02-09',
    end: '2027-02-11',
    ...SELEC_HQ,
    host: 'selec',
    organisers: ['selec'],
    funding: 'IMOBEX',
    audience: 'Enforcement experts',
    status: 'planned',
    tags: ['organised crime', 'mobile banditry', 'training'],
  },
} satisfies Record<string, DemoEvent>;

export type EventKey = keyof typeof EVENTS;
