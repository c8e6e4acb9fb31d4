import type { EventKey, EventKind } from './events';
import type { Holder } from './bodies';

type PartnerRole = 'beneficiary' | 'partner' | 'associate';

export interface DemoActivity {
  title: string;
  plannedStart?: string;
  plannedEnd?: string;
  event?: EventKey;
  description?: string;
}

export interface DemoEntry {
  occurredOn: string;
  count: number;
  officers?: number;
  countries?: string[];
  event?: EventKey;
  note?: string;
  evidence?: string;
}

export interface DemoIndicator {
  name: string;
  unit: string;
  target: number;
  period?: 'month' | 'quarter' | 'year' | 'project_year';
  /** Fed by the calendar: held events of this kind linked to the project count toward the target. */
  feed?: { kind: EventKind; measure: 'events' | 'attendees' };
  /** Counts the officers recorded on the project's other entries instead of entries of its own. */
  feedOfficers?: boolean;
  targetsByCountry?: Record<string, number>;
  entries?: DemoEntry[];
}

export interface DemoProject {
  acronym: string;
  title: string;
  funding: string;
  startsOn: string;
  endsOn: string;
  lead: 'selec';
  status: 'planned' | 'running' | 'closed' | 'suspended';
  description: string;
  partners: Array<Holder & { role: PartnerRole }>;
  events: EventKey[];
  activities: DemoActivity[];
  indicators: DemoIndicator[];
}

const ATHENA_BENEFICIARIES = ['BG', 'IT', 'LV', 'MT', 'RO', 'SI'] as const;
/** SELEC Member States outside the EU: the seven Southeast European third countries of IMOBEX. */
const IMOBEX_SEE_COUNTRIES = ['AL', 'BA', 'MD', 'ME', 'MK', 'RS', 'TR'] as const;

