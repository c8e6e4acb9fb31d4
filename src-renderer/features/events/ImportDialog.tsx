import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IcsPreview, IcsPreviewRow } from '../../../src-shared/contract';
import type { AppErrorData } from '../../../src-shared/errors';
import { Banner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { formatNumber } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { addDays, allDaySpan, formatDays, formatInstants, timeZoneNames, userTimeZone } from '../../lib/time';

/** A chosen .ics file: its bytes in base64, so the service reads them as RFC 5545 says (unfold octets, then decode). */
export interface IcsFile {
  name: string;
  base64: string;
}

function rowWhen(row: IcsPreviewRow): string {
  if (row.allDay) {
    const { start, endExclusive } = allDaySpan(row.startsAt, row.endsAt, row.timeZone || 'UTC');
    return formatDays(start, addDays(endExclusive, -1));
  }
  // The clock the invitation speaks of; the zone is named beside it.
  return formatInstants(row.startsAt, row.endsAt, row.timeZone || userTimeZone());
}

/** What importing an .ics file would do, shown before anything is written; "Import" then writes all of it or nothing. */
export function ImportDialog(props: { file: IcsFile | null; onClose: () => void; onImported?: () => void }) {
  const { t } = useTranslation();
  const { file } = props;
  const [failed, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  // The zone chosen for each TZID the service could not resolve; the user's own zone until changed.
  const [zoneFor, setZoneFor] = useState<{ file: IcsFile | null; zones: Record<string, string> }>({ file: null, zones: {} });
  const answers = zoneFor.file === file ? zoneFor.zones : {};

  // The preview on screen stays while the one for a changed zone is read.
  const read = useCall('ics.preview', file ? { base64: file.base64, fileName: file.name, zoneFor: answers } : null, { keep: true });
  const unanswered = read.data?.unknownZones.filter((u) => !answers[u.tzid]) ?? [];
  // A zone nobody knows is the user's own until they say otherwise; the preview is read again with it.
  const preview: IcsPreview | null = unanswered.length ? null : read.data;
  const error = failed ?? read.error;

  useEffect(() => {
    setError(null);
  }, [read.key]);
  useEffect(() => {
    if (!file || !unanswered.length) return;
    setZoneFor({ file, zones: { ...answers, ...Object.fromEntries(unanswered.map((u) => [u.tzid, userTimeZone()])) } });
    // `unanswered` and `answers` follow from the data read for this file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [read.data]);

  async function runImport() {
    if (!file) return;
    setBusy(true);
    try {
      const result = await invoke('ics.import', { base64: file.base64, fileName: file.name, zoneFor: answers });
      toast(
        'success',
        t('ics.import.done', { fileName: file.name }),
        t('ics.import.summary', {
          created: formatNumber(result.created),
          updated: formatNumber(result.updated),
          skipped: formatNumber(result.skipped),
          people: formatNumber(result.peopleCreated),
        }),
      );
      props.onImported?.();
      props.onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  const counts = preview?.counts;
  const writes = counts ? counts.create + counts.update : 0;

  return (
    <Dialog
      open={file !== null}
      title={t('ics.import.title', { fileName: file?.name ?? '' })}
      subtitle={
        counts ? (
          <span data-testid="ics-counts">
            {t('ics.import.counts', { create: formatNumber(counts.create), update: formatNumber(counts.update), skip: formatNumber(counts.skip) })}
            {preview.newPeople ? ` · ${t('ics.import.newPeople', { count: preview.newPeople, formatted: formatNumber(preview.newPeople) })}` : ''}
          </span>
        ) : null
      }
      busy={busy}
      onClose={props.onClose}
      testId="ics-import"
      className="import-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} disabled={busy}>
            {preview && !error ? t('common.cancel') : t('common.close')}
          </button>
          {preview && !error ? (
            <button type="button" className="button button-primary" onClick={() => void runImport()} disabled={busy || writes === 0}>
              {busy ? t('ics.import.importing') : t('ics.import.confirm', { count: writes, formatted: formatNumber(writes) })}
            </button>
          ) : null}
        </>
      }
    >
      {error ? (
        <Banner kind="error" title={t('ics.import.failedTitle')}>
          <span data-testid="ics-error">{error.message}</span>
          <br />
          {t('ics.import.nothingWritten')}
        </Banner>
      ) : null}
      {!preview && !error ? <div className="loading-note">{t('ics.import.reading')}</div> : null}
      {preview && preview.unknownZones.length ? (
        <Banner
          kind="warning"
          title={t('ics.import.zonesTitle', { count: preview.unknownZones.length, tzid: preview.unknownZones[0]!.tzid })}
        >
          <p>{t('ics.import.zonesHelp')}</p>
          <div className="import-zones" data-testid="ics-zones">
            {preview.unknownZones.map((u) => (
              <label key={u.tzid} className="field">
                <span className="field-label">{t('ics.import.zoneLabel', { tzid: u.tzid, line: u.line, uses: u.uses })}</span>
                <select
                  className="select"
                  value={answers[u.tzid] ?? userTimeZone()}
                  disabled={busy}
                  onChange={(e) => setZoneFor({ file, zones: { ...answers, [u.tzid]: e.target.value } })}
                >
                  {timeZoneNames().map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </Banner>
      ) : null}
      {preview && preview.warnings.length ? (
        <Banner kind="warning" title={t('ics.import.warnings', { count: preview.warnings.length })}>
          <ul className="import-warnings">
            {preview.warnings.map((w, i) => (
              <li key={i}>{t('ics.import.line', { line: w.line, message: w.message })}</li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {preview ? (
        preview.rows.length ? (
          <div className="import-table-wrap">
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">{t('ics.import.columns.action')}</th>
                  <th scope="col">{t('ics.import.columns.event')}</th>
                  <th scope="col">{t('ics.import.columns.when')}</th>
                  <th scope="col" className="align-end">
                    {t('ics.import.columns.attendees')}
                  </th>
                  <th scope="col">{t('ics.import.columns.note')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={`${row.uid}-${row.line}`} className={`import-row is-${row.action}`}>
                    <td>
                      <span className={`badge action-${row.action}`}>{t(`ics.import.actions.${row.action}`)}</span>
                    </td>
                    <td className="import-title">
                      <span>{row.title || t('ics.import.untitled')}</span>
                      <span className="muted small">{t('ics.import.lineNo', { line: row.line })}</span>
                    </td>
                    <td>
                      {rowWhen(row)}
                      {row.allDay || !row.timeZone ? null : <span className="import-zone">{row.timeZone}</span>}
                    </td>
                    <td className="align-end">{formatNumber(row.attendees)}</td>
                    <td className="muted">{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('ics.import.noEvents')}</p>
        )
      ) : null}
    </Dialog>
  );
}
