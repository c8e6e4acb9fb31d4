import type { Body, DocumentLanguage } from '../../../src-shared/contract';
import { mapLabels, serbianLatin } from '../../../src-shared/serbian-latin';

/**
 * A sentence that says a count, by the language's plural category (Intl.PluralRules: one, two, few,
 * many, other); `=1` is for a form that does not show the number and so is right for 1 alone.
 */
export type Plural = { readonly [category in Intl.LDMLPluralRule | '=1']?: string } & { readonly other: string };

/**
 * The sentences of the report after the meeting, per language, with `{slots}` meeting-report.ts
 * fills from the record. Written from the glossaries in `src-renderer/i18n/glossary/` (status: draft,
 * not reviewed by a native speaker); Serbian Latin is the Cyrillic letter for letter. English is what
 * the report always said. Where the record's own words (a title, a city, a body's name, all as typed)
 * would have to agree in case or gender, the sentence names them after a colon or in parentheses instead.
 */
export interface ReportWords {
  /** Under the document's title, and the file name's suffix. */
  heading: string;
  file: string;
  /** The meeting of an event with no title. */
  untitled: string;
  /** `{date}` is one day, or a range of days. */
  onDay: string;
  fromTo: string;
  /** `{when}` from onDay or fromTo, `{term}` from terms (or termMissing, or nothing outside a body), `{venue}` from venue. */
  opening: string;
  venue: string;
  /** Who held the body's chair on the day: `{holder}`. */
  terms: Record<Body['chairTerms'][number]['role'], string>;
  termMissing: string;
  /** A fact the record lacks: `{what}` is one of `what`. */
  missing: string;
  what: { coordinator: string; city: string; venue: string; attendance: string; agenda: string; outcomes: string };
  noAttendance: string;
  /** `{count}` delegations and their `{list}`. */
  memberStates: Plural;
  countries: Plural;
  observers: Plural;
  partners: Plural;
  topics: string;
  noTopics: string;
  /** A title quoted in the language's quotation marks. */
  quoted: string;
  speakers: Plural;
  /** Before the list of conclusions and decisions: `{count}`. */
  agreed: { conclusion: Plural; decision: Plural; mixed: Plural };
  noOutcomes: string;
  /** The previous meeting's action items: `{count}` of `{title}`, `{done}` (or noneDone) and `{open}`. */
  previous: Plural;
  done: Plural;
  noneDone: string;
  open: Plural;
  founded: string;
}

const en: ReportWords = {
  heading: 'Report of the meeting',
  file: 'report',
  untitled: 'The meeting',
  onDay: 'On {date}',
  fromTo: 'From {date}',
  opening: '{when}, the {title}{term} took place in {city}, at {venue}.',
  venue: 'the {venue}',
  terms: { coordinator: ', coordinated by {holder},', presidency: ', under the presidency of {holder},', chair: ', chaired by {holder},', secretariat: ', with the secretariat of {holder},' },
  termMissing: ', {missing},',
  missing: '[{what} not recorded]',
  what: { coordinator: 'who coordinated it', city: 'the city', venue: 'the venue', attendance: 'who attended', agenda: 'the agenda', outcomes: 'the outcomes' },
  noAttendance: '{missing}',
  memberStates: { one: 'Delegations of {count} Member State took part: {list}.', other: 'Delegations of {count} Member States took part: {list}.' },
  countries: { one: 'Delegations of {count} country took part: {list}.', other: 'Delegations of {count} countries took part: {list}.' },
  observers: { one: '{list} attended as an observer.', other: '{list} attended as observers.' },
  partners: { other: 'Operational partners like {list} also attended the meeting.' },
  topics: 'The agenda covered {list}.',
  noTopics: 'The agenda covered {missing}.',
  quoted: '“{text}”',
  speakers: { one: 'The speaker was {list}.', other: 'Speakers included {list}.' },
  agreed: {
    conclusion: { one: 'The participants agreed the following conclusions:', other: 'The participants agreed the following {count} conclusions:' },
    decision: { one: 'The participants agreed the following decisions:', other: 'The participants agreed the following {count} decisions:' },
    mixed: { one: 'The participants agreed the following conclusions and decisions:', other: 'The participants agreed the following {count} conclusions and decisions:' },
  },
  noOutcomes: 'Conclusions and decisions: {missing}.',
  previous: { one: 'Of the {count} action item of the {title}, {done}{open}.', other: 'Of the {count} action items of the {title}, {done}{open}.' },
  done: { one: '{count} was completed ({list})', other: '{count} were completed ({list})' },
  noneDone: 'none was completed yet',
  open: { one: '; {count} remains open ({list})', other: '; {count} remain open ({list})' },
  founded: 'The {body} was established in {year}.',
};

