import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../src-shared/contract';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64 } from '../../lib/files';
import { IssuedReports } from './IssuedReports';
import { ReportPreview } from './ReportPreview';
import { formatDay } from '../../lib/format';
import { interfaceDocumentLanguage } from '../../lib/documentLanguage';
import { userToday } from '../../lib/time';
import { periodLabel } from './parts';
import { projectYearsOf, quartersOf } from './reportPeriods';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The donor report for a period the user chooses: a workbook to send, or pages to print or save as PDF. */
export function ExportTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState(false);
  const today = userToday();
  const toDate = project.endsOn < today ? project.endsOn : today;
  const quarters = useMemo(() => quartersOf(project, today), [project, today]);
  const years = useMemo(() => projectYearsOf(project, today), [project, today]);
  const [choice, setChoice] = useState('all');
  const [customFrom, setCustomFrom] = useState(project.startsOn);
  const [customTo, setCustomTo] = useState(toDate);
  const periodId = useId();

  const chosen =
    choice === 'custom'
      ? { from: customFrom, to: customTo }
      : ([...quarters, ...years].find((p) => p.key === choice) ?? { from: project.startsOn, to: today });
  const customError =
    choice !== 'custom'
      ? null
      : !ISO_DAY.test(customFrom) || !ISO_DAY.test(customTo)
        ? t('projects.export.period.incomplete')
        : customTo < customFrom
          ? t('projects.export.period.endsBeforeStart')
          : null;
  const period = { from: chosen.from, to: chosen.to };

  async function excel() {
    if (customError) return;
    setSaving(true);
    try {
      const file = await invoke('projects.report', { id: project.id, today, ...period, language: interfaceDocumentLanguage() });
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
      <section className="card export-period" aria-labelledby={`${periodId}-title`} data-testid="report-period">
        <h2 id={`${periodId}-title`}>{t('projects.export.period.title')}</h2>
        <div className="form-row export-period-row">
          <Field label={t('projects.export.period.label')}>
            {(control) => (
              <select {...control} className="select" value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="all">{t('projects.export.period.all')}</option>
                {years.length ? (
                  <optgroup label={t('projects.export.period.years')}>
                    {years.map((p) => (
                      <option key={p.key} value={p.key}>
                        {periodLabel(p.key)}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {quarters.length ? (
                  <optgroup label={t('projects.export.period.quarters')}>
                    {quarters.map((p) => (
                      <option key={p.key} value={p.key}>
                        {periodLabel(p.key)}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                <option value="custom">{t('projects.export.period.custom')}</option>
              </select>
            )}
          </Field>
          {choice === 'custom' ? (
            <>
              <Field label={t('projects.export.period.from')}>
                {(control) => <input {...control} type="date" className="input" min="1900-01-01" max="2200-12-31" value={customFrom} onChange={(e) => setCustomFrom(e.target.value)} />}
              </Field>
              <Field label={t('projects.export.period.to')} error={customError ?? undefined}>
                {(control) => <input {...control} type="date" className="input" min="1900-01-01" max="2200-12-31" value={customTo} onChange={(e) => setCustomTo(e.target.value)} />}
              </Field>
            </>
          ) : null}
        </div>
        <p className="muted" data-testid="report-period-summary">
          {customError ? t('projects.export.period.choose') : t('projects.export.intro', { from: formatDay(period.from), to: formatDay(period.to) })}
        </p>
      </section>
      <div className="export-grid">
        <section className="card export-card" aria-labelledby="export-excel">
          <span className="export-icon export-icon-excel" aria-hidden="true">
            XLSX
          </span>
          <div className="export-body">
            <h2 id="export-excel">{t('projects.export.excelTitle')}</h2>
            <p className="muted">{t('projects.export.excelText')}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void excel()} disabled={saving || customError !== null} aria-busy={saving}>
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
              <button type="button" className="button" onClick={() => setPreview(true)} disabled={customError !== null}>
                <Icon name="printer" size={16} />
                {t('projects.export.pdf')}
              </button>
            </div>
          </div>
        </section>
      </div>
      <IssuedReports
        project={project}
        period={period}
        periodName={choice === 'all' || choice === 'custom' ? t('projects.issues.range', { from: formatDay(period.from), to: formatDay(period.to) }) : periodLabel(choice)}
        disabled={customError !== null}
      />
      {preview ? <ReportPreview projectId={project.id} from={period.from} to={period.to} onClose={() => setPreview(false)} /> : null}
    </div>
  );
}
