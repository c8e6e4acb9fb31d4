import type { DocumentLanguage, IndicatorProgress } from '../../../src-shared/contract';
import { mapLabels, serbianLatin } from '../../../src-shared/serbian-latin';

/**
 * The words of the donor report (the printable page and the workbook), per language. Written from
 * the glossaries in `src-renderer/i18n/glossary/` and the terms of the projects catalogs (status:
 * draft, like the agenda labels, until a native speaker reviews them); Serbian Latin is the Cyrillic
 * letter for letter. `{name}` slots are filled in by report.ts; English is what the report always said.
 */
export interface ReportLabels {
  /** The page's title and the PDF's file name: `{acronym}` is the project's. */
  title: string;
  /** The workbook's file name after "<acronym> - ": a report since the project's start, to `{to}`. */
  fileSince: string;
  /** The same for a period `{from}`–`{to}` (ISO days). */
  fileRange: string;
  /** The line above the project's title when it names no funding programme. */
  projectReport: string;
  /** Under the title: `{period}` is "1 Jul 2026 – 30 Sept 2026". */
  kind: string;
  /** The same for a named period: `{name}` is "Q3 2026" or "Project year 1". */
  kindNamed: string;
  reportingPeriod: string;
  duration: string;
  lead: string;
  partners: string;
  /** Under a table cut short on the page: `{count}` rows more. */
  moreRows: string;
  /** A period that is one of the project's quarters or years, as the report names it: `{quarter}` 1–4, `{year}`. */
  quarterName: string;
  projectYearName: string;
  /** The same in the column "Period" of the table by period (months and calendar years stay digits). */
  quarterKey: string;
  projectYearKey: string;
  /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
  sheets: { project: string; indicators: string; byPeriod: string; byCountry: string; entries: string };
  /** The first sheet, label by value. */
  facts: {
    project: string;
    fundingProgramme: string;
    starts: string;
    ends: string;
    leadOrganisation: string;
    partners: string;
    reportingPeriod: string;
    sinceStart: string;
    fromTo: string;
    periodFrom: string;
    periodTo: string;
    writtenOn: string;
  };
  /** Column headings of the tables. */
  columns: {
    indicator: string;
    unit: string;
    baseline: string;
    target: string;
    targetForPeriod: string;
    actualInPeriod: string;
    fromEntries: string;
    fromCalendar: string;
    fromOfficers: string;
    cumulativeActual: string;
    expectedByEnd: string;
    expectedToday: string;
    progress: string;
    status: string;
    period: string;
    from: string;
    to: string;
    actual: string;
    cumulativePlanned: string;
    country: string;
    targetForProject: string;
    date: string;
    count: string;
    officers: string;
    countries: string;
    source: string;
    eventOrActivity: string;
    note: string;
    evidence: string;
  };
  /** A country row for the entries that name no country. */
  noCountry: string;
  /** What a line of the entries sheet comes from. */
  sourceEntry: string;
  sourceCalendar: string;
  statuses: Record<IndicatorProgress['status'], string>;
  /** What changed since the last report issued: `{date}` is that report's day; the sheet's name at most 31 characters. */
  changes: { title: string; sheet: string; asReported: string; now: string; reopened: string; reopenedOn: string; by: string; reason: string };
}

