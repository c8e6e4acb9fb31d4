import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../lib/client';
import { documentLocale, PrintPreview, type PrintSource } from '../documents/PrintPreview';
import { userToday } from '../../lib/time';

/** The donor report as it will print; PDF from the desktop app, or the browser's print dialog. */
export function ReportPreview({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const source = useMemo<PrintSource>(
    () => ({
      name: t('projects.export.reportName'),
      load: () => invoke('projects.reportHtml', { id: projectId, today: userToday(), locale: documentLocale() }),
      pdf: () => invoke('projects.reportPdf', { id: projectId, today: userToday(), locale: documentLocale() }),
      domains: ['projects', 'events', 'roster'],
    }),
    [projectId, t],
  );
  return <PrintPreview source={source} intent="print" onClose={onClose} testId="report-preview" />;
}
