import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCorrection, ImportField, ImportPreview, ImportRead, ImportTarget } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { formatNumber } from '../../lib/format';
import { readChosenFile, type ChosenFile } from '../../lib/files';
import { FileStep } from './FileStep';
import { mappingProblems } from './mapping';
import { MappingStep, type ImportDefaults } from './MappingStep';
import { countActions, decisionList, type Decisions, type RowAction } from './preview';
import { PreviewStep } from './PreviewStep';
import './import.css';

type Step = 'file' | 'mapping' | 'preview';
const STEPS: readonly Step[] = ['file', 'mapping', 'preview'];
const NO_DEFAULTS: ImportDefaults = { countryCode: '', organisationId: '' };

/**
 * Imports a directory file in three steps: choose it, map its columns, check every row.
 * The service writes only on the last confirm, all of it or nothing.
 */
export function ImportWizard(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('file');
  const [fileName, setFileName] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [read, setRead] = useState<ImportRead | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ImportTarget[]>([]);
  const [defaults, setDefaults] = useState<ImportDefaults>(NO_DEFAULTS);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  const [refused, setRefused] = useState<{ message: string; problems: string[] } | null>(null);
  /** Values typed in the preview, by row and field; the core checks them as it checks the file. */
  const [corrections, setCorrections] = useState<ReadonlyMap<string, ImportCorrection>>(new Map());
  const [rechecking, setRechecking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Ignores the answer for a file that was replaced while it was being read.
  const readSeq = useRef(0);
  // Ignores the answer to a correction overtaken by the next one; the import waits for the last answer.
  const checkSeq = useRef(0);
  const checkedSeq = useRef(0);

  useEffect(() => {
    if (props.open) return;
    setStep('file');
    setFileName('');
    setFile(null);
    setRead(null);
    setReading(false);
    setFileError(null);
    setPreview(null);
    setRefused(null);
    setCorrections(new Map());
    setConfirmLeave(false);
  }, [props.open]);

  useEffect(() => {
    // Each step starts with focus on its own content, so Enter and Tab work from there.
    if (step !== 'file') bodyRef.current?.focus({ preventScroll: true });
  }, [step]);

  async function choose(chosen: File) {
    const seq = ++readSeq.current;
    setFileName(chosen.name);
    setFile(null);
    setRead(null);
    setFileError(null);
    setPreview(null);
    setCorrections(new Map());
    setReading(true);
    try {
      const bytes = await readChosenFile(chosen);
      if (bytes === 'tooLarge') throw new Error(t('import.file.tooLarge'));
      const result = await invoke('directoryImport.read', { fileName: bytes.fileName, base64: bytes.base64 });
      if (seq !== readSeq.current) return;
      setFile(bytes);
      setRead(result);
      setMapping(result.rememberedMapping ?? result.suggestedMapping);
      setDefaults(NO_DEFAULTS);
    } catch (error) {
      if (seq === readSeq.current) setFileError(toAppError(error).message);
    } finally {
      if (seq === readSeq.current) setReading(false);
    }
  }

  const problems = read ? mappingProblems(t, mapping) : [];
  const request = (typed = corrections) => ({
    fileName: file!.fileName,
    base64: file!.base64,
    mapping,
    defaults: { countryCode: defaults.countryCode || null, organisationId: defaults.organisationId || null },
    corrections: [...typed.values()],
  });

  async function runPreview() {
    if (!file || problems.length) return;
    setBusy(true);
    setPreviewError(null);
    try {
      const result = await invoke('directoryImport.preview', request());
      setPreview(result);
      setDecisions(new Map());
      setRefused(null);
      setStep('preview');
    } catch (error) {
      setPreviewError(toAppError(error).message);
    } finally {
      setBusy(false);
    }
  }

  const counts = preview ? countActions(preview, decisions) : null;
  const toImport = counts ? counts.create + counts.merge : 0;
  const canImport = counts !== null && counts.error === 0 && toImport > 0 && !rechecking;

  async function runImport() {
    // A correction sent as its field lost focus (to this very button) has not been checked yet.
    if (!preview || !canImport || checkSeq.current !== checkedSeq.current) return;
    setBusy(true);
    setRefused(null);
    try {
      const result = await invoke('directoryImport.commit', { ...request(), decisions: decisionList(preview, decisions) });
      toast(
        'success',
        t('import.done', { fileName: file!.fileName }),
        t('import.doneDetail', {
          created: formatNumber(result.created),
          merged: formatNumber(result.merged),
          skipped: formatNumber(result.skipped),
          organisations: t('import.doneOrganisations', { count: result.organisationsCreated, formatted: formatNumber(result.organisationsCreated) }),
        }),
      );
      props.onClose();
    } catch (error) {
      const data = toAppError(error);
      const listed = data.details?.problems;
      setRefused({ message: data.message, problems: Array.isArray(listed) ? listed.map(String) : [] });
      bodyRef.current?.scrollTo({ top: 0 });
    } finally {
      setBusy(false);
    }
  }

  /** A value typed in a cell of the preview: the row is checked again, and takes whatever action it now deserves. */
  async function correct(row: number, field: ImportField, value: string) {
    if (!preview || !file) return;
    const next = new Map(corrections).set(`${row}:${field}`, { row, field, value });
    setCorrections(next);
    setDecisions((current) => {
      const without = new Map(current);
      without.delete(row);
      return without;
    });
    setRefused(null);
    const seq = ++checkSeq.current;
    setRechecking(true);
    try {
      const result = await invoke('directoryImport.preview', request(next));
      if (seq === checkSeq.current) setPreview(result);
    } catch (error) {
      if (seq === checkSeq.current) toast('error', t('import.preview.failedTitle'), toAppError(error).message);
    } finally {
      if (seq === checkSeq.current) {
        checkedSeq.current = seq;
        setRechecking(false);
      }
    }
  }

  function decide(row: number, action: RowAction) {
    setDecisions((current) => new Map(current).set(row, action));
  }

  function skipErrors() {
    if (!preview) return;
    setDecisions((current) => {
      const next = new Map(current);
      for (const row of preview.rows) if (row.action === 'error') next.set(row.row, 'skip');
      return next;
    });
  }

  function requestClose() {
    if (busy) return;
    if (step === 'file') props.onClose();
    else setConfirmLeave(true);
  }

  function next() {
    if (busy) return;
    if (step === 'file' && read) setStep('mapping');
    else if (step === 'mapping') void runPreview();
    else if (step === 'preview') void runImport();
  }

  function back() {
    setRefused(null);
    setStep(step === 'preview' ? 'mapping' : 'file');
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' || event.defaultPrevented || event.shiftKey || event.altKey) return;
    const target = event.target as HTMLElement;
    // Enter keeps its own meaning on controls; it advances from the step's content.
    if (target.closest('button, select, input, textarea, a')) return;
    event.preventDefault();
    next();
  }

  const index = STEPS.indexOf(step);
  return (
    <>
      <Dialog
        open={props.open}
        title={t('import.title')}
        subtitle={
          <ol className="dir-import-steps" aria-label={t('import.steps.label')}>
            {STEPS.map((s, i) => (
              <li key={s} className={i === index ? 'is-current' : i < index ? 'is-done' : undefined} aria-current={i === index ? 'step' : undefined}>
                <span className="dir-import-step-number">{i + 1}</span>
                {t(`import.steps.${s}`)}
              </li>
            ))}
          </ol>
        }
        busy={busy}
        onClose={requestClose}
        testId="directory-import"
        className="dir-import-dialog"
        actions={
          <>
            {step !== 'file' ? (
              <button type="button" className="button dir-import-back" onClick={back} disabled={busy}>
                {t('import.back')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={requestClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            {step === 'file' ? (
              <button type="button" className="button button-primary" onClick={next} disabled={!read || reading}>
                {t('import.next')}
              </button>
            ) : step === 'mapping' ? (
              <button type="button" className="button button-primary" onClick={next} disabled={busy || problems.length > 0}>
                {busy ? t('import.preview.checking') : t('import.toPreview')}
              </button>
            ) : (
              <button type="button" className="button button-primary" onClick={next} disabled={busy || !canImport}>
                {busy
                  ? t('import.preview.importing')
                  : toImport
                    ? t('import.preview.confirm', { count: toImport, formatted: formatNumber(toImport) })
                    : t('import.preview.confirmNone')}
              </button>
            )}
          </>
        }
      >
        <div ref={bodyRef} tabIndex={-1} className="dir-import-body" onKeyDown={onKeyDown}>
          {step === 'file' ? (
            <FileStep file={file} fileName={fileName} read={read} reading={reading} error={fileError} onChoose={(chosen) => void choose(chosen)} />
          ) : null}
          {step === 'mapping' && read ? (
            <MappingStep
              read={read}
              mapping={mapping}
              defaults={defaults}
              problems={problems}
              error={previewError}
              onMappingChange={(value) => {
                setMapping(value);
                setPreviewError(null);
              }}
              onDefaultsChange={setDefaults}
            />
          ) : null}
          {step === 'preview' && preview ? (
            <PreviewStep
              preview={preview}
              decisions={decisions}
              onDecide={decide}
              onCorrect={(row, field, value) => void correct(row, field, value)}
              rechecking={rechecking}
              onSkipErrors={skipErrors}
              refused={refused}
            />
          ) : null}
        </div>
      </Dialog>
      <ConfirmDialog
        open={confirmLeave}
        title={t('import.leave.title')}
        confirmLabel={t('import.leave.confirm')}
        cancelLabel={t('import.leave.cancel')}
        onConfirm={() => {
          setConfirmLeave(false);
          props.onClose();
        }}
        onCancel={() => setConfirmLeave(false)}
      >
        <p>{t('import.leave.text')}</p>
      </ConfirmDialog>
    </>
  );
}