const en: ReportLabels = {
  title: '{acronym} – donor report',
  fileSince: 'donor report {to}',
  fileRange: 'donor report {from} to {to}',
  projectReport: 'Project report',
  kind: 'Donor report: {period}',
  kindNamed: 'Donor report, {name}: {period}',
  reportingPeriod: 'Reporting period',
  duration: 'Duration',
  lead: 'Lead',
  partners: 'Partners',
  moreRows: '{count} more rows in the Excel report.',
  quarterName: 'Q{quarter} {year}',
  projectYearName: 'Project year {number}',
  quarterKey: '{year}-Q{quarter}',
  projectYearKey: 'Y{number}',
  sheets: { project: 'Project', indicators: 'Indicators', byPeriod: 'By period', byCountry: 'By country', entries: 'Entries' },
  facts: {
    project: 'Project',
    fundingProgramme: 'Funding programme',
    starts: 'Starts',
    ends: 'Ends',
    leadOrganisation: 'Lead organisation',
    partners: 'Partners',
    reportingPeriod: 'Reporting period',
    sinceStart: 'Since the start of the project',
    fromTo: 'From – to',
    periodFrom: 'Period from',
    periodTo: 'Period to',
    writtenOn: 'Written on',
  },
  columns: {
    indicator: 'Indicator',
    unit: 'Unit',
    baseline: 'Baseline',
    target: 'Target',
    targetForPeriod: 'Target for the period',
    actualInPeriod: 'Actual in the period',
    fromEntries: 'From entries',
    fromCalendar: 'From the calendar',
    fromOfficers: 'From officers on entries',
    cumulativeActual: 'Cumulative actual',
    expectedByEnd: 'Expected by the end of the period',
    expectedToday: 'Expected today',
    progress: 'Progress %',
    status: 'Status',
    period: 'Period',
    from: 'From',
    to: 'To',
    actual: 'Actual',
    cumulativePlanned: 'Cumulative planned',
    country: 'Country',
    targetForProject: 'Target for the project',
    date: 'Date',
    count: 'Count',
    officers: 'Officers',
    countries: 'Countries',
    source: 'Source',
    eventOrActivity: 'Event or activity',
    note: 'Note',
    evidence: 'Evidence',
  },
  noCountry: 'No country given',
  sourceEntry: 'Entry',
  sourceCalendar: 'Calendar (held event)',
  statuses: { behind: 'Behind schedule', on_track: 'On track', ahead: 'Ahead of schedule', done: 'Target reached', not_started: 'Not started' },
  changes: { title: 'Changes since the report of {date}', sheet: 'Changes', asReported: 'As reported', now: 'Now', reopened: 'Periods reopened for corrections', reopenedOn: 'Reopened on', by: 'By', reason: 'Reason' },
};

// The count of rows left out is said after a colon in every other language: no plural forms to agree.
const ro: ReportLabels = {
  title: '{acronym} – raport către donator',
  fileSince: 'raport către donator {to}',
  fileRange: 'raport către donator {from} – {to}',
  projectReport: 'Raport de proiect',
  kind: 'Raport către donator: {period}',
  kindNamed: 'Raport către donator, {name}: {period}',
  reportingPeriod: 'Perioada de raportare',
  duration: 'Durata',
  lead: 'Coordonator',
  partners: 'Parteneri',
  moreRows: 'Rânduri care nu sunt afișate aici: {count}. Le găsiți în raportul Excel.',
  quarterName: 'T{quarter} {year}',
  projectYearName: 'Anul {number} de proiect',
  quarterKey: 'T{quarter} {year}',
  projectYearKey: 'Anul {number}',
  sheets: { project: 'Proiect', indicators: 'Indicatori', byPeriod: 'Pe perioade', byCountry: 'Pe țări', entries: 'Înregistrări' },
  facts: {
    project: 'Proiect',
    fundingProgramme: 'Program de finanțare',
    starts: 'Data de început',
    ends: 'Data de încheiere',
    leadOrganisation: 'Organizația coordonatoare',
    partners: 'Parteneri',
    reportingPeriod: 'Perioada de raportare',
    sinceStart: 'De la începutul proiectului',
    fromTo: 'De la – până la',
    periodFrom: 'Perioada de la',
    periodTo: 'Perioada până la',
    writtenOn: 'Data întocmirii',
  },
  columns: {
    indicator: 'Indicator',
    unit: 'Unitate',
    baseline: 'Valoare de referință',
    target: 'Țintă',
    targetForPeriod: 'Ținta pentru perioadă',
    actualInPeriod: 'Realizat în perioadă',
    fromEntries: 'Din înregistrări',
    fromCalendar: 'Din calendar',
    fromOfficers: 'Din ofițerii din înregistrări',
    cumulativeActual: 'Realizat cumulat',
    expectedByEnd: 'Așteptat până la sfârșitul perioadei',
    expectedToday: 'Așteptat astăzi',
    progress: 'Progres (%)',
    status: 'Stare',
    period: 'Perioadă',
    from: 'De la',
    to: 'Până la',
    actual: 'Realizat',
    cumulativePlanned: 'Planificat cumulat',
    country: 'Țară',
    targetForProject: 'Ținta pentru proiect',
    date: 'Dată',
    count: 'Număr',
    officers: 'Ofițeri',
    countries: 'Țări',
    source: 'Sursă',
    eventOrActivity: 'Eveniment sau activitate',
    note: 'Notă',
    evidence: 'Dovadă',
  },
  noCountry: 'Nicio țară indicată',
  sourceEntry: 'Înregistrare',
  sourceCalendar: 'Calendar (eveniment desfășurat)',
  statuses: { behind: 'În urmă față de grafic', on_track: 'Conform graficului', ahead: 'Înaintea graficului', done: 'Țintă atinsă', not_started: 'Neînceput' },
  changes: { title: 'Modificări față de raportul din {date}', sheet: 'Modificări', asReported: 'Conform raportului', now: 'Acum', reopened: 'Perioade redeschise pentru corecturi', reopenedOn: 'Redeschisă la', by: 'De către', reason: 'Motivul' },
};