// Romanian: "a avut loc" does not agree with its subject, so the title can open the sentence.
const ro: ReportWords = {
  heading: 'Raportul reuniunii',
  file: 'raport',
  untitled: 'Reuniunea',
  onDay: 'Pe {date}',
  fromTo: 'În perioada {date}',
  opening: '{when}, {title}{term} a avut loc la {city}, la {venue}.',
  venue: '{venue}',
  terms: { coordinator: ', cu {holder} în rolul de coordonator,', presidency: ', cu {holder} la președinție,', chair: ', cu {holder} în rolul de președinte,', secretariat: ', cu {holder} în rolul de secretariat,' },
  termMissing: ', {missing},',
  missing: '[lipsă din evidență: {what}]',
  what: { coordinator: 'coordonatorul', city: 'orașul', venue: 'locul de desfășurare', attendance: 'prezența', agenda: 'ordinea de zi', outcomes: 'concluziile și deciziile' },
  noAttendance: 'Prezența: {missing}.',
  memberStates: {
    one: 'A participat delegația unui stat membru: {list}.',
    few: 'Au participat delegațiile a {count} state membre: {list}.',
    other: 'Au participat delegațiile a {count} de state membre: {list}.',
  },
  countries: { one: 'A participat delegația unei țări: {list}.', few: 'Au participat delegațiile a {count} țări: {list}.', other: 'Au participat delegațiile a {count} de țări: {list}.' },
  observers: { one: 'A participat în calitate de observator: {list}.', other: 'Au participat în calitate de observatori: {list}.' },
  partners: { '=1': 'A participat, de asemenea, un partener operațional: {list}.', other: 'Au participat, de asemenea, parteneri operaționali: {list}.' },
  topics: 'Ordinea de zi a cuprins {list}.',
  noTopics: 'Ordinea de zi: {missing}.',
  quoted: '„{text}”',
  speakers: { one: 'Vorbitor: {list}.', other: 'Vorbitori: {list}.' },
  agreed: {
    conclusion: { one: 'Participanții au adoptat următoarea concluzie:', few: 'Participanții au adoptat următoarele {count} concluzii:', other: 'Participanții au adoptat următoarele {count} de concluzii:' },
    decision: { one: 'Participanții au adoptat următoarea decizie:', few: 'Participanții au adoptat următoarele {count} decizii:', other: 'Participanții au adoptat următoarele {count} de decizii:' },
    mixed: { few: 'Participanții au adoptat următoarele {count} concluzii și decizii:', other: 'Participanții au adoptat următoarele {count} de concluzii și decizii:' },
  },
  noOutcomes: 'Concluzii și decizii: {missing}.',
  previous: { other: 'Acțiunile stabilite la reuniunea anterioară ({title}), în total {count}: {done}{open}.' },
  done: { other: 'finalizate ({count}): {list}' },
  noneDone: 'niciuna nu a fost încă finalizată',
  open: { other: '; în curs ({count}): {list}' },
  founded: 'Anul înființării organismului {body}: {year}.',
};

