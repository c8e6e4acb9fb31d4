import type { ActionStatus, AgendaItemKind, DocumentLanguage, Outcome, ParticipantRole } from '../../../src-shared/contract';

/**
 * The words of a printed agenda or outcomes document, per language. Written from the glossaries in
 * `src-renderer/i18n/glossary/` (status: draft, like the interface catalogs, until a native speaker
 * reviews them); Serbian Latin is the Cyrillic letter for letter.
 */
export interface DocumentLabels {
  agenda: string;
  outcomes: string;
  /** The file name's suffix: "9th meeting of the ATTF – agenda". */
  agendaFile: string;
  outcomesFile: string;
  dates: string;
  venue: string;
  time: string;
  item: string;
  speakers: string;
  noItems: string;
  noSessions: string;
  outcomesHeading: string;
  general: string;
  noOutcomes: string;
  actionsHeading: string;
  noActions: string;
  number: string;
  action: string;
  owner: string;
  due: string;
  status: string;
  unassigned: string;
  noDueDate: string;
  overdue: string;
  fromItem: string;
  untitled: string;
  timesInUtc: string;
  /** `{zone}` and `{offsets}` are filled in ("Europe/Bucharest", "UTC+03:00"). */
  timesIn: string;
  /** The list of participants: its title, groups, columns and marking. */
  participants: string;
  participantsFile: string;
  lopMemberStates: string;
  lopCountries: string;
  lopObservers: string;
  lopPartners: string;
  lopInternational: string;
  lopOthers: string;
  lopOrganisers: string;
  lopNoOrganisation: string;
  lopName: string;
  lopPosition: string;
  lopOrganisation: string;
  lopEmail: string;
  lopPhone: string;
  officialUse: string;
  lopEmpty: string;
  /** Under the outcomes: how many restricted ones were left out (`{count}`). */
  restrictedLeftOut: string;
  /** Name badges and table cards. */
  badges: string;
  badgesFile: string;
  cards: string;
  cardsFile: string;
  roles: Record<ParticipantRole, string>;
  kinds: Record<AgendaItemKind, string>;
  outcomeKinds: Record<Outcome['kind'], string>;
  statuses: Record<ActionStatus, string>;
}