const srCyrl: ReportLabels = {
  title: '{acronym} – извештај за донатора',
  fileSince: 'извештај за донатора {to}',
  fileRange: 'извештај за донатора {from} – {to}',
  projectReport: 'Извештај о пројекту',
  kind: 'Извештај за донатора: {period}',
  // The name last: a year closes with a full stop ("3. кв. 2026."), which a colon would follow.
  kindNamed: 'Извештај за донатора: {period} ({name})',
  reportingPeriod: 'Извештајни период',
  duration: 'Трајање',
  lead: 'Водећа организација',
  partners: 'Партнери',
  moreRows: 'Редови који овде нису приказани: {count}. Налазе се у извештају у Excel-у.',
  quarterName: '{quarter}. кв. {year}.',
  projectYearName: '{number}. пројектна година',
  quarterKey: '{quarter}. кв. {year}.',
  projectYearKey: '{number}. година',
  sheets: { project: 'Пројекат', indicators: 'Показатељи', byPeriod: 'По периодима', byCountry: 'По земљама', entries: 'Уноси' },
  facts: {
    project: 'Пројекат',
    fundingProgramme: 'Програм финансирања',
    starts: 'Почетак',
    ends: 'Завршетак',
    leadOrganisation: 'Водећа организација',
    partners: 'Партнери',
    reportingPeriod: 'Извештајни период',
    sinceStart: 'Од почетка пројекта',
    fromTo: 'Од – до',
    periodFrom: 'Период од',
    periodTo: 'Период до',
    writtenOn: 'Датум израде',
  },
  columns: {
    indicator: 'Показатељ',
    unit: 'Јединица',
    baseline: 'Почетна вредност',
    target: 'Циљ',
    targetForPeriod: 'Циљ за период',
    actualInPeriod: 'Остварено у периоду',
    fromEntries: 'Из уноса',
    fromCalendar: 'Из календара',
    fromOfficers: 'Из службеника у уносима',
    cumulativeActual: 'Остварено кумулативно',
    expectedByEnd: 'Очекивано до краја периода',
    expectedToday: 'Очекивано данас',
    progress: 'Напредак (%)',
    status: 'Статус',
    period: 'Период',
    from: 'Од',
    to: 'До',
    actual: 'Остварено',
    cumulativePlanned: 'Планирано кумулативно',
    country: 'Земља',
    targetForProject: 'Циљ за пројекат',
    date: 'Датум',
    count: 'Број',
    officers: 'Службеници',
    countries: 'Земље',
    source: 'Извор',
    eventOrActivity: 'Догађај или активност',
    note: 'Напомена',
    evidence: 'Доказ',
  },
  noCountry: 'Земља није наведена',
  sourceEntry: 'Унос',
  sourceCalendar: 'Календар (одржан догађај)',
  statuses: { behind: 'Касни у односу на план', on_track: 'По плану', ahead: 'Испред плана', done: 'Циљ остварен', not_started: 'Није започето' },
  changes: { title: 'Измене у односу на извештај од {date}', sheet: 'Измене', asReported: 'Према извештају', now: 'Сада', reopened: 'Периоди поново отворени ради исправки', reopenedOn: 'Датум поновног отварања', by: 'Особа', reason: 'Разлог' },
};

