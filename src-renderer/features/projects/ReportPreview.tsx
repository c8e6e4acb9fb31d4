import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../lib/client';
import { documentLocale, PrintPreview, type PrintSource } from '../../components/documents/PrintPreview';
import { userToday } from '../../lib/time';

/** The donor report of a period as it will print; PDF from the desktop app, or the browser's print dialog. */
export function ReportPreview({ projectId, from, to, onClose }: { projectId: string; from: string; to: string; onClose: () => void }) {
  const { t } = useTranslation();
  const source = useMemo<PrintSource>(
    () => ({
      name: t('projects.export.reportName'),
      load: () => invoke('projects.reportHtml', { id: projectId, today: userToday(), from, to, locale: documentLocale() }),
      pdf: () => invoke('projects.reportPdf', { id: projectId, today: userToday(), from, to, locale: documentLocale() }),
      domains: ['projects', 'events', 'roster'],
    }),
    [projectId, from, to, t],
  );
  return <PrintPreview source={source} intent="print" onClose={onClose} testId="report-preview" />;
}
