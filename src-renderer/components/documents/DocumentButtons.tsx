import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES, type DocumentKind, type DocumentLanguage, PRINT_ONLY_DOCUMENTS } from '../../../src-shared/contract';
import { LANGUAGES } from '../../i18n/languages';
import { currentLanguage } from '../../lib/locale';
import { Icon } from '../Icon';
import { toast } from '../Toast';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64 } from '../../lib/files';
import { documentLocale, PrintPreview, type PreviewIntent, type PrintSource } from './PrintPreview';
import './documents.css';

const LANGUAGE_KEY = 'liaison.documentLanguages';
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const isDocumentLanguage = (code: unknown): code is DocumentLanguage => (DOCUMENT_LANGUAGES as readonly unknown[]).includes(code);
const languageName = (code: DocumentLanguage) => LANGUAGES.find((l) => l.code === code)?.name ?? code;

/** The languages last chosen for documents; at first the interface's, when documents can be written in it. */
function savedLanguages(): { language: DocumentLanguage; secondLanguage: DocumentLanguage | null } {
  try {
    const saved = JSON.parse(localStorage.getItem(LANGUAGE_KEY) ?? 'null') as { language?: unknown; secondLanguage?: unknown } | null;
    if (saved && isDocumentLanguage(saved.language)) {
      return { language: saved.language, secondLanguage: isDocumentLanguage(saved.secondLanguage) && saved.secondLanguage !== saved.language ? saved.secondLanguage : null };
    }
  } catch {
    // The interface's language, then.
  }
  const ui = currentLanguage().code;
  return { language: isDocumentLanguage(ui) ? ui : 'en', secondLanguage: null };
}

/** Print, PDF and Word for the agenda or the outcomes of an event, in a language chosen apart from the interface's, or two. */
export function DocumentButtons({ eventId, document: first, alternatives }: { eventId: string; document: DocumentKind; alternatives?: readonly DocumentKind[] }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PreviewIntent | null>(null);
  const [saving, setSaving] = useState(false);
  // Several documents from one set of buttons (the list of participants, badges, table cards): which one now.
  const [document, setDocument] = useState<DocumentKind>(first);
  const [languages, setLanguages] = useState(savedLanguages);
  // The list of participants: a handout by default; contacts and the marking make it an internal list.
  const [contacts, setContacts] = useState(false);
  const [officialUse, setOfficialUse] = useState(false);
  const options = document === 'participants' ? { contacts, officialUse } : {};
  const what = t(`documents.kinds.${document}`);
  const chooseLanguages = (next: typeof languages) => {
    const fixed = { ...next, secondLanguage: next.secondLanguage === next.language ? null : next.secondLanguage };
    setLanguages(fixed);
    try {
      localStorage.setItem(LANGUAGE_KEY, JSON.stringify(fixed));
    } catch {
      // Kept for this session only.
    }
  };
  const source = useMemo<PrintSource>(
    () => ({
      name: what,
      load: () => invoke('documents.html', { eventId, document, locale: documentLocale(), ...languages, ...options }),
      pdf: () => invoke('documents.pdf', { eventId, document, locale: documentLocale(), ...languages, ...options }),
      domains: ['agenda', 'outcomes', 'actions', 'events', 'bodies', 'people', 'organisations'],
    }),
    // `options` is made from contacts and officialUse.
    [eventId, document, what, languages, contacts, officialUse],
  );

  async function word() {
    setSaving(true);
    try {
      const file = await invoke('documents.docx', { eventId, document, locale: documentLocale(), ...languages, ...options });
      downloadBase64(file.fileName, file.base64, file.mimeType);
      toast('success', t('documents.wordSaved'), file.fileName);
    } catch (e) {
      toast('error', t('documents.wordFailed'), toAppError(e).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <div className="document-buttons" role="group" aria-label={t('documents.group', { document: t(`documents.kinds.${first}`) })}>
        {alternatives ? (
          <select className="select document-language" aria-label={t('documents.which')} value={document} onChange={(e) => setDocument(alternatives.find((k) => k === e.target.value) ?? first)}>
            {alternatives.map((kind) => (
              <option key={kind} value={kind}>
                {capitalise(t(`documents.kinds.${kind}`))}
              </option>
            ))}
          </select>
        ) : null}
        <select
          className="select document-language"
          aria-label={t('documents.language')}
          title={t('documents.languageTitle')}
          value={languages.language}
          onChange={(e) => isDocumentLanguage(e.target.value) && chooseLanguages({ ...languages, language: e.target.value })}
        >
          {DOCUMENT_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        <select
          className="select document-language"
          aria-label={t('documents.secondLanguage')}
          title={t('documents.secondLanguageTitle')}
          value={languages.secondLanguage ?? ''}
          onChange={(e) => chooseLanguages({ ...languages, secondLanguage: isDocumentLanguage(e.target.value) ? e.target.value : null })}
        >
          <option value="">{t('documents.oneLanguage')}</option>
          {DOCUMENT_LANGUAGES.filter((code) => code !== languages.language).map((code) => (
            <option key={code} value={code} lang={code}>
              {`+ ${languageName(code)}`}
            </option>
          ))}
        </select>
        {document === 'participants' ? (
          <>
            <label className="checkbox document-option" title={t('documents.contactsTitle')}>
              <input type="checkbox" checked={contacts} onChange={(e) => setContacts(e.target.checked)} />
              {t('documents.contacts')}
            </label>
            <label className="checkbox document-option">
              <input type="checkbox" checked={officialUse} onChange={(e) => setOfficialUse(e.target.checked)} />
              {t('documents.officialUse')}
            </label>
          </>
        ) : null}
        <button type="button" className="button" onClick={() => setPreview('print')} title={t('documents.printTitle', { document: what })}>
          <Icon name="printer" size={16} />
          {t('documents.print')}
        </button>
        <button type="button" className="button" onClick={() => setPreview('pdf')} title={t('documents.pdfTitle', { document: what })}>
          {t('documents.pdf')}
        </button>
        {PRINT_ONLY_DOCUMENTS.includes(document) ? null : (
          <button type="button" className="button" onClick={() => void word()} disabled={saving} aria-busy={saving} title={t('documents.wordTitle', { document: what })}>
            <Icon name="download" size={16} />
            {t('documents.word')}
          </button>
        )}
      </div>
      {preview ? <PrintPreview source={source} intent={preview} onClose={() => setPreview(null)} /> : null}
    </>
  );
}