const hr: ReportLabels = {
  title: '{acronym} – izvješće za donatora',
  fileSince: 'izvješće za donatora {to}',
  fileRange: 'izvješće za donatora {from} – {to}',
  projectReport: 'Izvješće o projektu',
  kind: 'Izvješće za donatora: {period}',
  kindNamed: 'Izvješće za donatora, {name}: {period}',
  reportingPeriod: 'Izvještajno razdoblje',
  duration: 'Trajanje',
  lead: 'Vodeća organizacija',
  partners: 'Partneri',
  moreRows: 'Retci koji ovdje nisu prikazani: {count}. Nalaze se u izvješću u Excelu.',
  quarterName: 'Q{quarter} {year}',
  projectYearName: '{number}. projektna godina',
  quarterKey: 'Q{quarter} {year}',
  projectYearKey: '{number}. godina',
  sheets: { project: 'Projekt', indicators: 'Pokazatelji', byPeriod: 'Po razdobljima', byCountry: 'Po državama', entries: 'Unosi' },
  facts: {
    project: 'Projekt',
    fundingProgramme: 'Program financiranja',
    starts: 'Početak',
    ends: 'Završetak',
    leadOrganisation: 'Vodeća organizacija',
    partners: 'Partneri',
    reportingPeriod: 'Izvještajno razdoblje',
    sinceStart: 'Od početka projekta',
    fromTo: 'Od – do',
    periodFrom: 'Razdoblje od',
    periodTo: 'Razdoblje do',
    writtenOn: 'Datum izrade',
  },
  columns: {
    indicator: 'Pokazatelj',
    unit: 'Jedinica',
    baseline: 'Početna vrijednost',
    target: 'Cilj',
    targetForPeriod: 'Cilj za razdoblje',
    actualInPeriod: 'Ostvareno u razdoblju',
    fromEntries: 'Iz unosa',
    fromCalendar: 'Iz kalendara',
    fromOfficers: 'Iz službenika u unosima',
    cumulativeActual: 'Ostvareno kumulativno',
    expectedByEnd: 'Očekivano do kraja razdoblja',
    expectedToday: 'Očekivano danas',
    progress: 'Napredak (%)',
    status: 'Status',
    period: 'Razdoblje',
    from: 'Od',
    to: 'Do',
    actual: 'Ostvareno',
    cumulativePlanned: 'Planirano kumulativno',
    country: 'Država',
    targetForProject: 'Cilj za projekt',
    date: 'Datum',
    count: 'Broj',
    officers: 'Službenici',
    countries: 'Države',
    source: 'Izvor',
    eventOrActivity: 'Događaj ili aktivnost',
    note: 'Napomena',
    evidence: 'Dokaz',
  },
  noCountry: 'Država nije navedena',
  sourceEntry: 'Unos',
  sourceCalendar: 'Kalendar (održan događaj)',
  statuses: { behind: 'Kasni u odnosu na plan', on_track: 'Prema planu', ahead: 'Ispred plana', done: 'Cilj ostvaren', not_started: 'Nije započeto' },
  changes: { title: 'Promjene u odnosu na izvješće od {date}', sheet: 'Promjene', asReported: 'Prema izvješću', now: 'Sada', reopened: 'Razdoblja ponovno otvorena radi ispravaka', reopenedOn: 'Datum ponovnog otvaranja', by: 'Osoba', reason: 'Razlog' },
};