// Serbian (and the other Slavic languages): the numbered count agrees by CLDR's one/few/other,
// "Учествовала је 1 / 21 држава", "Учествовале су 3 државе", "Учествовало је 5 држава".
const srCyrl: ReportWords = {
  heading: 'Извештај са састанка',
  file: 'извештај',
  untitled: 'Састанак',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Датум и место одржавања: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (координатор: {holder})', presidency: ' (председавање: {holder})', chair: ' (председавајући: {holder})', secretariat: ' (секретаријат: {holder})' },
  termMissing: ' ({missing})',
  missing: '[није забележено: {what}]',
  what: { coordinator: 'координатор', city: 'град', venue: 'место одржавања', attendance: 'присуство', agenda: 'дневни ред', outcomes: 'закључци и одлуке' },
  noAttendance: 'Присуство: {missing}.',
  memberStates: { one: 'Учествовала је {count} држава чланица: {list}.', few: 'Учествовале су {count} државе чланице: {list}.', other: 'Учествовало је {count} држава чланица: {list}.' },
  countries: { one: 'Учествовала је {count} држава: {list}.', few: 'Учествовале су {count} државе: {list}.', other: 'Учествовало је {count} држава: {list}.' },
  observers: { '=1': 'Посматрач: {list}.', other: 'Посматрачи: {list}.' },
  partners: { '=1': 'Састанку је присуствовао и оперативни партнер {list}.', other: 'Састанку су присуствовали и оперативни партнери: {list}.' },
  topics: 'Дневни ред обухватио је следеће теме: {list}.',
  noTopics: 'Дневни ред: {missing}.',
  quoted: '„{text}“',
  speakers: { '=1': 'Говорник: {list}.', other: 'Говорници: {list}.' },
  agreed: {
    conclusion: { '=1': 'Учесници су усвојили следећи закључак:', other: 'Учесници су усвојили следеће закључке ({count}):' },
    decision: { '=1': 'Учесници су усвојили следећу одлуку:', other: 'Учесници су усвојили следеће одлуке ({count}):' },
    mixed: { other: 'Учесници су усвојили следеће закључке и одлуке ({count}):' },
  },
  noOutcomes: 'Закључци и одлуке: {missing}.',
  previous: { other: 'Задаци са претходног састанка ({title}), укупно {count} – {done}{open}.' },
  done: { other: 'извршени ({count}): {list}' },
  noneDone: 'ниједан још није извршен',
  open: { other: '; отворени ({count}): {list}' },
  founded: '{body} – година оснивања: {year}.',
};

const hr: ReportWords = {
  heading: 'Izvješće sa sastanka',
  file: 'izvješće',
  untitled: 'Sastanak',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Datum i mjesto održavanja: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (koordinator: {holder})', presidency: ' (predsjedanje: {holder})', chair: ' (predsjedatelj: {holder})', secretariat: ' (tajništvo: {holder})' },
  termMissing: ' ({missing})',
  missing: '[nije zabilježeno: {what}]',
  what: { coordinator: 'koordinator', city: 'grad', venue: 'mjesto održavanja', attendance: 'prisutnost', agenda: 'dnevni red', outcomes: 'zaključci i odluke' },
  noAttendance: 'Prisutnost: {missing}.',
  memberStates: { one: 'Sudjelovala je {count} država članica: {list}.', few: 'Sudjelovale su {count} države članice: {list}.', other: 'Sudjelovalo je {count} država članica: {list}.' },
  countries: { one: 'Sudjelovala je {count} država: {list}.', few: 'Sudjelovale su {count} države: {list}.', other: 'Sudjelovalo je {count} država: {list}.' },
  observers: { '=1': 'Promatrač: {list}.', other: 'Promatrači: {list}.' },
  partners: { '=1': 'Sastanku je nazočio i operativni partner {list}.', other: 'Sastanku su nazočili i operativni partneri: {list}.' },
  topics: 'Dnevni red obuhvatio je sljedeće teme: {list}.',
  noTopics: 'Dnevni red: {missing}.',
  quoted: '„{text}“',
  speakers: { '=1': 'Govornik: {list}.', other: 'Govornici: {list}.' },
  agreed: {
    conclusion: { '=1': 'Sudionici su usvojili sljedeći zaključak:', other: 'Sudionici su usvojili sljedeće zaključke ({count}):' },
    decision: { '=1': 'Sudionici su usvojili sljedeću odluku:', other: 'Sudionici su usvojili sljedeće odluke ({count}):' },
    mixed: { other: 'Sudionici su usvojili sljedeće zaključke i odluke ({count}):' },
  },
  noOutcomes: 'Zaključci i odluke: {missing}.',
  previous: { other: 'Zadaci s prethodnog sastanka ({title}), ukupno {count} – {done}{open}.' },
  done: { other: 'izvršeni ({count}): {list}' },
  noneDone: 'nijedan još nije izvršen',
  open: { other: '; otvoreni ({count}): {list}' },
  founded: '{body} – godina osnivanja: {year}.',
};

