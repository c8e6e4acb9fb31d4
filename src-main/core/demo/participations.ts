import type { EventKey } from './events';
import type { OrgKey } from './organisations';
import type { PersonKey } from './people';

export type ParticipationRole =
  | 'head_of_delegation'
  | 'delegate'
  | 'speaker'
  | 'chair'
  | 'observer'
  | 'operational_partner'
  | 'organiser'
  | 'interpreter';
type Invitation = 'invited' | 'confirmed' | 'declined';
type Attendance = 'attended' | 'excused' | 'no_show' | null;

export interface DemoParticipation {
  person: PersonKey;
  role: ParticipationRole;
  invitation: Invitation;
  attendance: Attendance;
  /** Defaults to the person's own country and organisation. */
  representingCountry?: string | null;
  representingOrg?: OrgKey | null;
  notes?: string;
}

type Entry = [PersonKey, ParticipationRole] | [PersonKey, ParticipationRole, Partial<Omit<DemoParticipation, 'person' | 'role'>>];

/** Who was there: confirmed and attended, unless an entry says otherwise. */
const held = (entries: Entry[]): DemoParticipation[] =>
  entries.map(([person, role, extra]) => ({ person, role, invitation: 'confirmed', attendance: 'attended', ...extra }));

/** Who is invited to a coming event: invited, with no attendance yet, unless an entry says otherwise. */
const coming = (entries: Entry[]): DemoParticipation[] =>
  entries.map(([person, role, extra]) => ({ person, role, invitation: 'invited', attendance: null, ...extra }));

const confirmed = { invitation: 'confirmed' } as const;
const declined = { invitation: 'declined', attendance: null } as const;