const bg: ReportLabels = {
  title: '{acronym} – доклад до донора',
  fileSince: 'доклад до донора {to}',
  fileRange: 'доклад до донора {from} – {to}',
  projectReport: 'Доклад по проекта',
  kind: 'Доклад до донора: {period}',
  kindNamed: 'Доклад до донора, {name}: {period}',
  reportingPeriod: 'Отчетен период',
  duration: 'Продължителност',
  lead: 'Водеща организация',
  partners: 'Партньори',
  moreRows: 'Редове, които не са показани тук: {count}. Те са в доклада в Excel.',
  quarterName: 'Тримесечие {quarter}, {year} г.',
  projectYearName: 'Година {number} на проекта',
  quarterKey: '{quarter} трим. {year}',
  projectYearKey: 'Година {number}',
  sheets: { project: 'Проект', indicators: 'Индикатори', byPeriod: 'По периоди', byCountry: 'По държави', entries: 'Записи' },
  facts: {
    project: 'Проект',
    fundingProgramme: 'Програма за финансиране',
    starts: 'Начало',
    ends: 'Край',
    leadOrganisation: 'Водеща организация',
    partners: 'Партньори',
    reportingPeriod: 'Отчетен период',
    sinceStart: 'От началото на проекта',
    fromTo: 'От – до',
    periodFrom: 'Период от',
    periodTo: 'Период до',
    writtenOn: 'Дата на изготвяне',
  },
  columns: {
    indicator: 'Индикатор',
    unit: 'Мерна единица',
    baseline: 'Базова стойност',
    target: 'Целева стойност',
    targetForPeriod: 'Целева стойност за периода',
    actualInPeriod: 'Постигнато през периода',
    fromEntries: 'От записите',
    fromCalendar: 'От календара',
    fromOfficers: 'От служителите в записите',
    cumulativeActual: 'Постигнато кумулативно',
    expectedByEnd: 'Очаквано до края на периода',
    expectedToday: 'Очаквано днес',
    progress: 'Напредък (%)',
    status: 'Статус',
    period: 'Период',
    from: 'От',
    to: 'До',
    actual: 'Постигнато',
    cumulativePlanned: 'Планирано кумулативно',
    country: 'Държава',
    targetForProject: 'Целева стойност за проекта',
    date: 'Дата',
    count: 'Брой',
    officers: 'Служители',
    countries: 'Държави',
    source: 'Източник',
    eventOrActivity: 'Събитие или дейност',
    note: 'Бележка',
    evidence: 'Доказателство',
  },
  noCountry: 'Без посочена държава',
  sourceEntry: 'Запис',
  sourceCalendar: 'Календар (проведено събитие)',
  statuses: { behind: 'Изостава от графика', on_track: 'По график', ahead: 'Изпреварва графика', done: 'Постигната целева стойност', not_started: 'Не е започнал' },
  changes: { title: 'Промени спрямо доклада от {date}', sheet: 'Промени', asReported: 'Според доклада', now: 'Сега', reopened: 'Периоди, отворени отново за корекции', reopenedOn: 'Отворен отново на', by: 'Лице', reason: 'Причина' },
};

const mk: ReportLabels = {
  title: '{acronym} – извештај до донаторот',
  fileSince: 'извештај до донаторот {to}',
  fileRange: 'извештај до донаторот {from} – {to}',
  projectReport: 'Извештај за проектот',
  kind: 'Извештај до донаторот: {period}',
  kindNamed: 'Извештај до донаторот, {name}: {period}',
  reportingPeriod: 'Извештаен период',
  duration: 'Траење',
  lead: 'Водечка организација',
  partners: 'Партнери',
  moreRows: 'Редови што не се прикажани тука: {count}. Се наоѓаат во извештајот во Excel.',
  quarterName: 'К{quarter} {year}',
  projectYearName: 'Проектна година {number}',
  quarterKey: 'К{quarter} {year}',
  projectYearKey: 'Година {number}',
  sheets: { project: 'Проект', indicators: 'Индикатори', byPeriod: 'По периоди', byCountry: 'По држави', entries: 'Внесови' },
  facts: {
    project: 'Проект',
    fundingProgramme: 'Програма за финансирање',
    starts: 'Почеток',
    ends: 'Крај',
    leadOrganisation: 'Водечка организација',
    partners: 'Партнери',
    reportingPeriod: 'Извештаен период',
    sinceStart: 'Од почетокот на проектот',
    fromTo: 'Од – до',
    periodFrom: 'Период од',
    periodTo: 'Период до',
    writtenOn: 'Датум на изготвување',
  },
  columns: {
    indicator: 'Индикатор',
    unit: 'Единица',
    baseline: 'Почетна вредност',
    target: 'Целна вредност',
    targetForPeriod: 'Целна вредност за периодот',
    actualInPeriod: 'Остварено во периодот',
    fromEntries: 'Од внесовите',
    fromCalendar: 'Од календарот',
    fromOfficers: 'Од службениците во внесовите',
    cumulativeActual: 'Остварено кумулативно',
    expectedByEnd: 'Очекувано до крајот на периодот',
    expectedToday: 'Очекувано денес',
    progress: 'Напредок (%)',
    status: 'Статус',
    period: 'Период',
    from: 'Од',
    to: 'До',
    actual: 'Остварено',
    cumulativePlanned: 'Планирано кумулативно',
    country: 'Држава',
    targetForProject: 'Целна вредност за проектот',
    date: 'Датум',
    count: 'Број',
    officers: 'Службеници',
    countries: 'Држави',
    source: 'Извор',
    eventOrActivity: 'Настан или активност',
    note: 'Забелешка',
    evidence: 'Доказ',
  },
  noCountry: 'Без наведена држава',
  sourceEntry: 'Внес',
  sourceCalendar: 'Календар (одржан настан)',
  statuses: { behind: 'Заостанува зад планот', on_track: 'Според планот', ahead: 'Пред планот', done: 'Целната вредност е постигната', not_started: 'Не е започнато' },
  changes: { title: 'Промени во однос на извештајот од {date}', sheet: 'Промени', asReported: 'Според извештајот', now: 'Сега', reopened: 'Периоди повторно отворени за исправки', reopenedOn: 'Повторно отворен на', by: 'Лице', reason: 'Причина' },
};