const bs: ReportWords = {
  heading: 'Izvještaj sa sastanka',
  file: 'izvještaj',
  untitled: 'Sastanak',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Datum i mjesto održavanja: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (koordinator: {holder})', presidency: ' (predsjedavanje: {holder})', chair: ' (predsjedavajući: {holder})', secretariat: ' (sekretarijat: {holder})' },
  termMissing: ' ({missing})',
  missing: '[nije zabilježeno: {what}]',
  what: { coordinator: 'koordinator', city: 'grad', venue: 'mjesto održavanja', attendance: 'prisustvo', agenda: 'dnevni red', outcomes: 'zaključci i odluke' },
  noAttendance: 'Prisustvo: {missing}.',
  memberStates: { one: 'Učestvovala je {count} država članica: {list}.', few: 'Učestvovale su {count} države članice: {list}.', other: 'Učestvovalo je {count} država članica: {list}.' },
  countries: { one: 'Učestvovala je {count} država: {list}.', few: 'Učestvovale su {count} države: {list}.', other: 'Učestvovalo je {count} država: {list}.' },
  observers: { '=1': 'Posmatrač: {list}.', other: 'Posmatrači: {list}.' },
  partners: { '=1': 'Sastanku je prisustvovao i operativni partner {list}.', other: 'Sastanku su prisustvovali i operativni partneri: {list}.' },
  topics: 'Dnevni red obuhvatio je sljedeće teme: {list}.',
  noTopics: 'Dnevni red: {missing}.',
  quoted: '„{text}“',
  speakers: { '=1': 'Govornik: {list}.', other: 'Govornici: {list}.' },
  agreed: {
    conclusion: { '=1': 'Učesnici su usvojili sljedeći zaključak:', other: 'Učesnici su usvojili sljedeće zaključke ({count}):' },
    decision: { '=1': 'Učesnici su usvojili sljedeću odluku:', other: 'Učesnici su usvojili sljedeće odluke ({count}):' },
    mixed: { other: 'Učesnici su usvojili sljedeće zaključke i odluke ({count}):' },
  },
  noOutcomes: 'Zaključci i odluke: {missing}.',
  previous: { other: 'Zadaci sa prethodnog sastanka ({title}), ukupno {count} – {done}{open}.' },
  done: { other: 'izvršeni ({count}): {list}' },
  noneDone: 'nijedan još nije izvršen',
  open: { other: '; otvoreni ({count}): {list}' },
  founded: '{body} – godina osnivanja: {year}.',
};

// Bulgarian and Macedonian: the aorist "се проведе", "се одржа" does not agree with its subject.
const bg: ReportWords = {
  heading: 'Доклад от срещата',
  file: 'доклад',
  untitled: 'Срещата',
  onDay: 'на {date}',
  fromTo: 'в периода {date}',
  opening: '{title}{term} се проведе {when} в {city} ({venue}).',
  venue: '{venue}',
  terms: { coordinator: ' (координатор: {holder})', presidency: ' (председателство: {holder})', chair: ' (председател: {holder})', secretariat: ' (секретариат: {holder})' },
  termMissing: ' ({missing})',
  missing: '[не е записано: {what}]',
  what: { coordinator: 'координатор', city: 'град', venue: 'място на провеждане', attendance: 'присъствие', agenda: 'дневен ред', outcomes: 'заключения и решения' },
  noAttendance: 'Присъствие: {missing}.',
  memberStates: { one: 'Участва делегация на {count} държава членка: {list}.', other: 'Участваха делегации на {count} държави членки: {list}.' },
  countries: { one: 'Участва делегация на {count} държава: {list}.', other: 'Участваха делегации на {count} държави: {list}.' },
  observers: { '=1': 'Наблюдател: {list}.', other: 'Наблюдатели: {list}.' },
  partners: { '=1': 'На срещата присъства и оперативен партньор: {list}.', other: 'На срещата присъстваха и оперативни партньори: {list}.' },
  topics: 'Дневният ред включваше {list}.',
  noTopics: 'Дневен ред: {missing}.',
  quoted: '„{text}“',
  speakers: { '=1': 'Лектор: {list}.', other: 'Лектори: {list}.' },
  agreed: {
    conclusion: { '=1': 'Участниците приеха следното заключение:', other: 'Участниците приеха следните заключения ({count}):' },
    decision: { '=1': 'Участниците приеха следното решение:', other: 'Участниците приеха следните решения ({count}):' },
    mixed: { other: 'Участниците приеха следните заключения и решения ({count}):' },
  },
  noOutcomes: 'Заключения и решения: {missing}.',
  previous: { other: 'Задачи от предходната среща ({title}), общо {count}: {done}{open}.' },
  done: { other: 'изпълнени ({count}): {list}' },
  noneDone: 'все още няма изпълнени',
  open: { other: '; неизпълнени ({count}): {list}' },
  founded: '{body} – година на създаване: {year}.',
};