export const PROJECTS = {
  athena2: {
    acronym: 'ATHENA 2',
    title: 'Addressing Threat assessment through an European Network of Law Enforcement Agencies',
    funding: '',
    startsOn: '2025-10-01',
    endsOn: '2027-09-30',
    lead: 'selec',
    status: 'running',
    description:
      'Coordinated evaluation of joint activities (patrols, investigation teams, cross-border surveillance) managed by the beneficiaries and their ' +
      'neighbouring countries, with about 300 officers involved. A work package trains SPOCs and field officers with CEPOL, supported by a SPOC ' +
      'platform on the CEPOL website; a mobile app for joint operations and an analysis tool for national Case Management Systems are designed. ' +
      'Dates and entries in this demo are illustrative.',
    partners: [
      ...ATHENA_BENEFICIARIES.map((country) => ({ country, role: 'beneficiary' as const })),
      { org: 'selec', role: 'beneficiary' },
      { org: 'cepol', role: 'partner' },
    ],
    events: [
      'athena-ws-patrols',
      'athena-bm-ro-bg',
      'athena-bm-si-it',
      'athena-ws-observation',
      'athena-ws-jit',
      'athena-sc-call',
      'athena-bm-lv',
      'athena-spoc-training',
    ],
    activities: [
      {
        title: 'Training for SPOCs and field officers, in cooperation with CEPOL',
        plannedStart: '2027-01-19',
        plannedEnd: '2027-01-21',
        event: 'athena-spoc-training',
        description: 'Ad-hoc training for joint operations.',
      },
      { title: 'Dedicated SPOC platform on the CEPOL website', plannedStart: '2026-01-01', plannedEnd: '2026-12-31' },
      { title: 'Mobile app supporting joint operations', plannedStart: '2026-03-01', plannedEnd: '2027-06-30' },
      { title: 'Analysis tool integrated in national Case Management Systems', plannedStart: '2026-06-01', plannedEnd: '2027-08-31' },
    ],
    indicators: [
      {
        name: 'Cross-border observations',
        unit: 'observations',
        target: 24,
        entries: [
          { occurredOn: '2026-06-23', count: 2, officers: 8, countries: ['SI', 'IT'], note: 'Observations agreed at the Slovenia–Italy bilateral meeting.' },
          { occurredOn: '2026-10-05', count: 1, officers: 4, countries: ['BG', 'RO'] },
        ],
      },
      {
        name: 'Joint operations',
        unit: 'operations',
        target: 24,
        entries: [
          { occurredOn: '2026-05-12', count: 1, officers: 40, countries: ['RO', 'BG', 'LV'], note: 'Joint operation against migrant smuggling.' },
          { occurredOn: '2026-09-29', count: 1, officers: 35, countries: ['IT', 'MT', 'SI'] },
        ],
      },
      {
        name: 'Joint investigations',
        unit: 'investigations',
        target: 12,
        entries: [{ occurredOn: '2026-10-20', count: 1, officers: 6, countries: ['LV', 'RO'], note: 'Joint investigation team set up.' }],
      },
      {
        name: 'Joint patrols',
        unit: 'patrols',
        target: 24,
        targetsByCountry: { RO: 6, BG: 6, SI: 4, IT: 4, MT: 2, LV: 2 },
        entries: [
          { occurredOn: '2026-04-28', count: 2, officers: 14, countries: ['RO', 'BG'], event: 'athena-bm-ro-bg', note: 'Joint patrol, RO–BG border.' },
          { occurredOn: '2026-07-15', count: 3, officers: 18, countries: ['SI', 'IT'], note: 'Summer season, Slovenian–Italian border.' },
          { occurredOn: '2026-08-20', count: 2, officers: 12, countries: ['MT', 'IT'], note: 'Joint maritime patrols.' },
        ],
      },
      { name: 'Thematic workshops', unit: 'workshops', target: 6, feed: { kind: 'workshop', measure: 'events' } },
      {
        name: 'Officers involved',
        unit: 'officers',
        target: 300,
        feedOfficers: true,
      },
      { name: 'Bilateral meetings', unit: 'meetings', target: 24, feed: { kind: 'bilateral_meeting', measure: 'events' } },
    ],
  },
  imobex: {
    acronym: 'IMOBEX',
    title: 'Improving enforcement at the intersection of mobile banditry and exploitation',
    funding: '',
    startsOn: '2025-03-01',
    endsOn: '2027-02-28',
    lead: 'selec',
    status: 'running',
    description:
      'A 24-month project to enhance EU policies and operational law enforcement actions in the 27 EU Member States and 7 Southeast European ' +
      'third countries against property crimes at the intersection of mobile banditry and human trafficking. Dates in this demo are illustrative.',
    partners: IMOBEX_SEE_COUNTRIES.map((country) => ({ country, role: 'beneficiary' as const })),
    events: ['imobex-ws', 'imobex-field-lab'],
    activities: [
      {
        title: 'Gather up-to-date information on itinerant criminal groups involved in property crimes',
        plannedStart: '2025-03-01',
        plannedEnd: '2025-12-31',
      },
      {
        title: 'Expert workshop on innovative intervention strategies',
        plannedStart: '2026-12-09',
        plannedEnd: '2026-12-10',
        event: 'imobex-ws',
      },
      { title: 'Road map for reducing barriers caused by insufficient legal options', plannedStart: '2026-12-11', plannedEnd: '2027-01-31' },
      {
        title: 'Organised crime field lab to train enforcement experts in innovative interventions',
        plannedStart: '2027-02-09',
        plannedEnd: '2027-02-11',
        event: 'imobex-field-lab',
      },
    ],
    indicators: [{ name: 'Expert workshops', unit: 'workshops', target: 1, period: 'project_year', feed: { kind: 'workshop', measure: 'events' } }],
  },
  danube: {
    acronym: 'Danube TOC',
    title: 'Strengthening cooperation against transborder organized crime',
    funding: 'Danube Transnational Programme',
    startsOn: '2018-01-01',
    endsOn: '2020-12-31',
    lead: 'selec',
    status: 'closed',
    description:
      'Enhances cooperation in the region by assuring a common approach in the fight against trans-border crime, bringing together experts from ' +
      'law enforcement, international organisations and the private sector. One conference a year with SELEC Member States and Danube region ' +
      'law enforcement representatives. The acronym and dates in this demo are illustrative.',
    partners: [],
    events: [],
    activities: [
      { title: 'Activity 1 – Conference on Financial and Computer Crime (first year)', plannedStart: '2018-01-01', plannedEnd: '2018-12-31' },
      { title: 'Activity 2 – Conference on Antidrug Trafficking (second year)', plannedStart: '2019-01-01', plannedEnd: '2019-12-31' },
      {
        title: 'Activity 3 – Conference on Countering Trafficking in Human Beings and Illegal Migration (third year)',
        plannedStart: '2020-01-01',
        plannedEnd: '2020-12-31',
      },
    ],
    indicators: [],
  },
} satisfies Record<string, DemoProject>;

export type ProjectKey = keyof typeof PROJECTS;