const el: ReportLabels = {
  title: '{acronym} – έκθεση προς τον χρηματοδότη',
  fileSince: 'έκθεση προς τον χρηματοδότη {to}',
  fileRange: 'έκθεση προς τον χρηματοδότη {from} – {to}',
  projectReport: 'Έκθεση έργου',
  kind: 'Έκθεση προς τον χρηματοδότη: {period}',
  kindNamed: 'Έκθεση προς τον χρηματοδότη, {name}: {period}',
  reportingPeriod: 'Περίοδος αναφοράς',
  duration: 'Διάρκεια',
  lead: 'Επικεφαλής φορέας',
  partners: 'Εταίροι',
  moreRows: 'Γραμμές που δεν εμφανίζονται εδώ: {count}. Περιλαμβάνονται στην έκθεση Excel.',
  quarterName: 'Τ{quarter} {year}',
  projectYearName: 'Έτος έργου {number}',
  quarterKey: 'Τ{quarter} {year}',
  projectYearKey: 'Έτος {number}',
  sheets: { project: 'Έργο', indicators: 'Δείκτες', byPeriod: 'Ανά περίοδο', byCountry: 'Ανά χώρα', entries: 'Καταχωρίσεις' },
  facts: {
    project: 'Έργο',
    fundingProgramme: 'Πρόγραμμα χρηματοδότησης',
    starts: 'Έναρξη',
    ends: 'Λήξη',
    leadOrganisation: 'Επικεφαλής φορέας',
    partners: 'Εταίροι',
    reportingPeriod: 'Περίοδος αναφοράς',
    sinceStart: 'Από την έναρξη του έργου',
    fromTo: 'Από – έως',
    periodFrom: 'Περίοδος από',
    periodTo: 'Περίοδος έως',
    writtenOn: 'Ημερομηνία σύνταξης',
  },
  columns: {
    indicator: 'Δείκτης',
    unit: 'Μονάδα',
    baseline: 'Τιμή βάσης',
    target: 'Στόχος',
    targetForPeriod: 'Στόχος της περιόδου',
    actualInPeriod: 'Πραγματικό στην περίοδο',
    fromEntries: 'Από καταχωρίσεις',
    fromCalendar: 'Από το ημερολόγιο',
    fromOfficers: 'Από τα στελέχη των καταχωρίσεων',
    cumulativeActual: 'Πραγματικό σωρευτικά',
    expectedByEnd: 'Αναμενόμενο έως το τέλος της περιόδου',
    expectedToday: 'Αναμενόμενο σήμερα',
    progress: 'Πρόοδος (%)',
    status: 'Κατάσταση',
    period: 'Περίοδος',
    from: 'Από',
    to: 'Έως',
    actual: 'Πραγματικό',
    cumulativePlanned: 'Προγραμματισμένο σωρευτικά',
    country: 'Χώρα',
    targetForProject: 'Στόχος του έργου',
    date: 'Ημερομηνία',
    count: 'Πλήθος',
    officers: 'Στελέχη',
    countries: 'Χώρες',
    source: 'Πηγή',
    eventOrActivity: 'Εκδήλωση ή δράση',
    note: 'Σημείωση',
    evidence: 'Τεκμηρίωση',
  },
  noCountry: 'Χωρίς χώρα',
  sourceEntry: 'Καταχώριση',
  sourceCalendar: 'Ημερολόγιο (εκδήλωση που πραγματοποιήθηκε)',
  statuses: { behind: 'Σε καθυστέρηση', on_track: 'Εντός χρονοδιαγράμματος', ahead: 'Πριν από το χρονοδιάγραμμα', done: 'Ο στόχος επιτεύχθηκε', not_started: 'Δεν έχει ξεκινήσει' },
  changes: { title: 'Αλλαγές από την έκθεση της {date}', sheet: 'Αλλαγές', asReported: 'Όπως αναφέρθηκε', now: 'Τώρα', reopened: 'Περίοδοι που άνοιξαν ξανά για διορθώσεις', reopenedOn: 'Άνοιξε ξανά στις', by: 'Από', reason: 'Αιτιολογία' },
};

