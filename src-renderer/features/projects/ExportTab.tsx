import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../src-shared/contract';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64 } from '../calendar/files';
import { ReportPreview } from './ReportPreview';
import { formatDay } from '../../lib/format';
import { userToday } from '../../lib/time';

/** The donor report: a workbook to send, or pages to print or save as PDF. */
export function ExportTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState(false);
  const today = userToday();

  async function excel() {
    setSaving(true);
    try {
      const file = await invoke('projects.report', { id: project.id, today });
      downloadBase64(file.fileName, file.base64, file.mimeType);
      toast('success', t('projects.export.saved'), file.fileName);
    } catch (e) {
      toast('error', t('projects.export.failed'), toAppError(e).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="project-export" data-testid="project-export">
      <p className="muted">{t('projects.export.intro', { date: formatDay(today) })}</p>
      <div className="export-grid">
        <section className="card export-card" aria-labelledby="export-excel">
          <span className="export-icon export-icon-excel" aria-hidden="true">
            XLSX
          </span>
          <div className="export-body">
            <h2 id="export-excel">{t('projects.export.excelTitle')}</h2>
            <p className="muted">{t('projects.export.excelText')}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void excel()} disabled={saving} aria-busy={saving}>
                <Icon name="download" size={16} />
                {saving ? t('projects.export.saving') : t('projects.export.excel')}
              </button>
            </div>
          </div>
        </section>
        <section className="card export-card" aria-labelledby="export-pdf">
          <span className="export-icon export-icon-pdf" aria-hidden="true">
            PDF
          </span>
          <div className="export-body">
            <h2 id="export-pdf">{t('projects.export.pdfTitle')}</h2>
            <p className="muted">{t('projects.export.pdfText')}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => setPreview(true)}>
                <Icon name="printer" size={16} />
                {t('projects.export.pdf')}
              </button>
            </div>
          </div>
        </section>
      </div>
      {preview ? <ReportPreview projectId={project.id} onClose={() => setPreview(false)} /> : null}
    </div>
  );
}
