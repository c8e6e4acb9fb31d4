import type { EventKey } from './events';
import type { PersonKey } from './people';

type ItemKind = 'opening' | 'presentation' | 'panel' | 'discussion' | 'break' | 'lunch' | 'closing' | 'ceremony' | 'other';

export interface DemoItem {
  /** Lets an outcome or an action item point at this item. */
  ref?: string;
  kind: ItemKind;
  title: string;
  description?: string;
  /** Wall clock `HH:MM` in the event's time zone, on the session's day. */
  start: string;
  end: string;
  speakers?: PersonKey[];
  notes?: string;
}

export interface DemoSession {
  day: string;
  title: string;
  items: DemoItem[];
}

export interface DemoOutcome {
  kind: 'conclusion' | 'decision';
  text: string;
  item?: string;
}

export interface DemoAction {
  title: string;
  owner?: PersonKey;
  dueOn?: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  item?: string;
  notes?: string;
}

export interface DemoAgenda {
  sessions?: DemoSession[];
  outcomes?: DemoOutcome[];
  actions?: DemoAction[];
}

export const AGENDAS: Partial<Record<EventKey, DemoAgenda>> = {
  'attf-9': {
    sessions: [
      {
        day: '2024-05-21',
        title: 'Opening',
        items: [
          { kind: 'opening', title: 'Opening remarks by the SELEC Director for Operations', start: '09:30', end: '09:45' },
          { kind: 'opening', title: 'Welcome by the Task Force coordinator (Türkiye)', start: '09:45', end: '10:00', speakers: ['yildirim'] },
          { kind: 'other', title: 'Adoption of the agenda', start: '10:00', end: '10:10', speakers: ['popescu-marin'] },
        ],
      },
      {
        day: '2024-05-21',
        title: 'Terrorism threats in the Member States',
        items: [
          {
            ref: 'new-tech',
            kind: 'presentation',
            title: 'Terrorist use of new technologies: challenges for law enforcement',
            start: '10:10',
            end: '10:50',
            speakers: ['demirtas'],
          },
          { kind: 'break', title: 'Coffee break', start: '10:50', end: '11:10' },
          {
            ref: 'tour',
            kind: 'discussion',
            title: 'Tour de table: good practices, success stories, challenges and lessons learned',
            start: '11:10',
            end: '12:30',
            speakers: ['hoxha', 'petrov', 'jovanovic', 'capraru'],
          },
          { kind: 'lunch', title: 'Lunch', start: '12:30', end: '13:30' },
        ],
      },
      {
        day: '2024-05-21',
        title: 'Operational cooperation',
        items: [
          {
            kind: 'presentation',
            title: 'How cooperation and information exchange add value to anti-terrorism efforts: the view of US Customs and Border Protection',
            start: '13:30',
            end: '14:10',
            speakers: ['reyes'],
          },
          {
            ref: 'operations',
            kind: 'discussion',
            title: 'Setting the ground for coordinated operational activities at regional level',
            start: '14:10',
            end: '16:00',
            speakers: ['yildirim', 'popescu-marin'],
          },
          { kind: 'closing', title: 'Conclusions and closing', start: '16:00', end: '16:30', speakers: ['yildirim'] },
        ],
      },
    ],
    outcomes: [
      {
        kind: 'conclusion',
        text: 'Enhanced collaboration and intelligence sharing, training and capacity building, and new technologies are needed to counter the terrorist use of advanced technologies.',
        item: 'new-tech',
      },
      {
        kind: 'decision',
        text: 'The Task Force will prepare a coordinated operational activity at regional level, to be presented at the 10th meeting.',
        item: 'operations',
      },
    ],
    actions: [
      {
        title: 'Circulate a template for national contributions on the terrorist use of new technologies',
        owner: 'popescu-marin',
        dueOn: '2024-06-28',
        status: 'done',
        item: 'new-tech',
      },
      {
        title: 'Draft the concept of the coordinated regional operational activity',
        owner: 'yildirim',
        dueOn: '2025-03-31',
        status: 'done',
        item: 'operations',
      },
    ],
  },
  'attf-11': {
    actions: [
      {
        title: 'Collect the nominations of national SPOCs for the 2027 operational activity',
        owner: 'popescu-marin',
        dueOn: '2026-12-15',
        status: 'in_progress',
        notes: 'Seven of eleven Member States have answered.',
      },
      { title: 'Propose dates for the 12th meeting', owner: 'celik', dueOn: '2026-09-30', status: 'done' },
    ],
  },
  'sepca-ga-2022': {
    sessions: [
      {
        day: '2022-12-12',
        title: 'Opening',
        items: [
          { kind: 'opening', title: 'Opening of the General Assembly', start: '09:30', end: '10:00', speakers: ['capraru'] },
          { kind: 'presentation', title: 'Milestones achieved during the Romanian presidency', start: '10:00', end: '10:45', speakers: ['capraru'] },
          { kind: 'break', title: 'Coffee break', start: '10:45', end: '11:15' },
        ],
      },
      {
        day: '2022-12-12',
        title: 'International partners',
        items: [
          {
            ref: 'e-evidence',
            kind: 'presentation',
            title: 'The relevance of electronic evidence in the current international context',
            description: 'C-PROC, with the capacity building support provided in the region through the iPROCEEDS-2 project.',
            start: '11:15',
            end: '12:00',
            speakers: ['munteanu'],
          },
          { kind: 'presentation', title: 'Joint training projects in the region', start: '12:00', end: '12:30', speakers: ['varga'] },
          { kind: 'presentation', title: 'INTERPOL support to operational cooperation', start: '12:30', end: '13:00', speakers: ['hoffmann'] },
        ],
      },
      {
        day: '2022-12-13',
        title: 'Future operational cooperation in the region',
        items: [
          {
            ref: 'future',
            kind: 'panel',
            title: 'Capacity building opportunities and possibilities for future operational cooperation',
            start: '09:30',
            end: '12:30',
            speakers: ['hadzic', 'vukovic', 'stojanovski', 'jovanovic'],
          },
        ],
      },
      {
        day: '2022-12-14',
        title: 'Handover of the presidency',
        items: [
          {
            ref: 'handover',
            kind: 'ceremony',
            title: 'Handover ceremony of the SEPCA Presidency to Republic of Srpska',
            start: '10:00',
            end: '10:45',
            speakers: ['capraru', 'stojanovic'],
          },
          { kind: 'presentation', title: 'Priorities of the incoming Presidency', start: '10:45', end: '11:30', speakers: ['stojanovic'] },
          { kind: 'closing', title: 'Closing of the General Assembly', start: '11:30', end: '12:00', speakers: ['stojanovic'] },
        ],
      },
    ],
    outcomes: [
      { kind: 'conclusion', text: 'The General Assembly agreed on future operational cooperation in the region.', item: 'future' },
      {
        kind: 'decision',
        text: 'The SEPCA Presidency passes from Romania to the Ministry of Interior of Republic of Srpska.',
        item: 'handover',
      },
    ],
    actions: [
      {
        title: 'Share the iPROCEEDS-2 contacts for capacity building on electronic evidence with the SEPCA members',
        owner: 'dubois',
        dueOn: '2023-01-31',
        status: 'done',
        item: 'e-evidence',
      },
    ],
  },
  'si-roundtable-3': {
    outcomes: [
      {
        kind: 'conclusion',
        text: 'The awareness of other state sectors and of civil society should be further strengthened, as well as their active involvement in the RAN concept.',
      },
      {
        kind: 'conclusion',
        text: 'External factors, including the vicinity of the Western Balkans, should be considered in forming the relevant national policies.',
      },
    ],
  },
  'athena-ws-jit': {
    actions: [
      { title: 'Agree a new date for the workshop on joint investigation teams', owner: 'dumitrescu', dueOn: '2026-11-26', status: 'open' },
    ],
  },
};
