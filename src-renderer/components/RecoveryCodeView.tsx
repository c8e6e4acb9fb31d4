import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../lib/emails';
import { formatDateTime } from '../lib/format';
import { Banner } from './Banner';
import { Icon } from './Icon';
import { toast } from './Toast';
import './vault.css';

/** "ABCDE-FGHIJ-…" as six groups of five, whatever separators the service used. */
export function codeGroups(code: string): string[] {
  const clean = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,5}/g) ?? [];
}

/** Hands a text file to the browser's download, which works the same in Chromium and Electron. */
function saveText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A recovery code shown once: big and grouped, with ways to keep it, a plain warning, and a
 * checkbox the user must tick before `onDone` (the only way on) is offered.
 */
export function RecoveryCodeView(props: { code: string; doneLabel: string; onDone: () => void; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const warningId = useId();
  const groups = codeGroups(props.code);
  const written = groups.join('-');
  const [issuedAt] = useState(() => new Date().toISOString());
  const Heading = props.headingLevel === 2 ? 'h2' : 'h1';

  // Printing shows this sheet alone (see vault.css), then the page prints as usual again.
  useEffect(() => {
    const after = () => document.documentElement.classList.remove('print-recovery');
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('afterprint', after);
      after();
    };
  }, []);

  async function copy() {
    try {
      await copyText(written);
      toast('success', t('vault.code.copied'));
    } catch (error) {
      toast('error', t('vault.code.copyFailed'), error instanceof Error ? error.message : String(error));
    }
  }

  function save() {
    const lines = [t('vault.code.fileTitle'), '', written, '', t('vault.code.fileIssued', { date: formatDateTime(issuedAt) }), '', t('vault.code.fileText')];
    saveText(t('vault.code.fileName'), `${lines.join('\n')}\n`);
    toast('success', t('vault.code.saved'), t('vault.code.savedDetail'));
  }

  return (
    <div className="recovery" data-testid="recovery-code">
      <div className="recovery-sheet">
        <Heading className="recovery-title">{t('vault.code.title')}</Heading>
        <p className="muted">{t('vault.code.intro')}</p>
        <p className="recovery-code" aria-label={t('vault.code.label', { code: groups.join(' ') })} data-testid="recovery-code-value">
          {groups.map((group, index) => (
            <span key={index} className="recovery-group">
              {group}
            </span>
          ))}
        </p>
        <p className="recovery-print-only">{t('vault.code.fileIssued', { date: formatDateTime(issuedAt) })}</p>
      </div>
      <div className="button-row recovery-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          <Icon name="copy" size={16} />
          {t('vault.code.copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            document.documentElement.classList.add('print-recovery');
            window.print();
          }}
        >
          <Icon name="printer" size={16} />
          {t('vault.code.print')}
        </button>
        <button type="button" className="button" onClick={save}>
          <Icon name="download" size={16} />
          {t('vault.code.save')}
        </button>
      </div>
      <div id={warningId}>
        <Banner kind="warning" title={t('vault.code.warningTitle')}>
          {t('vault.code.warning')}
        </Banner>
      </div>
      <label className="checkbox recovery-stored">
        <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} aria-describedby={warningId} />
        {t('vault.code.stored')}
      </label>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={!stored} onClick={props.onDone}>
          {props.doneLabel}
        </button>
      </div>
    </div>
  );
}

/** A long task's progress as the service reports it; indeterminate until the first report. */
export function TaskProgress({ label, value }: { label: string; value: number | null }) {
  return (
    <div className="task-progress" data-testid="task-progress">
      <div className="task-progress-label">
        <span>{label}</span>
        {value === null ? null : <span className="muted">{value} %</span>}
      </div>
      <progress className="task-progress-bar" max={100} value={value ?? undefined} aria-label={label} />
    </div>
  );
}
