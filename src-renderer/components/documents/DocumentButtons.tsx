import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../src-shared/contract';
import { Icon } from '../Icon';
import { toast } from '../Toast';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64 } from '../../lib/files';
import { documentLocale, PrintPreview, type PreviewIntent, type PrintSource } from './PrintPreview';
import './documents.css';

/** Print, PDF and Word for the agenda or the outcomes of an event. */
export function DocumentButtons({ eventId, document }: { eventId: string; document: DocumentKind }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PreviewIntent | null>(null);
  const [saving, setSaving] = useState(false);
  const what = t(`documents.kinds.${document}`);
  const source = useMemo<PrintSource>(
    () => ({
      name: what,
      load: () => invoke('documents.html', { eventId, document, locale: documentLocale() }),
      pdf: () => invoke('documents.pdf', { eventId, document, locale: documentLocale() }),
      domains: ['agenda', 'outcomes', 'actions', 'events', 'bodies', 'people', 'organisations'],
    }),
    [eventId, document, what],
  );

  async function word() {
    setSaving(true);
    try {
      const file = await invoke('documents.docx', { eventId, document, locale: documentLocale() });
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
      <div className="document-buttons" role="group" aria-label={t('documents.group', { document: what })}>
        <button type="button" className="button" onClick={() => setPreview('print')} title={t('documents.printTitle', { document: what })}>
          <Icon name="printer" size={16} />
          {t('documents.print')}
        </button>
        <button type="button" className="button" onClick={() => setPreview('pdf')} title={t('documents.pdfTitle', { document: what })}>
          {t('documents.pdf')}
        </button>
        <button type="button" className="button" onClick={() => void word()} disabled={saving} aria-busy={saving} title={t('documents.wordTitle', { document: what })}>
          <Icon name="download" size={16} />
          {t('documents.word')}
        </button>
      </div>
      {preview ? <PrintPreview source={source} intent={preview} onClose={() => setPreview(null)} /> : null}
    </>
  );
}