const tr: ReportLabels = {
  title: '{acronym} – donör raporu',
  fileSince: 'donör raporu {to}',
  fileRange: 'donör raporu {from} – {to}',
  projectReport: 'Proje raporu',
  kind: 'Donör raporu: {period}',
  kindNamed: 'Donör raporu, {name}: {period}',
  reportingPeriod: 'Raporlama dönemi',
  duration: 'Süre',
  lead: 'Lider kuruluş',
  partners: 'Ortaklar',
  moreRows: 'Burada gösterilmeyen satırlar: {count}. Bu satırlar Excel raporunda yer alır.',
  quarterName: '{year} Ç{quarter}',
  projectYearName: '{number}. proje yılı',
  quarterKey: '{year} Ç{quarter}',
  projectYearKey: '{number}. yıl',
  sheets: { project: 'Proje', indicators: 'Göstergeler', byPeriod: 'Dönemlere göre', byCountry: 'Ülkelere göre', entries: 'Veri girişleri' },
  facts: {
    project: 'Proje',
    fundingProgramme: 'Finansman programı',
    starts: 'Başlangıç',
    ends: 'Bitiş',
    leadOrganisation: 'Lider kuruluş',
    partners: 'Ortaklar',
    reportingPeriod: 'Raporlama dönemi',
    sinceStart: 'Projenin başından itibaren',
    fromTo: 'Başlangıç – bitiş',
    periodFrom: 'Dönem başlangıcı',
    periodTo: 'Dönem bitişi',
    writtenOn: 'Düzenlenme tarihi',
  },
  columns: {
    indicator: 'Gösterge',
    unit: 'Birim',
    baseline: 'Başlangıç değeri',
    target: 'Hedef',
    targetForPeriod: 'Dönem hedefi',
    actualInPeriod: 'Dönem içinde gerçekleşen',
    fromEntries: 'Veri girişlerinden',
    fromCalendar: 'Takvimden',
    fromOfficers: 'Veri girişlerindeki personelden',
    cumulativeActual: 'Kümülatif gerçekleşen',
    expectedByEnd: 'Dönem sonuna kadar beklenen',
    expectedToday: 'Bugün beklenen',
    progress: 'İlerleme (%)',
    status: 'Durum',
    period: 'Dönem',
    from: 'Başlangıç',
    to: 'Bitiş',
    actual: 'Gerçekleşen',
    cumulativePlanned: 'Kümülatif planlanan',
    country: 'Ülke',
    targetForProject: 'Proje hedefi',
    date: 'Tarih',
    count: 'Sayı',
    officers: 'Personel',
    countries: 'Ülkeler',
    source: 'Kaynak',
    eventOrActivity: 'Etkinlik veya faaliyet',
    note: 'Not',
    evidence: 'Kanıt',
  },
  noCountry: 'Ülke belirtilmemiş',
  sourceEntry: 'Veri girişi',
  sourceCalendar: 'Takvim (yapılan etkinlik)',
  statuses: { behind: 'Planın gerisinde', on_track: 'Planlandığı gibi', ahead: 'Planın ilerisinde', done: 'Hedefe ulaşıldı', not_started: 'Başlamadı' },
  changes: { title: '{date} tarihli rapordan bu yana değişiklikler', sheet: 'Değişiklikler', asReported: 'Raporlanan', now: 'Şimdi', reopened: 'Düzeltme için yeniden açılan dönemler', reopenedOn: 'Yeniden açılma tarihi', by: 'Açan', reason: 'Gerekçe' },
};

