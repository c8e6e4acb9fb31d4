import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFile, Domain } from '../../../src-shared/contract';
import { useSystem } from '../../lib/system';
import { Dialog } from '../Dialog';
import { LoadError } from '../LoadError';
import { Icon } from '../Icon';
import { toast } from '../Toast';
import { toAppError } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { downloadBase64 } from '../../lib/files';
import './documents.css';

export type PreviewIntent = 'print' | 'pdf';

/** The reader's own locale for dates; the contract caps the tag's length. */
export const documentLocale = (): string => (navigator.language || 'en-GB').slice(0, 35);

/**
 * The document's frame is sandboxed without scripts: nothing in it can run, submit or navigate.
 * - allow-same-origin lets this page reach the frame to print it (print() of a cross-origin frame
 *   is refused, and printing this page instead would clip the frame to one screen) and to apply
 *   its stylesheet, below.
 * - allow-modals: print() is a modal of the frame, refused in a sandbox without it.
 */
const SANDBOX = 'allow-same-origin allow-modals';

/**
 * A srcdoc frame inherits this page's CSP, whose style-src has no 'unsafe-inline', so the document's
 * own <style> would be refused, with an error in the console each time. Rather than widen the app's
 * policy for every page, the frame gets the page without its <style>, and that same stylesheet through
 * CSSOM, which CSP leaves to the app's own script (FullCalendar's styles arrive the same way).
 * The core writes one <style> in the head and escapes every text, so no content can look like one.
 */
export function splitDocumentStyle(page: string): { html: string; css: string } {
  const match = /<style>([\s\S]*?)<\/style>/.exec(page);
  if (!match) return { html: page, css: '' };
  return { html: page.slice(0, match.index) + page.slice(match.index + match[0].length), css: match[1]! };
}

/** The grey desk around the page follows the theme. */
function applyDocumentStyle(frame: HTMLIFrameElement, css: string): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win) return;
  const desk = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(/^#[0-9a-f]{3,8}$/i.test(desk) ? `${css}\n@media screen { html { background: ${desk}; } }` : css);
  doc.adoptedStyleSheets = [sheet];
}

/** The frame is as tall as its page, so the dialog scrolls and keys (Esc first) stay with the app. */
function fitHeight(frame: HTMLIFrameElement): void {
  const body = frame.contentDocument?.body;
  const win = frame.contentWindow;
  if (!body || !win) return;
  // The body, not the document: a document is never shorter than its frame, so it could only grow.
  const bottom = body.getBoundingClientRect().bottom + parseFloat(win.getComputedStyle(body).marginBottom || '0');
  frame.style.height = `${Math.ceil(bottom)}px`;
}

/** A printable document: where its HTML and its PDF come from, and what changes it. */
export interface PrintSource {
  /** What the document is, for the frame's title ("agenda"). */
  name: string;
  load: () => Promise<{ title: string; html: string }>;
  /** The PDF the desktop app prints; over loopback the browser's print dialog saves it instead. */
  pdf: () => Promise<DocumentFile>;
  /** Data domains whose changes reload the page. */
  domains: readonly Domain[];
}

let sources = 0;

/** A document as it will print, in a full-window dialog; Esc closes it. `source` must be stable (memoised). */
export function PrintPreview(props: { source: PrintSource; intent: PreviewIntent; onClose: () => void; testId?: string }) {
  const { source, intent, onClose, testId = 'print-preview' } = props;
  const { t } = useTranslation();
  const electron = useSystem((s) => s.system?.transport === 'electron');
  // Each source (a document of one event, a report of one period) is read under a key of its own.
  const sourceKey = useMemo(() => `document:${++sources}`, [source]);
  const read = useCall(() => source.load().then((loaded) => ({ title: loaded.title, ...splitDocumentStyle(loaded.html) })), sourceKey, { watch: source.domains });
  const { data: page, error, refresh: load } = read;
  const [saving, setSaving] = useState(false);
  const [hinted, setHinted] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);


  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // Only a new width reflows the page; its own height changes are ours.
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitHeight(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [page]);

  function onFrameLoad() {
    const element = frame.current;
    if (!element || !page) return;
    applyDocumentStyle(element, page.css);
    fitHeight(element);
  }

  function print() {
    // Not focused first: focus inside the frame would keep Esc from the dialog.
    frame.current?.contentWindow?.print();
  }

  async function savePdf() {
    if (!electron) {
      // The browser's print dialog is the PDF writer here; the hint shows before the dialog takes over.
      setHinted(true);
      requestAnimationFrame(() => setTimeout(print, 60));
      return;
    }
    setSaving(true);
    try {
      const file = await source.pdf();
      downloadBase64(file.fileName, file.base64, file.mimeType);
      toast('success', t('documents.preview.pdfSaved'), file.fileName);
    } catch (e) {
      toast('error', t('documents.preview.pdfFailed'), toAppError(e).message);
    } finally {
      setSaving(false);
    }
  }

  const primary = (which: PreviewIntent) => (which === intent ? 'button button-primary' : 'button');
  return (
    <Dialog
      open
      title={t('documents.preview.title')}
      subtitle={page?.title ?? t('documents.preview.subtitle')}
      className="print-preview"
      testId={testId}
      busy={saving}
      onClose={onClose}
      actions={
        <>
          {electron ? null : (
            <p className={hinted ? 'print-preview-hint is-emphasised' : 'print-preview-hint'} role={hinted ? 'status' : undefined}>
              <Icon name="info" size={15} />
              {t('documents.preview.pdfHint')}
            </p>
          )}
          <button type="button" className="button" onClick={onClose} disabled={saving}>
            {t('documents.preview.close')}
          </button>
          <button type="button" className={primary('pdf')} onClick={() => void savePdf()} disabled={!page || saving}>
            <Icon name="download" size={16} />
            {saving ? t('documents.preview.savingPdf') : t('documents.preview.savePdf')}
          </button>
          <button type="button" className={primary('print')} onClick={print} disabled={!page || saving}>
            <Icon name="printer" size={16} />
            {t('documents.preview.print')}
          </button>
        </>
      }
    >
      {error ? <LoadError title={t('documents.preview.failed')} error={error} onRetry={() => void load()} /> : null}
      {!page && !error ? <div className="loading-note">{t('documents.preview.loading')}</div> : null}
      {page ? (
        <iframe
          ref={frame}
          className="print-preview-frame"
          title={t('documents.preview.frameTitle', { document: source.name })}
          sandbox={SANDBOX}
          srcDoc={page.html}
          tabIndex={-1}
          onLoad={onFrameLoad}
          data-testid={`${testId}-frame`}
        />
      ) : null}
    </Dialog>
  );
}