const mk: ReportWords = {
  heading: 'Извештај од состанокот',
  file: 'извештај',
  untitled: 'Состанокот',
  onDay: 'на {date}',
  fromTo: 'во периодот {date}',
  opening: '{title}{term} се одржа {when} во {city} ({venue}).',
  venue: '{venue}',
  terms: { coordinator: ' (координатор: {holder})', presidency: ' (претседавање: {holder})', chair: ' (претседавач: {holder})', secretariat: ' (секретаријат: {holder})' },
  termMissing: ' ({missing})',
  missing: '[не е запишано: {what}]',
  what: { coordinator: 'координатор', city: 'град', venue: 'место на одржување', attendance: 'присуство', agenda: 'дневен ред', outcomes: 'заклучоци и одлуки' },
  noAttendance: 'Присуство: {missing}.',
  memberStates: { one: 'Учествуваше делегација на {count} држава членка: {list}.', other: 'Учествуваа делегации на {count} држави членки: {list}.' },
  countries: { one: 'Учествуваше делегација на {count} држава: {list}.', other: 'Учествуваа делегации на {count} држави: {list}.' },
  observers: { '=1': 'Набљудувач: {list}.', other: 'Набљудувачи: {list}.' },
  partners: { '=1': 'На состанокот присуствуваше и оперативен партнер: {list}.', other: 'На состанокот присуствуваа и оперативни партнери: {list}.' },
  topics: 'Дневниот ред ги опфати темите {list}.',
  noTopics: 'Дневен ред: {missing}.',
  quoted: '„{text}“',
  speakers: { '=1': 'Говорник: {list}.', other: 'Говорници: {list}.' },
  agreed: {
    conclusion: { '=1': 'Учесниците го усвоија следниов заклучок:', other: 'Учесниците ги усвоија следниве заклучоци ({count}):' },
    decision: { '=1': 'Учесниците ја усвоија следнава одлука:', other: 'Учесниците ги усвоија следниве одлуки ({count}):' },
    mixed: { other: 'Учесниците ги усвоија следниве заклучоци и одлуки ({count}):' },
  },
  noOutcomes: 'Заклучоци и одлуки: {missing}.',
  previous: { other: 'Задачи од претходниот состанок ({title}), вкупно {count}: {done}{open}.' },
  done: { other: 'извршени ({count}): {list}' },
  noneDone: 'сè уште ниедна не е извршена',
  open: { other: '; отворени ({count}): {list}' },
  founded: '{body} – година на основање: {year}.',
};