const hu: ReportLabels = {
  title: '{acronym} – támogatói jelentés',
  fileSince: 'támogatói jelentés {to}',
  fileRange: 'támogatói jelentés {from} – {to}',
  projectReport: 'Projektjelentés',
  kind: 'Támogatói jelentés: {period}',
  kindNamed: 'Támogatói jelentés, {name}: {period}',
  reportingPeriod: 'Beszámolási időszak',
  duration: 'Időtartam',
  lead: 'Vezető szervezet',
  partners: 'Partnerek',
  moreRows: 'Az itt nem látható sorok száma: {count}. Ezek az Excel-jelentésben találhatók.',
  quarterName: '{year}. {quarter}. negyedév',
  projectYearName: '{number}. projektév',
  quarterKey: '{year}. {quarter}. negyedév',
  projectYearKey: '{number}. év',
  sheets: { project: 'Projekt', indicators: 'Mutatók', byPeriod: 'Időszakonként', byCountry: 'Országonként', entries: 'Bejegyzések' },
  facts: {
    project: 'Projekt',
    fundingProgramme: 'Finanszírozási program',
    starts: 'Kezdete',
    ends: 'Vége',
    leadOrganisation: 'Vezető szervezet',
    partners: 'Partnerek',
    reportingPeriod: 'Beszámolási időszak',
    sinceStart: 'A projekt kezdetétől',
    fromTo: 'Kezdete – vége',
    periodFrom: 'Az időszak kezdete',
    periodTo: 'Az időszak vége',
    writtenOn: 'Készült',
  },
  columns: {
    indicator: 'Mutató',
    unit: 'Mértékegység',
    baseline: 'Kiinduló érték',
    target: 'Célérték',
    targetForPeriod: 'Az időszak célértéke',
    actualInPeriod: 'Tényleges az időszakban',
    fromEntries: 'Bejegyzésekből',
    fromCalendar: 'A naptárból',
    fromOfficers: 'A bejegyzésekben szereplő tisztekből',
    cumulativeActual: 'Halmozott tényleges',
    expectedByEnd: 'Az időszak végéig várt',
    expectedToday: 'Mára várt',
    progress: 'Előrehaladás (%)',
    status: 'Állapot',
    period: 'Időszak',
    from: 'Kezdete',
    to: 'Vége',
    actual: 'Tényleges',
    cumulativePlanned: 'Halmozott tervezett',
    country: 'Ország',
    targetForProject: 'A projekt célértéke',
    date: 'Dátum',
    count: 'Darabszám',
    officers: 'Tisztek',
    countries: 'Országok',
    source: 'Forrás',
    eventOrActivity: 'Esemény vagy tevékenység',
    note: 'Megjegyzés',
    evidence: 'Igazolás',
  },
  noCountry: 'Nincs megadott ország',
  sourceEntry: 'Bejegyzés',
  sourceCalendar: 'Naptár (megtartott esemény)',
  statuses: { behind: 'Elmarad az ütemtervtől', on_track: 'Ütemterv szerint', ahead: 'Előrébb tart az ütemtervnél', done: 'Célérték teljesítve', not_started: 'Nem kezdődött el' },
  changes: { title: 'Változások a legutóbbi jelentés óta ({date})', sheet: 'Változások', asReported: 'Jelentett érték', now: 'Jelenlegi érték', reopened: 'Javításra újranyitott időszakok', reopenedOn: 'Újranyitás dátuma', by: 'Újranyitotta', reason: 'Indoklás' },
};

export const REPORT_LABELS: Readonly<Record<DocumentLanguage, ReportLabels>> = {
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

/** A label with its `{slots}` filled in: "{count} more rows" → "12 more rows". A slot given no value stays as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