const en: DocumentLabels = {
  agenda: 'Agenda',
  outcomes: 'Conclusions, decisions and actions',
  agendaFile: 'agenda',
  outcomesFile: 'outcomes',
  dates: 'Dates',
  venue: 'Venue',
  time: 'Time',
  item: 'Item',
  speakers: 'Speakers',
  noItems: 'No items yet.',
  noSessions: 'No agenda yet.',
  outcomesHeading: 'Conclusions and decisions',
  general: 'The meeting as a whole',
  noOutcomes: 'No conclusions or decisions recorded.',
  actionsHeading: 'Action list',
  noActions: 'No actions recorded.',
  number: 'No.',
  action: 'Action',
  owner: 'Owner',
  due: 'Due',
  status: 'Status',
  unassigned: 'Not assigned',
  noDueDate: '—',
  overdue: 'overdue',
  fromItem: 'From',
  untitled: 'Untitled event',
  timesInUtc: 'Times are in UTC',
  // English names the place as well: "Times are in Bucharest time (Europe/Bucharest, UTC+03:00)" (see model.ts).
  timesIn: 'Times are in {place} time ({zone}, {offsets})',
  participants: 'List of participants',
  participantsFile: 'list of participants',
  lopMemberStates: 'Member States',
  lopCountries: 'Countries',
  lopObservers: 'Observers',
  lopPartners: 'Operational partners',
  lopInternational: 'International organisations',
  lopOthers: 'Other participants',
  lopOrganisers: 'Organisers',
  lopNoOrganisation: 'Organisation not recorded',
  lopName: 'Name',
  lopPosition: 'Position',
  lopOrganisation: 'Organisation',
  lopEmail: 'Email',
  lopPhone: 'Phone',
  officialUse: 'For official use only',
  lopEmpty: 'Nobody is on the list yet.',
  restrictedLeftOut: 'Restricted conclusions and decisions left out: {count}.',
  badges: 'Name badges',
  badgesFile: 'name badges',
  cards: 'Table cards',
  cardsFile: 'table cards',
  roles: { chair: 'Chair', head_of_delegation: 'Head of delegation', speaker: 'Speaker', delegate: 'Delegate', observer: 'Observer', operational_partner: 'Operational partner', organiser: 'Organiser', interpreter: 'Interpreter' },
  kinds: { opening: 'Opening', presentation: 'Presentation', panel: 'Panel', discussion: 'Discussion', break: 'Break', lunch: 'Lunch', closing: 'Closing', ceremony: 'Ceremony', other: '' },
  outcomeKinds: { conclusion: 'Conclusion', decision: 'Decision' },
  statuses: { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
};

const ro: DocumentLabels = {
  agenda: 'Ordinea de zi',
  outcomes: 'Concluzii, decizii și acțiuni',
  agendaFile: 'ordinea de zi',
  outcomesFile: 'concluzii',
  dates: 'Data',
  venue: 'Locul',
  time: 'Ora',
  item: 'Punct',
  speakers: 'Vorbitori',
  noItems: 'Niciun punct deocamdată.',
  noSessions: 'Nicio ordine de zi deocamdată.',
  outcomesHeading: 'Concluzii și decizii',
  general: 'Reuniunea în ansamblu',
  noOutcomes: 'Nu au fost consemnate concluzii sau decizii.',
  actionsHeading: 'Lista de acțiuni',
  noActions: 'Nu au fost consemnate acțiuni.',
  number: 'Nr.',
  action: 'Acțiune',
  owner: 'Responsabil',
  due: 'Termen',
  status: 'Stare',
  unassigned: 'Neatribuită',
  noDueDate: '—',
  overdue: 'depășit',
  fromItem: 'Din',
  untitled: 'Eveniment fără titlu',
  timesInUtc: 'Orele sunt în UTC',
  timesIn: 'Orele sunt în fusul orar {zone} ({offsets})',
  participants: 'Lista participanților',
  participantsFile: 'lista participanților',
  lopMemberStates: 'State membre',
  lopCountries: 'Țări',
  lopObservers: 'Observatori',
  lopPartners: 'Parteneri operaționali',
  lopInternational: 'Organizații internaționale',
  lopOthers: 'Alți participanți',
  lopOrganisers: 'Organizatori',
  lopNoOrganisation: 'Organizație neînregistrată',
  lopName: 'Nume',
  lopPosition: 'Funcție',
  lopOrganisation: 'Organizație',
  lopEmail: 'E-mail',
  lopPhone: 'Telefon',
  officialUse: 'Numai pentru uz oficial',
  lopEmpty: 'Nu este nimeni pe listă deocamdată.',
  restrictedLeftOut: 'Concluzii și decizii restricționate neincluse: {count}.',
  badges: 'Ecusoane',
  badgesFile: 'ecusoane',
  cards: 'Plăcuțe de masă',
  cardsFile: 'plăcuțe de masă',
  roles: { chair: 'Președinte', head_of_delegation: 'Șef de delegație', speaker: 'Vorbitor', delegate: 'Delegat', observer: 'Observator', operational_partner: 'Partener operațional', organiser: 'Organizator', interpreter: 'Interpret' },
  kinds: { opening: 'Deschidere', presentation: 'Prezentare', panel: 'Panel', discussion: 'Discuție', break: 'Pauză', lunch: 'Prânz', closing: 'Închidere', ceremony: 'Ceremonie', other: '' },
  outcomeKinds: { conclusion: 'Concluzie', decision: 'Decizie' },
  statuses: { open: 'Deschisă', in_progress: 'În curs', done: 'Finalizată', dropped: 'Abandonată' },
};

const srCyrl: DocumentLabels = {
  agenda: 'Дневни ред',
  outcomes: 'Закључци, одлуке и задаци',
  agendaFile: 'дневни ред',
  outcomesFile: 'закључци',
  dates: 'Датум',
  venue: 'Место',
  time: 'Време',
  item: 'Тачка',
  speakers: 'Говорници',
  noItems: 'Још нема тачака.',
  noSessions: 'Још нема дневног реда.',
  outcomesHeading: 'Закључци и одлуке',
  general: 'Састанак у целини',
  noOutcomes: 'Нису забележени закључци ни одлуке.',
  actionsHeading: 'Списак задатака',
  noActions: 'Нису забележени задаци.',
  number: 'Бр.',
  action: 'Задатак',
  owner: 'Носилац',
  due: 'Рок',
  status: 'Статус',
  unassigned: 'Није додељено',
  noDueDate: '—',
  overdue: 'рок истекао',
  fromItem: 'Из тачке',
  untitled: 'Догађај без назива',
  timesInUtc: 'Времена су у UTC',
  timesIn: 'Времена су у временској зони {zone} ({offsets})',
  participants: 'Списак учесника',
  participantsFile: 'списак учесника',
  lopMemberStates: 'Државе чланице',
  lopCountries: 'Државе',
  lopObservers: 'Посматрачи',
  lopPartners: 'Оперативни партнери',
  lopInternational: 'Међународне организације',
  lopOthers: 'Остали учесници',
  lopOrganisers: 'Организатори',
  lopNoOrganisation: 'Организација није забележена',
  lopName: 'Име и презиме',
  lopPosition: 'Радно место',
  lopOrganisation: 'Организација',
  lopEmail: 'Е-пошта',
  lopPhone: 'Телефон',
  officialUse: 'Само за службену употребу',
  lopEmpty: 'На списку још нема никога.',
  restrictedLeftOut: 'Изостављени закључци и одлуке ограниченог приступа: {count}.',
  badges: 'Беџеви',
  badgesFile: 'беџеви',
  cards: 'Картице за сто',
  cardsFile: 'картице за сто',
  roles: { chair: 'Председавајући', head_of_delegation: 'Шеф делегације', speaker: 'Говорник', delegate: 'Делегат', observer: 'Посматрач', operational_partner: 'Оперативни партнер', organiser: 'Организатор', interpreter: 'Преводилац' },
  kinds: { opening: 'Отварање', presentation: 'Презентација', panel: 'Панел', discussion: 'Дискусија', break: 'Пауза', lunch: 'Ручак', closing: 'Затварање', ceremony: 'Церемонија', other: '' },
  outcomeKinds: { conclusion: 'Закључак', decision: 'Одлука' },
  statuses: { open: 'Отворен', in_progress: 'У току', done: 'Завршен', dropped: 'Одустато' },
};

const hr: DocumentLabels = {
  agenda: 'Dnevni red',
  outcomes: 'Zaključci, odluke i zadaci',
  agendaFile: 'dnevni red',
  outcomesFile: 'zaključci',
  dates: 'Datum',
  venue: 'Mjesto',
  time: 'Vrijeme',
  item: 'Točka',
  speakers: 'Govornici',
  noItems: 'Još nema točaka.',
  noSessions: 'Još nema dnevnog reda.',
  outcomesHeading: 'Zaključci i odluke',
  general: 'Sastanak u cjelini',
  noOutcomes: 'Nisu zabilježeni zaključci ni odluke.',
  actionsHeading: 'Popis zadataka',
  noActions: 'Nisu zabilježeni zadaci.',
  number: 'Br.',
  action: 'Zadatak',
  owner: 'Nositelj',
  due: 'Rok',
  status: 'Status',
  unassigned: 'Nije dodijeljeno',
  noDueDate: '—',
  overdue: 'rok istekao',
  fromItem: 'Iz točke',
  untitled: 'Događaj bez naziva',
  timesInUtc: 'Vremena su u UTC-u',
  timesIn: 'Vremena su u vremenskoj zoni {zone} ({offsets})',
  participants: 'Popis sudionika',
  participantsFile: 'popis sudionika',
  lopMemberStates: 'Države članice',
  lopCountries: 'Države',
  lopObservers: 'Promatrači',
  lopPartners: 'Operativni partneri',
  lopInternational: 'Međunarodne organizacije',
  lopOthers: 'Ostali sudionici',
  lopOrganisers: 'Organizatori',
  lopNoOrganisation: 'Organizacija nije zabilježena',
  lopName: 'Ime i prezime',
  lopPosition: 'Radno mjesto',
  lopOrganisation: 'Organizacija',
  lopEmail: 'E-pošta',
  lopPhone: 'Telefon',
  officialUse: 'Samo za službenu uporabu',
  lopEmpty: 'Na popisu još nema nikoga.',
  restrictedLeftOut: 'Izostavljeni zaključci i odluke ograničenog pristupa: {count}.',
  badges: 'Identifikacijske kartice',
  badgesFile: 'identifikacijske kartice',
  cards: 'Stolne kartice',
  cardsFile: 'stolne kartice',
  roles: { chair: 'Predsjedatelj', head_of_delegation: 'Voditelj izaslanstva', speaker: 'Govornik', delegate: 'Izaslanik', observer: 'Promatrač', operational_partner: 'Operativni partner', organiser: 'Organizator', interpreter: 'Tumač' },
  kinds: { opening: 'Otvaranje', presentation: 'Prezentacija', panel: 'Panel', discussion: 'Rasprava', break: 'Stanka', lunch: 'Ručak', closing: 'Zatvaranje', ceremony: 'Svečanost', other: '' },
  outcomeKinds: { conclusion: 'Zaključak', decision: 'Odluka' },
  statuses: { open: 'Otvoren', in_progress: 'U tijeku', done: 'Završen', dropped: 'Odustalo se' },
};

const bg: DocumentLabels = {
  agenda: 'Дневен ред',
  outcomes: 'Заключения, решения и задачи',
  agendaFile: 'дневен ред',
  outcomesFile: 'заключения',
  dates: 'Дата',
  venue: 'Място',
  time: 'Час',
  item: 'Точка',
  speakers: 'Изказващи се',
  noItems: 'Все още няма точки.',
  noSessions: 'Все още няма дневен ред.',
  outcomesHeading: 'Заключения и решения',
  general: 'Срещата като цяло',
  noOutcomes: 'Няма записани заключения или решения.',
  actionsHeading: 'Списък на задачите',
  noActions: 'Няма записани задачи.',
  number: '№',
  action: 'Задача',
  owner: 'Отговорник',
  due: 'Срок',
  status: 'Статус',
  unassigned: 'Не е възложена',
  noDueDate: '—',
  overdue: 'просрочена',
  fromItem: 'От точка',
  untitled: 'Събитие без заглавие',
  timesInUtc: 'Часовете са в UTC',
  timesIn: 'Часовете са в часовата зона {zone} ({offsets})',
  participants: 'Списък на участниците',
  participantsFile: 'списък на участниците',
  lopMemberStates: 'Държави членки',
  lopCountries: 'Държави',
  lopObservers: 'Наблюдатели',
  lopPartners: 'Оперативни партньори',
  lopInternational: 'Международни организации',
  lopOthers: 'Други участници',
  lopOrganisers: 'Организатори',
  lopNoOrganisation: 'Организацията не е записана',
  lopName: 'Име',
  lopPosition: 'Длъжност',
  lopOrganisation: 'Организация',
  lopEmail: 'Имейл',
  lopPhone: 'Телефон',
  officialUse: 'Само за служебно ползване',
  lopEmpty: 'В списъка все още няма никого.',
  restrictedLeftOut: 'Пропуснати заключения и решения с ограничен достъп: {count}.',
  badges: 'Баджове',
  badgesFile: 'баджове',
  cards: 'Табелки за маса',
  cardsFile: 'табелки за маса',
  roles: { chair: 'Председател', head_of_delegation: 'Ръководител на делегация', speaker: 'Лектор', delegate: 'Делегат', observer: 'Наблюдател', operational_partner: 'Оперативен партньор', organiser: 'Организатор', interpreter: 'Преводач' },
  kinds: { opening: 'Откриване', presentation: 'Презентация', panel: 'Панел', discussion: 'Дискусия', break: 'Почивка', lunch: 'Обяд', closing: 'Закриване', ceremony: 'Церемония', other: '' },
  outcomeKinds: { conclusion: 'Заключение', decision: 'Решение' },
  statuses: { open: 'Отворена', in_progress: 'В изпълнение', done: 'Изпълнена', dropped: 'Отпаднала' },
};

const mk: DocumentLabels = {
  agenda: 'Дневен ред',
  outcomes: 'Заклучоци, одлуки и задачи',
  agendaFile: 'дневен ред',
  outcomesFile: 'заклучоци',
  dates: 'Датум',
  venue: 'Место',
  time: 'Време',
  item: 'Точка',
  speakers: 'Говорници',
  noItems: 'Сè уште нема точки.',
  noSessions: 'Сè уште нема дневен ред.',
  outcomesHeading: 'Заклучоци и одлуки',
  general: 'Состанокот во целина',
  noOutcomes: 'Нема запишани заклучоци или одлуки.',
  actionsHeading: 'Список на задачи',
  noActions: 'Нема запишани задачи.',
  number: 'Бр.',
  action: 'Задача',
  owner: 'Носител',
  due: 'Рок',
  status: 'Статус',
  unassigned: 'Не е доделена',
  noDueDate: '—',
  overdue: 'рокот истечен',
  fromItem: 'Од точка',
  untitled: 'Настан без наслов',
  timesInUtc: 'Времињата се во UTC',
  timesIn: 'Времињата се во временската зона {zone} ({offsets})',
  participants: 'Список на учесници',
  participantsFile: 'список на учесници',
  lopMemberStates: 'Држави членки',
  lopCountries: 'Држави',
  lopObservers: 'Набљудувачи',
  lopPartners: 'Оперативни партнери',
  lopInternational: 'Меѓународни организации',
  lopOthers: 'Други учесници',
  lopOrganisers: 'Организатори',
  lopNoOrganisation: 'Организацијата не е запишана',
  lopName: 'Име и презиме',
  lopPosition: 'Работно место',
  lopOrganisation: 'Организација',
  lopEmail: 'Е-пошта',
  lopPhone: 'Телефон',
  officialUse: 'Само за службена употреба',
  lopEmpty: 'На списокот сè уште нема никој.',
  restrictedLeftOut: 'Изоставени заклучоци и одлуки со ограничен пристап: {count}.',
  badges: 'Беџови',
  badgesFile: 'беџови',
  cards: 'Картички за маса',
  cardsFile: 'картички за маса',
  roles: { chair: 'Претседавач', head_of_delegation: 'Шеф на делегација', speaker: 'Говорник', delegate: 'Делегат', observer: 'Набљудувач', operational_partner: 'Оперативен партнер', organiser: 'Организатор', interpreter: 'Преведувач' },
  kinds: { opening: 'Отворање', presentation: 'Презентација', panel: 'Панел', discussion: 'Дискусија', break: 'Пауза', lunch: 'Ручек', closing: 'Затворање', ceremony: 'Церемонија', other: '' },
  outcomeKinds: { conclusion: 'Заклучок', decision: 'Одлука' },
  statuses: { open: 'Отворена', in_progress: 'Во тек', done: 'Завршена', dropped: 'Откажана' },
};

const el: DocumentLabels = {
  agenda: 'Ημερήσια διάταξη',
  outcomes: 'Συμπεράσματα, αποφάσεις και ενέργειες',
  agendaFile: 'ημερήσια διάταξη',
  outcomesFile: 'συμπεράσματα',
  dates: 'Ημερομηνίες',
  venue: 'Τόπος',
  time: 'Ώρα',
  item: 'Θέμα',
  speakers: 'Ομιλητές',
  noItems: 'Δεν υπάρχουν ακόμη θέματα.',
  noSessions: 'Δεν υπάρχει ακόμη ημερήσια διάταξη.',
  outcomesHeading: 'Συμπεράσματα και αποφάσεις',
  general: 'Η συνάντηση στο σύνολό της',
  noOutcomes: 'Δεν έχουν καταγραφεί συμπεράσματα ή αποφάσεις.',
  actionsHeading: 'Κατάλογος ενεργειών',
  noActions: 'Δεν έχουν καταγραφεί ενέργειες.',
  number: 'Α/Α',
  action: 'Ενέργεια',
  owner: 'Υπεύθυνος',
  due: 'Προθεσμία',
  status: 'Κατάσταση',
  unassigned: 'Δεν έχει ανατεθεί',
  noDueDate: '—',
  overdue: 'εκπρόθεσμη',
  fromItem: 'Από το θέμα',
  untitled: 'Εκδήλωση χωρίς τίτλο',
  timesInUtc: 'Οι ώρες είναι σε UTC',
  timesIn: 'Οι ώρες είναι στη ζώνη ώρας {zone} ({offsets})',
  participants: 'Κατάλογος συμμετεχόντων',
  participantsFile: 'κατάλογος συμμετεχόντων',
  lopMemberStates: 'Κράτη μέλη',
  lopCountries: 'Χώρες',
  lopObservers: 'Παρατηρητές',
  lopPartners: 'Επιχειρησιακοί εταίροι',
  lopInternational: 'Διεθνείς οργανισμοί',
  lopOthers: 'Λοιποί συμμετέχοντες',
  lopOrganisers: 'Διοργανωτές',
  lopNoOrganisation: 'Ο φορέας δεν έχει καταγραφεί',
  lopName: 'Ονοματεπώνυμο',
  lopPosition: 'Θέση',
  lopOrganisation: 'Φορέας',
  lopEmail: 'Ηλ. ταχυδρομείο',
  lopPhone: 'Τηλέφωνο',
  officialUse: 'Μόνο για υπηρεσιακή χρήση',
  lopEmpty: 'Δεν υπάρχει ακόμη κανείς στον κατάλογο.',
  restrictedLeftOut: 'Συμπεράσματα και αποφάσεις περιορισμένης διανομής που παραλείφθηκαν: {count}.',
  badges: 'Κονκάρδες',
  badgesFile: 'κονκάρδες',
  cards: 'Καρτελάκια τραπεζιού',
  cardsFile: 'καρτελάκια τραπεζιού',
  roles: { chair: 'Πρόεδρος', head_of_delegation: 'Επικεφαλής αντιπροσωπείας', speaker: 'Ομιλητής', delegate: 'Αντιπρόσωπος', observer: 'Παρατηρητής', operational_partner: 'Επιχειρησιακός εταίρος', organiser: 'Διοργανωτής', interpreter: 'Διερμηνέας' },
  kinds: { opening: 'Έναρξη', presentation: 'Παρουσίαση', panel: 'Στρογγυλή τράπεζα', discussion: 'Συζήτηση', break: 'Διάλειμμα', lunch: 'Γεύμα', closing: 'Λήξη', ceremony: 'Τελετή', other: '' },
  outcomeKinds: { conclusion: 'Συμπέρασμα', decision: 'Απόφαση' },
  statuses: { open: 'Ανοιχτή', in_progress: 'Σε εξέλιξη', done: 'Ολοκληρώθηκε', dropped: 'Εγκαταλείφθηκε' },
};

const tr: DocumentLabels = {
  agenda: 'Gündem',
  outcomes: 'Sonuçlar, kararlar ve eylemler',
  agendaFile: 'gündem',
  outcomesFile: 'sonuçlar',
  dates: 'Tarih',
  venue: 'Yer',
  time: 'Saat',
  item: 'Madde',
  speakers: 'Konuşmacılar',
  noItems: 'Henüz madde yok.',
  noSessions: 'Henüz gündem yok.',
  outcomesHeading: 'Sonuçlar ve kararlar',
  general: 'Toplantının geneli',
  noOutcomes: 'Kayıtlı sonuç veya karar yok.',
  actionsHeading: 'Eylem listesi',
  noActions: 'Kayıtlı eylem yok.',
  number: 'No.',
  action: 'Eylem',
  owner: 'Sorumlu',
  due: 'Son tarih',
  status: 'Durum',
  unassigned: 'Atanmadı',
  noDueDate: '—',
  overdue: 'gecikmiş',
  fromItem: 'Madde',
  untitled: 'Başlıksız etkinlik',
  timesInUtc: 'Saatler UTC’dir',
  timesIn: 'Saatler {zone} saat dilimindedir ({offsets})',
  participants: 'Katılımcı listesi',
  participantsFile: 'katılımcı listesi',
  lopMemberStates: 'Üye Devletler',
  lopCountries: 'Ülkeler',
  lopObservers: 'Gözlemciler',
  lopPartners: 'Operasyonel ortaklar',
  lopInternational: 'Uluslararası kuruluşlar',
  lopOthers: 'Diğer katılımcılar',
  lopOrganisers: 'Düzenleyenler',
  lopNoOrganisation: 'Kuruluş kaydedilmedi',
  lopName: 'Ad soyad',
  lopPosition: 'Görev',
  lopOrganisation: 'Kuruluş',
  lopEmail: 'E-posta',
  lopPhone: 'Telefon',
  officialUse: 'Yalnızca resmi kullanım içindir',
  lopEmpty: 'Listede henüz kimse yok.',
  restrictedLeftOut: 'Dahil edilmeyen kısıtlı sonuç ve kararlar: {count}.',
  badges: 'Yaka kartları',
  badgesFile: 'yaka kartları',
  cards: 'Masa kartları',
  cardsFile: 'masa kartları',
  roles: { chair: 'Başkan', head_of_delegation: 'Heyet başkanı', speaker: 'Konuşmacı', delegate: 'Delege', observer: 'Gözlemci', operational_partner: 'Operasyonel ortak', organiser: 'Düzenleyen', interpreter: 'Tercüman' },
  kinds: { opening: 'Açılış', presentation: 'Sunum', panel: 'Panel', discussion: 'Tartışma', break: 'Ara', lunch: 'Öğle yemeği', closing: 'Kapanış', ceremony: 'Tören', other: '' },
  outcomeKinds: { conclusion: 'Sonuç', decision: 'Karar' },
  statuses: { open: 'Açık', in_progress: 'Devam ediyor', done: 'Tamamlandı', dropped: 'İptal edildi' },
};

const hu: DocumentLabels = {
  agenda: 'Napirend',
  outcomes: 'Következtetések, döntések és feladatok',
  agendaFile: 'napirend',
  outcomesFile: 'következtetések',
  dates: 'Időpont',
  venue: 'Helyszín',
  time: 'Idő',
  item: 'Napirendi pont',
  speakers: 'Előadók',
  noItems: 'Még nincs napirendi pont.',
  noSessions: 'Még nincs napirend.',
  outcomesHeading: 'Következtetések és döntések',
  general: 'Az ülés egésze',
  noOutcomes: 'Nincs rögzített következtetés vagy döntés.',
  actionsHeading: 'Feladatlista',
  noActions: 'Nincs rögzített feladat.',
  number: 'Sz.',
  action: 'Feladat',
  owner: 'Felelős',
  due: 'Határidő',
  status: 'Állapot',
  unassigned: 'Nincs kijelölve',
  noDueDate: '—',
  overdue: 'lejárt',
  fromItem: 'Napirendi pont',
  untitled: 'Cím nélküli esemény',
  timesInUtc: 'Az időpontok UTC szerintiek',
  timesIn: 'Az időpontok a(z) {zone} időzóna szerintiek ({offsets})',
  participants: 'Résztvevők listája',
  participantsFile: 'résztvevők listája',
  lopMemberStates: 'Tagállamok',
  lopCountries: 'Országok',
  lopObservers: 'Megfigyelők',
  lopPartners: 'Operatív partnerek',
  lopInternational: 'Nemzetközi szervezetek',
  lopOthers: 'Egyéb résztvevők',
  lopOrganisers: 'Szervezők',
  lopNoOrganisation: 'A szervezet nincs rögzítve',
  lopName: 'Név',
  lopPosition: 'Beosztás',
  lopOrganisation: 'Szervezet',
  lopEmail: 'E-mail',
  lopPhone: 'Telefon',
  officialUse: 'Kizárólag hivatalos használatra',
  lopEmpty: 'A listán még nincs senki.',
  restrictedLeftOut: 'Kihagyott korlátozott következtetések és döntések: {count}.',
  badges: 'Névkártyák',
  badgesFile: 'névkártyák',
  cards: 'Asztali névtáblák',
  cardsFile: 'asztali névtáblák',
  roles: { chair: 'Elnök', head_of_delegation: 'Delegációvezető', speaker: 'Előadó', delegate: 'Küldött', observer: 'Megfigyelő', operational_partner: 'Operatív partner', organiser: 'Szervező', interpreter: 'Tolmács' },
  kinds: { opening: 'Megnyitó', presentation: 'Előadás', panel: 'Panelbeszélgetés', discussion: 'Vita', break: 'Szünet', lunch: 'Ebéd', closing: 'Zárás', ceremony: 'Ünnepség', other: '' },
  outcomeKinds: { conclusion: 'Következtetés', decision: 'Döntés' },
  statuses: { open: 'Nyitott', in_progress: 'Folyamatban', done: 'Kész', dropped: 'Elvetve' },
};

const SERBIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/**
 * Serbian Cyrillic in Gaj's Latin, letter for letter (lossless in this direction): "Љубљана" →
 * "Ljubljana", "ЊЕГОШ" → "NJEGOŠ". Placeholders (`{{name}}`, `{n}`) and i18next nestings are left as they are.
 */
export function serbianLatin(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\}|\{\w+\}|\$t\([^)]*\))/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/[\u0400-\u04FF]/g, (c, at: number) => {
            const lower = c.toLowerCase();
            const latin = SERBIAN_LATIN[lower] ?? c;
            if (c === lower) return latin;
            // A capital digraph letter is "Lj" before a small letter, "LJ" in a word in capitals.
            const next = part[at + 1] ?? '';
            const inCapitals = next !== '' && next === next.toUpperCase() && next !== next.toLowerCase();
            return inCapitals ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
          }),
    )
    .join('');
}