export const PARTICIPATIONS: Partial<Record<EventKey, DemoParticipation[]>> = {
  'osce-madrid-2007': held([
    ['gruber', 'organiser'],
    ['karagianni', 'delegate'],
    ['hoxha', 'speaker'],
  ]),
  'codexter-2017': held([
    ['laurent', 'organiser'],
    ['petek', 'speaker', { notes: 'Presented the non-paper of the Slovenian Ministry of Foreign Affairs.' }],
    ['zupancic', 'observer'],
  ]),
  'si-roundtable-3': held([
    ['novak', 'organiser'],
    ['kranjc', 'speaker'],
    ['zupancic', 'delegate'],
  ]),
  'osce-ct-rome-2018': held([
    ['gruber', 'organiser'],
    ['moretti', 'delegate'],
    ['jovanovic', 'delegate'],
    ['petrovic', 'speaker'],
  ]),
  'iom-skopje-2018': held([
    ['trajkovska', 'organiser'],
    ['nikolovska', 'speaker'],
    ['stojanovski', 'delegate'],
    ['dervishi', 'delegate'],
  ]),
  'ct-challenges-2018': held([
    ['kos', 'organiser'],
    ['walsh', 'organiser'],
    ['novak', 'speaker'],
    ['zupancic', 'delegate'],
    ['hadzic', 'delegate'],
    ['vukovic', 'delegate', { attendance: 'excused', notes: 'Excused on the last day.' }],
  ]),
  'rcc-tirana-2018': held([
    ['begovic', 'organiser'],
    ['dervishi', 'delegate'],
    ['hoxha', 'head_of_delegation'],
    ['kovacevic', 'delegate'],
    ['radulovic', 'delegate'],
  ]),
  'sepca-ga-2022': held([
    ['capraru', 'chair', { notes: 'For the outgoing Romanian presidency.' }],
    ['vasilescu', 'organiser'],
    ['stojanovic', 'head_of_delegation', { notes: 'Incoming presidency.' }],
    ['djuric', 'delegate'],
    ['munteanu', 'speaker'],
    ['dubois', 'delegate'],
    ['varga', 'speaker'],
    ['hoffmann', 'speaker'],
    ['laurent', 'observer'],
    ['popescu-marin', 'observer'],
    ['hadzic', 'head_of_delegation'],
    ['vukovic', 'head_of_delegation'],
    ['stojanovski', 'head_of_delegation'],
    ['jovanovic', 'head_of_delegation'],
    ['ilie', 'interpreter', { representingCountry: null }],
  ]),
  'attf-8': held([
    ['yildirim', 'chair'],
    ['popescu-marin', 'organiser'],
    ['hoxha', 'head_of_delegation'],
    ['hadzic', 'head_of_delegation'],
    ['petrov', 'head_of_delegation'],
    ['papadopoulos', 'head_of_delegation'],
    ['stojanovski', 'head_of_delegation'],
    ['rusu', 'head_of_delegation', { attendance: 'no_show' }],
    ['vukovic', 'head_of_delegation'],
    ['capraru', 'head_of_delegation'],
    ['jovanovic', 'head_of_delegation'],
  ]),
  'attf-9': held([
    ['yildirim', 'chair'],
    ['demirtas', 'speaker'],
    ['celik', 'delegate', { representingCountry: 'TR' }],
    ['popescu-marin', 'organiser'],
    ['hoxha', 'head_of_delegation'],
    ['hadzic', 'head_of_delegation'],
    ['petrov', 'head_of_delegation'],
    ['papadopoulos', 'head_of_delegation'],
    ['karagianni', 'delegate', declined],
    ['szabo', 'head_of_delegation'],
    ['stojanovski', 'head_of_delegation'],
    ['rusu', 'head_of_delegation'],
    ['vukovic', 'head_of_delegation'],
    ['capraru', 'head_of_delegation'],
    ['jovanovic', 'head_of_delegation'],
    ['markovic', 'delegate'],
    ['reyes', 'operational_partner'],
  ]),
  'attf-10': held([
    ['yildirim', 'chair'],
    ['popescu-marin', 'organiser'],
    ['dervishi', 'head_of_delegation'],
    ['hadzic', 'head_of_delegation'],
    ['georgieva', 'head_of_delegation'],
    ['papadopoulos', 'head_of_delegation'],
    ['horvath', 'delegate'],
    ['nikolovska', 'head_of_delegation'],
    ['ceban', 'head_of_delegation'],
    ['radulovic', 'head_of_delegation'],
    ['capraru', 'head_of_delegation'],
    ['markovic', 'head_of_delegation'],
    ['reyes', 'operational_partner', { attendance: 'excused' }],
  ]),
  'attf-11': held([
    ['yildirim', 'chair'],
    ['demirtas', 'delegate'],
    ['popescu-marin', 'organiser'],
    ['hoxha', 'head_of_delegation'],
    ['kovacevic', 'head_of_delegation'],
    ['petrov', 'head_of_delegation'],
    ['karagianni', 'head_of_delegation'],
    ['szabo', 'head_of_delegation'],
    ['stojanovski', 'head_of_delegation'],
    ['rusu', 'head_of_delegation'],
    ['vukovic', 'head_of_delegation'],
    ['capraru', 'head_of_delegation'],
    ['jovanovic', 'head_of_delegation'],
    ['reyes', 'operational_partner'],
  ]),
  'attf-12': coming([
    ['yildirim', 'chair', confirmed],
    ['popescu-marin', 'organiser', confirmed],
    ['hoxha', 'head_of_delegation'],
    ['hadzic', 'head_of_delegation', confirmed],
    ['petrov', 'head_of_delegation'],
    ['papadopoulos', 'head_of_delegation'],
    ['szabo', 'head_of_delegation'],
    ['stojanovski', 'head_of_delegation'],
    ['ceban', 'head_of_delegation'],
    ['vukovic', 'head_of_delegation'],
    ['capraru', 'head_of_delegation', confirmed],
    ['jovanovic', 'head_of_delegation'],
    ['reyes', 'operational_partner'],
  ]),
  'athena-ws-patrols': held([
    ['dumitrescu', 'organiser'],
    ['georgieva', 'organiser'],
    ['ivanov', 'speaker'],
    ['vasilescu', 'speaker'],
    ['moretti', 'delegate'],
    ['berzina', 'delegate'],
    ['camilleri', 'delegate'],
    ['novak', 'delegate'],
  ]),
  'athena-bm-ro-bg': held([
    ['vasilescu', 'head_of_delegation'],
    ['ivanov', 'head_of_delegation'],
    ['dumitrescu', 'observer'],
  ]),
  'athena-bm-si-it': held([
    ['novak', 'head_of_delegation'],
    ['moretti', 'head_of_delegation'],
  ]),
  'athena-ws-observation': held([
    ['dumitrescu', 'organiser'],
    ['camilleri', 'organiser'],
    ['moretti', 'speaker'],
    ['novak', 'speaker'],
    ['berzina', 'delegate'],
    ['vasilescu', 'delegate'],
    ['georgieva', 'delegate', { attendance: 'excused' }],
  ]),
  'athena-ws-jit': coming([
    ['dumitrescu', 'organiser', confirmed],
    ['moretti', 'organiser', confirmed],
    ['berzina', 'delegate', confirmed],
    ['georgieva', 'delegate'],
  ]),
  'athena-sc-call': coming([
    ['dumitrescu', 'chair', confirmed],
    ['georgieva', 'delegate', confirmed],
    ['moretti', 'delegate', confirmed],
    ['berzina', 'delegate', confirmed],
    ['camilleri', 'delegate'],
    ['vasilescu', 'delegate', confirmed],
    ['novak', 'delegate', declined],
    ['varga', 'observer', confirmed],
  ]),
  'athena-bm-lv': coming([
    ['berzina', 'head_of_delegation', confirmed],
    ['dumitrescu', 'head_of_delegation', confirmed],
  ]),
  'athena-spoc-training': coming([
    ['varga', 'organiser', confirmed],
    ['dumitrescu', 'organiser', confirmed],
    ['georgieva', 'delegate'],
    ['vasilescu', 'delegate'],
    ['moretti', 'delegate'],
    ['berzina', 'delegate'],
    ['camilleri', 'delegate'],
    ['markovic', 'observer'],
    ['ceban', 'observer'],
  ]),
  'imobex-ws': coming([
    ['stanescu', 'organiser', confirmed],
    ['dervishi', 'delegate', confirmed],
    ['ceban', 'delegate'],
    ['radulovic', 'delegate', confirmed],
    ['markovic', 'delegate'],
    ['demirtas', 'delegate'],
  ]),
};
