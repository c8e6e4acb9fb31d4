import type { DocumentLanguage } from '../../../src-shared/contract';
import { serbianLatin } from '../../../src-shared/serbian-latin';

/**
 * A reminder's subject and text per language, with the pack's placeholders. Written from the
 * glossaries and the interface catalogs' own terms (draft, like them, until a native speaker reviews
 * them). Outside English the facts stand in a list ("Rok: субота, 10. јануар 2026."), so that no
 * name or date must be declined to fit a sentence.
 */
export interface ReminderWords {
  subject: string;
  text: string;
}

const facts = (meeting: string, dates: string, venue: string, delegation: string, deadline: string) =>
  `${meeting}: {{title}}\n${dates}: {{dates}}\n${venue}: {{venue}}\n${delegation}: {{delegation}}\n${deadline}: {{deadline}}`;

const letter = (greeting: string, body: string, list: string, closing: string) => `${greeting}\n\n${body}\n\n${list}\n\n${closing}\n{{sender}}`;

const srCyrl: ReminderWords = {
  subject: 'Подсетник: номинације – {{title}}',
  text: letter(
    'Поштоване колеге,',
    'Још нисмо примили номинације ваше делегације за састанак наведен у наставку. У прилогу поново шаљемо образац за номинацију: молимо вас да га попуните и вратите нам.',
    facts('Састанак', 'Датум', 'Место', 'Делегација', 'Рок за номинације'),
    'С поштовањем,',
  ),
};

export const REMINDER_WORDS: Readonly<Record<DocumentLanguage, ReminderWords>> = {
  en: {
    subject: 'Reminder: nominations for the {{title}}',
    text: 'Dear colleagues,\n\nWe have not yet received the nominations of {{delegation}} for the {{title}}, {{dates}}, {{venue}}, which we asked for by {{deadline}}. The nomination form is attached again: please fill it in and send it back.\n\nKind regards,\n{{sender}}',
  },
  ro: {
    subject: 'Memento: nominalizări – {{title}}',
    text: letter(
      'Stimați colegi,',
      'Nu am primit încă nominalizările delegației dumneavoastră pentru reuniunea de mai jos. Vă transmitem din nou, atașat, formularul de nominalizare: vă rugăm să îl completați și să ni-l trimiteți înapoi.',
      facts('Reuniunea', 'Data', 'Locul de desfășurare', 'Delegația', 'Termenul pentru nominalizări'),
      'Cu stimă,',
    ),
  },
  'sr-Cyrl': srCyrl,
  'sr-Latn': { subject: serbianLatin(srCyrl.subject), text: serbianLatin(srCyrl.text) },
  hr: {
    subject: 'Podsjetnik: imenovanja – {{title}}',
    text: letter(
      'Poštovane kolegice i kolege,',
      'Još nismo primili imenovanja vašeg izaslanstva za sastanak naveden u nastavku. U privitku ponovno šaljemo obrazac za imenovanje: molimo vas da ga ispunite i vratite nam.',
      facts('Sastanak', 'Datum', 'Mjesto održavanja', 'Izaslanstvo', 'Rok za imenovanja'),
      'S poštovanjem,',
    ),
  },
  bs: {
    subject: 'Podsjetnik: nominacije – {{title}}',
    text: letter(
      'Poštovane kolege,',
      'Još nismo primili nominacije vaše delegacije za sastanak naveden u nastavku. U prilogu ponovo šaljemo obrazac za nominaciju: molimo vas da ga popunite i vratite nam.',
      facts('Sastanak', 'Datum', 'Mjesto održavanja', 'Delegacija', 'Rok za nominacije'),
      'S poštovanjem,',
    ),
  },
  bg: {
    subject: 'Напомняне: номинации – {{title}}',
    text: letter(
      'Уважаеми колеги,',
      'Все още не сме получили номинациите на Вашата делегация за посочената по-долу среща. Изпращаме отново приложен формуляра за номинации: моля, попълнете го и ни го върнете.',
      facts('Среща', 'Дата', 'Място на провеждане', 'Делегация', 'Срок за номинации'),
      'С уважение,',
    ),
  },
  mk: {
    subject: 'Потсетник: номинации – {{title}}',
    text: letter(
      'Почитувани колеги,',
      'Сè уште не ги добивме номинациите на вашата делегација за состанокот наведен подолу. Во прилог повторно го испраќаме образецот за номинација: ве молиме пополнете го и вратете ни го.',
      facts('Состанок', 'Датум', 'Место на одржување', 'Делегација', 'Рок за номинации'),
      'Со почит,',
    ),
  },
  el: {
    subject: 'Υπενθύμιση: ορισμοί συμμετεχόντων – {{title}}',
    text: letter(
      'Αγαπητοί συνάδελφοι,',
      'Δεν έχουμε λάβει ακόμη τους ορισμούς της αντιπροσωπείας σας για τη συνάντηση που αναφέρεται παρακάτω. Επισυνάπτουμε ξανά το έντυπο ορισμού: παρακαλούμε συμπληρώστε το και στείλτε το μας πίσω.',
      facts('Συνάντηση', 'Ημερομηνίες', 'Τόπος διεξαγωγής', 'Αντιπροσωπεία', 'Προθεσμία ορισμών'),
      'Με εκτίμηση,',
    ),
  },
  tr: {
    subject: 'Hatırlatma: aday bildirimleri – {{title}}',
    text: letter(
      'Değerli meslektaşlarımız,',
      'Aşağıda belirtilen toplantı için heyetinizin aday bildirimlerini henüz almadık. Aday bildirim formunu yeniden ekte gönderiyoruz: lütfen doldurup bize geri gönderiniz.',
      facts('Toplantı', 'Tarih', 'Toplantı yeri', 'Heyet', 'Aday bildirimi için son tarih'),
      'Saygılarımızla,',
    ),
  },
  hu: {
    subject: 'Emlékeztető: jelölések – {{title}}',
    text: letter(
      'Tisztelt Kollégák!',
      'Az alább megnevezett ülésre még nem kaptuk meg delegációjuk jelöléseit. Mellékelten ismét megküldjük a jelölési űrlapot: kérjük, töltsék ki, és küldjék vissza nekünk.',
      facts('Ülés', 'Időpont', 'Helyszín', 'Delegáció', 'A jelölések határideje'),
      'Tisztelettel:',
    ),
  },
  sq: {
    subject: 'Kujtesë: emërimet – {{title}}',
    text: letter(
      'Të nderuar kolegë,',
      'Ende nuk kemi marrë emërimet e delegacionit tuaj për takimin e mëposhtëm. Po ju dërgojmë sërish, bashkëngjitur, formularin e emërimit: ju lutemi ta plotësoni dhe të na e ktheni.',
      facts('Takimi', 'Data', 'Vendi i zhvillimit', 'Delegacioni', 'Afati për emërimet'),
      'Me respekt,',
    ),
  },
  sl: {
    subject: 'Opomnik: imenovanja – {{title}}',
    text: letter(
      'Spoštovani kolegi,',
      'Imenovanj vaše delegacije za spodaj navedeni sestanek še nismo prejeli. V prilogi vam ponovno pošiljamo obrazec za imenovanje: prosimo, izpolnite ga in nam ga vrnite.',
      facts('Sestanek', 'Datum', 'Prizorišče', 'Delegacija', 'Rok za imenovanja'),
      'Lep pozdrav,',
    ),
  },
};