/** Every string of a label table through `f` (Serbian Latin from Cyrillic). */
export function mapLabels<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mapLabels(v, f)])) as T;
}

export const DOCUMENT_LABELS: Readonly<Record<DocumentLanguage, DocumentLabels>> = {
  en,
  ro,
  'sr-Cyrl': srCyrl,
  'sr-Latn': mapLabels(srCyrl, serbianLatin),
  hr,
  bg,
  mk,
  el,
  tr,
  hu,
};

/**
 * A country's name in a document's language ("Србија", "Ρουμανία"), from its ISO code with ICU's
 * region names; in English the store's own name ("Türkiye", "North Macedonia" as the region writes them).
 */
export function countryNameIn(locale: string, code: string | null | undefined, stored: string | null | undefined): string {
  if (!code || locale === 'en' || locale.startsWith('en-')) return stored ?? '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code.toUpperCase()) ?? stored ?? '';
  } catch {
    return stored ?? '';
  }
}

/** Each label in two languages, "Agenda / Ordinea de zi", once where both say the same. */
export function bilingual(first: DocumentLabels, second: DocumentLabels): DocumentLabels {
  const pair = (a: unknown, b: unknown): unknown =>
    typeof a === 'string' ? (a === b || !b || !a ? a || b : `${a} / ${b as string}`) : Object.fromEntries(Object.entries(a as object).map(([k, v]) => [k, pair(v, (b as Record<string, unknown>)[k])]));
  return pair(first, second) as DocumentLabels;
}