// Slovenian has a dual: "2 državi članici" beside "3 države članice" and "5 držav članic".
const sl: ReportWords = {
  heading: 'Poročilo o sestanku',
  file: 'poročilo',
  untitled: 'Sestanek',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Datum in kraj sestanka: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (koordinator: {holder})', presidency: ' (predsedovanje: {holder})', chair: ' (predsedujoči: {holder})', secretariat: ' (sekretariat: {holder})' },
  termMissing: ' ({missing})',
  missing: '[ni zabeleženo: {what}]',
  what: { coordinator: 'koordinator', city: 'kraj', venue: 'prizorišče', attendance: 'prisotnost', agenda: 'dnevni red', outcomes: 'ugotovitve in sklepi' },
  noAttendance: 'Prisotnost: {missing}.',
  memberStates: {
    one: 'Sestanka se je udeležila {count} država članica: {list}.',
    two: 'Sestanka sta se udeležili {count} državi članici: {list}.',
    few: 'Sestanka so se udeležile {count} države članice: {list}.',
    other: 'Sestanka se je udeležilo {count} držav članic: {list}.',
  },
  countries: {
    one: 'Sestanka se je udeležila {count} država: {list}.',
    two: 'Sestanka sta se udeležili {count} državi: {list}.',
    few: 'Sestanka so se udeležile {count} države: {list}.',
    other: 'Sestanka se je udeležilo {count} držav: {list}.',
  },
  observers: { '=1': 'Opazovalec: {list}.', other: 'Opazovalci: {list}.' },
  partners: { '=1': 'Sestanka se je udeležil tudi operativni partner {list}.', other: 'Sestanka so se udeležili tudi operativni partnerji: {list}.' },
  topics: 'Dnevni red je obsegal naslednje teme: {list}.',
  noTopics: 'Dnevni red: {missing}.',
  quoted: '»{text}«',
  speakers: { '=1': 'Govornik: {list}.', other: 'Govorniki: {list}.' },
  agreed: {
    conclusion: { '=1': 'Udeleženci so sprejeli naslednjo ugotovitev:', other: 'Udeleženci so sprejeli naslednje ugotovitve ({count}):' },
    decision: { '=1': 'Udeleženci so sprejeli naslednji sklep:', other: 'Udeleženci so sprejeli naslednje sklepe ({count}):' },
    mixed: { other: 'Udeleženci so sprejeli naslednje ugotovitve in sklepe ({count}):' },
  },
  noOutcomes: 'Ugotovitve in sklepi: {missing}.',
  previous: { other: 'Naloge s prejšnjega sestanka ({title}), skupaj {count} – {done}{open}.' },
  done: { other: 'opravljene ({count}): {list}' },
  noneDone: 'nobena še ni opravljena',
  open: { other: '; odprte ({count}): {list}' },
  founded: '{body} – leto ustanovitve: {year}.',
};

const el: ReportWords = {
  heading: 'Έκθεση της συνεδρίασης',
  file: 'έκθεση',
  untitled: 'Η συνεδρίαση',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Ημερομηνία και τόπος διεξαγωγής: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (συντονισμός: {holder})', presidency: ' (Προεδρία: {holder})', chair: ' (πρόεδρος: {holder})', secretariat: ' (γραμματεία: {holder})' },
  termMissing: ' ({missing})',
  missing: '[δεν έχει καταγραφεί: {what}]',
  what: { coordinator: 'συντονιστής', city: 'πόλη', venue: 'χώρος διεξαγωγής', attendance: 'συμμετοχή', agenda: 'ημερήσια διάταξη', outcomes: 'συμπεράσματα και αποφάσεις' },
  noAttendance: 'Συμμετοχή: {missing}.',
  memberStates: { one: 'Συμμετείχε αντιπροσωπεία {count} κράτους μέλους: {list}.', other: 'Συμμετείχαν αντιπροσωπείες {count} κρατών μελών: {list}.' },
  countries: { one: 'Συμμετείχε αντιπροσωπεία {count} χώρας: {list}.', other: 'Συμμετείχαν αντιπροσωπείες {count} χωρών: {list}.' },
  observers: { '=1': 'Παρατηρητής: {list}.', other: 'Παρατηρητές: {list}.' },
  partners: { '=1': 'Στη συνεδρίαση συμμετείχε επίσης επιχειρησιακός εταίρος: {list}.', other: 'Στη συνεδρίαση συμμετείχαν επίσης επιχειρησιακοί εταίροι: {list}.' },
  topics: 'Η ημερήσια διάταξη περιλάμβανε τα θέματα {list}.',
  noTopics: 'Ημερήσια διάταξη: {missing}.',
  quoted: '«{text}»',
  speakers: { '=1': 'Ομιλητής: {list}.', other: 'Ομιλητές: {list}.' },
  agreed: {
    conclusion: { '=1': 'Οι συμμετέχοντες ενέκριναν το ακόλουθο συμπέρασμα:', other: 'Οι συμμετέχοντες ενέκριναν τα ακόλουθα συμπεράσματα ({count}):' },
    decision: { '=1': 'Οι συμμετέχοντες ενέκριναν την ακόλουθη απόφαση:', other: 'Οι συμμετέχοντες ενέκριναν τις ακόλουθες αποφάσεις ({count}):' },
    mixed: { other: 'Οι συμμετέχοντες ενέκριναν τα ακόλουθα συμπεράσματα και αποφάσεις ({count}):' },
  },
  noOutcomes: 'Συμπεράσματα και αποφάσεις: {missing}.',
  previous: { other: 'Ενέργειες της προηγούμενης συνεδρίασης ({title}), συνολικά {count}: {done}{open}.' },
  done: { other: 'ολοκληρώθηκαν ({count}): {list}' },
  noneDone: 'καμία δεν έχει ολοκληρωθεί ακόμη',
  open: { other: '; εκκρεμούν ({count}): {list}' },
  founded: '{body} – έτος ίδρυσης: {year}.',
};

