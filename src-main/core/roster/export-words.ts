import type { AttendanceStatus, DocumentLanguage, InvitationStatus } from '../../../src-shared/contract';
import { mapLabels, serbianLatin } from '../../../src-shared/serbian-latin';

/**
 * The roster export's own words per language: the interface catalogs' words for the same columns and
 * statuses (roster.json), so that a file and the screen it came from say the same. Drafts outside
 * English, like those catalogs. Names, positions, organisations and roles come from the documents' labels.
 */
export interface ExportWords {
  country: string;
  role: string;
  invitation: string;
  attendance: string;
  notes: string;
  invitations: Record<InvitationStatus, string>;
  attendanceStates: Record<AttendanceStatus, string>;
}

const srCyrl: ExportWords = {
  country: 'Земља', role: 'Улога', invitation: 'Позив', attendance: 'Присуство', notes: 'Белешке',
  invitations: { invited: 'Позван', confirmed: 'Потврдио', declined: 'Одбио' },
  attendanceStates: { attended: 'Присуствовао', excused: 'Оправдано одсутан', no_show: 'Није дошао' },
};

export const EXPORT_WORDS: Readonly<Record<DocumentLanguage, ExportWords>> = {
  en: {
    country: 'Country', role: 'Role', invitation: 'Invitation', attendance: 'Attendance', notes: 'Notes',
    invitations: { invited: 'Invited', confirmed: 'Confirmed', declined: 'Declined' },
    attendanceStates: { attended: 'Attended', excused: 'Excused', no_show: 'No-show' },
  },
  ro: {
    country: 'Țară', role: 'Rol', invitation: 'Invitație', attendance: 'Prezență', notes: 'Note',
    invitations: { invited: 'Invitat', confirmed: 'Confirmat', declined: 'Refuzat' },
    attendanceStates: { attended: 'Prezent', excused: 'Absență motivată', no_show: 'Absent' },
  },
  'sr-Cyrl': srCyrl,
  'sr-Latn': mapLabels(srCyrl, serbianLatin),
  hr: {
    country: 'Država', role: 'Uloga', invitation: 'Poziv', attendance: 'Nazočnost', notes: 'Napomene',
    invitations: { invited: 'Pozvan', confirmed: 'Potvrdio dolazak', declined: 'Odbio poziv' },
    attendanceStates: { attended: 'Nazočan', excused: 'Opravdano odsutan', no_show: 'Neopravdano odsutan' },
  },
  bs: {
    country: 'Država', role: 'Uloga', invitation: 'Poziv', attendance: 'Prisustvo', notes: 'Bilješke',
    invitations: { invited: 'Pozvan', confirmed: 'Potvrdio dolazak', declined: 'Odbio poziv' },
    attendanceStates: { attended: 'Prisutan', excused: 'Opravdano odsutan', no_show: 'Neopravdano odsutan' },
  },
  bg: {
    country: 'Държава', role: 'Роля', invitation: 'Покана', attendance: 'Присъствие', notes: 'Бележки',
    invitations: { invited: 'Поканен', confirmed: 'Потвърдил', declined: 'Отказал' },
    attendanceStates: { attended: 'Присъствал', excused: 'Извинен', no_show: 'Неявил се' },
  },
  mk: {
    country: 'Држава', role: 'Улога', invitation: 'Покана', attendance: 'Присуство', notes: 'Белешки',
    invitations: { invited: 'Испратена', confirmed: 'Потврдена', declined: 'Одбиена' },
    attendanceStates: { attended: 'Присуствуваше', excused: 'Се извини', no_show: 'Не се појави' },
  },
  el: {
    country: 'Χώρα', role: 'Ρόλος', invitation: 'Πρόσκληση', attendance: 'Παρουσία', notes: 'Σημειώσεις',
    invitations: { invited: 'Προσκλήθηκε', confirmed: 'Επιβεβαίωσε', declined: 'Αρνήθηκε' },
    attendanceStates: { attended: 'Προσήλθε', excused: 'Δικαιολογημένη απουσία', no_show: 'Δεν προσήλθε' },
  },
  tr: {
    country: 'Ülke', role: 'Rol', invitation: 'Davet', attendance: 'Katılım', notes: 'Notlar',
    invitations: { invited: 'Davet edildi', confirmed: 'Onayladı', declined: 'Reddetti' },
    attendanceStates: { attended: 'Katıldı', excused: 'Mazeretli', no_show: 'Gelmedi' },
  },
  hu: {
    country: 'Ország', role: 'Szerepkör', invitation: 'Meghívás', attendance: 'Jelenlét', notes: 'Megjegyzések',
    invitations: { invited: 'Meghívva', confirmed: 'Visszaigazolva', declined: 'Elutasítva' },
    attendanceStates: { attended: 'Jelen volt', excused: 'Kimentette magát', no_show: 'Nem jelent meg' },
  },
  sq: {
    country: 'Vendi', role: 'Roli', invitation: 'Ftesa', attendance: 'Pjesëmarrja', notes: 'Shënime',
    invitations: { invited: 'Ftuar', confirmed: 'Konfirmuar', declined: 'Refuzuar' },
    attendanceStates: { attended: 'Mori pjesë', excused: 'Me arsye', no_show: 'Nuk erdhi' },
  },
  sl: {
    country: 'Država', role: 'Vloga', invitation: 'Vabilo', attendance: 'Prisotnost', notes: 'Opombe',
    invitations: { invited: 'Povabljen', confirmed: 'Potrdil udeležbo', declined: 'Odklonil udeležbo' },
    attendanceStates: { attended: 'Prisoten', excused: 'Opravičeno odsoten', no_show: 'Neopravičeno odsoten' },
  },
};
