import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../lib/client';
import { documentLocale, PrintPreview, type PrintSource } from '../../components/documents/PrintPreview';
import { interfaceDocumentLanguage } from '../../lib/documentLanguage';
import { userToday } from '../../lib/time';

/** The donor report of a period as it will print; PDF from the desktop app, or the browser's print dialog. */
export function ReportPreview({ projectId, from, to, onClose }: { projectId: string; from: string; to: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const source = useMemo<PrintSource>(
    () => ({
      name: t('projects.export.reportName'),
      load: () => invoke('projects.reportHtml', { id: projectId, today: userToday(), from, to, locale: documentLocale(), language: interfaceDocumentLanguage() }),
      pdf: () => invoke('projects.reportPdf', { id: projectId, today: userToday(), from, to, locale: documentLocale(), language: interfaceDocumentLanguage() }),
      domains: ['projects', 'events', 'roster'],
    }),
    // A new interface language loads the report again in it.
    [projectId, from, to, t, i18n.language],
  );
  return <PrintPreview source={source} intent="print" onClose={onClose} testId="report-preview" />;
}