// Turkish: suffixes go on the sentence's own words ("{count} sonucu"), never on a name from the record.
const tr: ReportWords = {
  heading: 'Toplantı raporu',
  file: 'rapor',
  untitled: 'Toplantı',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Tarih ve yer: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (koordinatör: {holder})', presidency: ' (dönem başkanlığı: {holder})', chair: ' (başkan: {holder})', secretariat: ' (sekretarya: {holder})' },
  termMissing: ' ({missing})',
  missing: '[kayıtlı değil: {what}]',
  what: { coordinator: 'koordinatör', city: 'şehir', venue: 'toplantı yeri', attendance: 'katılım', agenda: 'gündem', outcomes: 'sonuçlar ve kararlar' },
  noAttendance: 'Katılım: {missing}.',
  memberStates: { one: 'Toplantıya {count} üye devletin heyeti katıldı: {list}.', other: 'Toplantıya {count} üye devletin heyetleri katıldı: {list}.' },
  countries: { one: 'Toplantıya {count} ülkenin heyeti katıldı: {list}.', other: 'Toplantıya {count} ülkenin heyetleri katıldı: {list}.' },
  observers: { '=1': 'Gözlemci: {list}.', other: 'Gözlemciler: {list}.' },
  partners: { '=1': 'Toplantıya bir operasyonel ortak da katıldı: {list}.', other: 'Toplantıya operasyonel ortaklar da katıldı: {list}.' },
  topics: 'Gündemde şu konular yer aldı: {list}.',
  noTopics: 'Gündem: {missing}.',
  quoted: '“{text}”',
  speakers: { '=1': 'Konuşmacı: {list}.', other: 'Konuşmacılar: {list}.' },
  agreed: {
    conclusion: { '=1': 'Katılımcılar aşağıdaki sonucu kabul etti:', other: 'Katılımcılar aşağıdaki {count} sonucu kabul etti:' },
    decision: { '=1': 'Katılımcılar aşağıdaki kararı kabul etti:', other: 'Katılımcılar aşağıdaki {count} kararı kabul etti:' },
    mixed: { other: 'Katılımcılar aşağıdaki {count} sonuç ve kararı kabul etti:' },
  },
  noOutcomes: 'Sonuçlar ve kararlar: {missing}.',
  previous: { other: 'Önceki toplantının ({title}) eylem maddeleri, toplam {count}: {done}{open}.' },
  done: { other: 'tamamlanan ({count}): {list}' },
  noneDone: 'henüz tamamlanan yok',
  open: { other: '; açık olan ({count}): {list}' },
  founded: '{body} – kuruluş yılı: {year}.',
};

// Albanian: "u mbajt" does not agree with its subject; dates follow "më", as the glossary writes them.
const sq: ReportWords = {
  heading: 'Raporti i mbledhjes',
  file: 'raporti',
  untitled: 'Mbledhja',
  onDay: 'më {date}',
  fromTo: 'më {date}',
  opening: '{title}{term} u mbajt {when} në {city}, në {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (koordinator: {holder})', presidency: ' (presidenca: {holder})', chair: ' (kryesues: {holder})', secretariat: ' (sekretariati: {holder})' },
  termMissing: ' ({missing})',
  missing: '[nuk është regjistruar: {what}]',
  what: { coordinator: 'koordinatori', city: 'qyteti', venue: 'vendi i zhvillimit', attendance: 'pjesëmarrja', agenda: 'rendi i ditës', outcomes: 'përfundimet dhe vendimet' },
  noAttendance: 'Pjesëmarrja: {missing}.',
  memberStates: { one: 'Mori pjesë delegacioni i {count} shteti anëtar: {list}.', other: 'Morën pjesë delegacionet e {count} shteteve anëtare: {list}.' },
  countries: { one: 'Mori pjesë delegacioni i {count} shteti: {list}.', other: 'Morën pjesë delegacionet e {count} shteteve: {list}.' },
  observers: { '=1': 'Vëzhguesi: {list}.', other: 'Vëzhguesit: {list}.' },
  partners: { '=1': 'Në mbledhje mori pjesë edhe një partner operacional: {list}.', other: 'Në mbledhje morën pjesë edhe partnerët operacionalë: {list}.' },
  topics: 'Rendi i ditës përfshiu temat {list}.',
  noTopics: 'Rendi i ditës: {missing}.',
  quoted: '“{text}”',
  speakers: { '=1': 'Folësi: {list}.', other: 'Folësit: {list}.' },
  agreed: {
    conclusion: { '=1': 'Pjesëmarrësit miratuan përfundimin e mëposhtëm:', other: 'Pjesëmarrësit miratuan {count} përfundime, si më poshtë:' },
    decision: { '=1': 'Pjesëmarrësit miratuan vendimin e mëposhtëm:', other: 'Pjesëmarrësit miratuan {count} vendime, si më poshtë:' },
    mixed: { other: 'Pjesëmarrësit miratuan {count} përfundime dhe vendime, si më poshtë:' },
  },
  noOutcomes: 'Përfundimet dhe vendimet: {missing}.',
  previous: { other: 'Detyrat e mbledhjes së mëparshme ({title}), gjithsej {count}: {done}{open}.' },
  done: { other: 'të kryera ({count}): {list}' },
  noneDone: 'asnjë nuk është kryer ende',
  open: { other: '; të hapura ({count}): {list}' },
  founded: '{body} – viti i themelimit: {year}.',
};

