import type { OrgKey } from './organisations';

type BodyKind = 'task_force' | 'association' | 'committee' | 'network' | 'working_group' | 'other';
type MemberKind = 'member_state' | 'observer' | 'operational_partner';
type TermRole = 'chair' | 'presidency' | 'coordinator' | 'secretariat';

/** A member or a term holder is either a country or an organisation, never both. */
export type Holder = { country: string } | { org: OrgKey };

export interface DemoBody {
  name: string;
  acronym?: string;
  kind: BodyKind;
  parent?: OrgKey;
  foundedOn?: string;
  description: string;
  members: Array<Holder & { kind: MemberKind; since?: string }>;
  terms: Array<Holder & { role: TermRole; startsOn: string; endsOn?: string; notes?: string }>;
}

/** The eleven SELEC Member States. */
export const SELEC_MEMBER_STATES = ['AL', 'BA', 'BG', 'GR', 'HU', 'MK', 'MD', 'ME', 'RO', 'RS', 'TR'] as const;

export const BODIES = {
  'selec-attf': {
    name: 'SELEC Anti-Terrorism Task Force',
    kind: 'task_force',
    parent: 'selec',
    // The seeds give the year only.
    foundedOn: '2003-01-01',
    description:
      'Established in 2003; meets regularly, fostered by SELEC. Brings together the law enforcement professionals of the Member States ' +
      'responsible for countering terrorism, to share good practices and set the ground for coordinated operational activities at regional level.',
    members: [
      ...SELEC_MEMBER_STATES.map((country) => ({ country, kind: 'member_state' as const })),
      { org: 'us-cbp', kind: 'operational_partner' },
    ],
    terms: [
      {
        country: 'TR',
        role: 'coordinator',
        startsOn: '2022-01-01',
        notes: 'Coordinator at the 9th meeting (May 2024). Start date illustrative.',
      },
    ],
  },
  sepca: {
    name: 'Southeast Europe Police Chiefs Association',
    acronym: 'SEPCA',
    kind: 'association',
    description:
      'Association of the police chiefs of South Eastern Europe with a rotating presidency. Its General Assembly is a flagship event ' +
      'for law enforcement in the region and beyond. Membership in this demo is illustrative.',
    members: [
      { country: 'RO', kind: 'member_state' },
      { country: 'BA', kind: 'member_state' },
      { country: 'ME', kind: 'member_state' },
      { country: 'MK', kind: 'member_state' },
      { country: 'RS', kind: 'member_state' },
      { org: 'coe', kind: 'observer' },
      { org: 'cepol', kind: 'observer' },
      { org: 'interpol', kind: 'observer' },
      { org: 'selec', kind: 'observer' },
    ],
    terms: [
      {
        org: 'ro-police',
        role: 'presidency',
        startsOn: '2021-12-15',
        endsOn: '2022-12-14',
        notes: 'Romanian presidency. Start date illustrative.',
      },
      {
        org: 'rs-srpska-moi',
        role: 'presidency',
        startsOn: '2022-12-14',
        notes: 'Handed over at the General Assembly in Bucharest, 14 December 2022.',
      },
    ],
  },
  codexter: {
    name: 'Committee of Experts on Terrorism',
    acronym: 'CODEXTER',
    kind: 'committee',
    parent: 'coe',
    description: "Intergovernmental body coordinating the Council of Europe's action against terrorism.",
    members: [],
    terms: [],
  },
} satisfies Record<string, DemoBody>;

export type BodyKey = keyof typeof BODIES;

export interface DemoSeries {
  body: BodyKey;
  name: string;
  eventKind: string;
  firstNumber: number;
}

export const SERIES = {
  // The demo's records start at the 8th meeting; the series counts on from there.
  'attf-meetings': { body: 'selec-attf', name: 'meeting of the SELEC Anti-Terrorism Task Force', eventKind: 'task_force_meeting', firstNumber: 8 },
} satisfies Record<string, DemoSeries>;

export type SeriesKey = keyof typeof SERIES;