// Hungarian: a number takes the singular ("3 tagállam"); the case endings stay on the sentence's own words.
const hu: ReportWords = {
  heading: 'Jelentés az ülésről',
  file: 'jelentés',
  untitled: 'Az ülés',
  onDay: '{date}',
  fromTo: '{date}',
  opening: '{title}{term}. Időpont és helyszín: {when}, {city}, {venue}.',
  venue: '{venue}',
  terms: { coordinator: ' (koordinátor: {holder})', presidency: ' (soros elnökség: {holder})', chair: ' (elnök: {holder})', secretariat: ' (titkárság: {holder})' },
  termMissing: ' ({missing})',
  missing: '[nincs rögzítve: {what}]',
  what: { coordinator: 'koordinátor', city: 'város', venue: 'helyszín', attendance: 'részvétel', agenda: 'napirend', outcomes: 'következtetések és döntések' },
  noAttendance: 'Részvétel: {missing}.',
  memberStates: { one: '{count} tagállam delegációja vett részt: {list}.', other: '{count} tagállam delegációi vettek részt: {list}.' },
  countries: { one: '{count} ország delegációja vett részt: {list}.', other: '{count} ország delegációi vettek részt: {list}.' },
  observers: { '=1': 'Megfigyelő: {list}.', other: 'Megfigyelők: {list}.' },
  partners: { '=1': 'Az ülésen operatív partner is részt vett: {list}.', other: 'Az ülésen operatív partnerek is részt vettek: {list}.' },
  topics: 'A napirenden a következő témák szerepeltek: {list}.',
  noTopics: 'Napirend: {missing}.',
  quoted: '„{text}”',
  speakers: { '=1': 'Előadó: {list}.', other: 'Előadók: {list}.' },
  agreed: {
    conclusion: { '=1': 'A résztvevők a következő következtetést fogadták el:', other: 'A résztvevők a következő {count} következtetést fogadták el:' },
    decision: { '=1': 'A résztvevők a következő döntést hozták:', other: 'A résztvevők a következő {count} döntést hozták:' },
    mixed: { other: 'A résztvevők a következő {count} következtetést és döntést fogadták el:' },
  },
  noOutcomes: 'Következtetések és döntések: {missing}.',
  previous: { other: 'Az előző ülés ({title}) feladatai, összesen {count}: {done}{open}.' },
  done: { other: 'teljesítve ({count}): {list}' },
  noneDone: 'még egy sem teljesült',
  open: { other: '; nyitott ({count}): {list}' },
  founded: '{body} – alapítás éve: {year}.',
};

export const REPORT_WORDS: Readonly<Record<DocumentLanguage, ReportWords>> = {
  en,
  ro,
  'sr-Cyrl': srCyrl,
  'sr-Latn': mapLabels(srCyrl, serbianLatin),
  hr,
  bs,
  bg,
  mk,
  sl,
  el,
  tr,
  sq,
  hu,
};
