import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, MatrixCell } from '../../../src-shared/contract';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { downloadBase64 } from '../../lib/files';
import { useCall } from '../../lib/useCall';
import './bodies.css';

// One glyph per state, told apart without colour; the legend under the table names them.
const MARK: Record<MatrixCell, string> = { attended: '●', excused: '⊘', absent: '✕', invited: '◌', not_invited: '–' };
const CELLS = Object.keys(MARK) as MatrixCell[];

/** Member states × meetings of a body, or of one of its series: who came, who was invited and did not, who was not invited. */
export function AttendanceDialog({ body, open, onClose }: { body: Body; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [seriesId, setSeriesId] = useState('');
  const scope = seriesId ? { seriesId } : { bodyId: body.id };
  // The matrix on screen stays while another series' loads; only the latest choice's answer is shown.
  const read = useCall('attendance.matrix', open ? scope : null, { keep: true });
  const matrix = read.data;
  const error = read.error?.message ?? null;

  async function exportAs(format: 'csv' | 'xlsx') {
    try {
      const file = await invoke('attendance.export', { ...scope, format });
      downloadBase64(file.fileName, file.base64, file.mimeType);
    } catch (e) {
      toast('error', toAppError(e).message);
    }
  }

  return (
    <Dialog
      open={open}
      title={t('bodies.attendance.title', { name: body.name })}
      subtitle={t('bodies.attendance.subtitle')}
      onClose={onClose}
      testId="attendance-dialog"
      className="attendance-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={() => void exportAs('csv')} disabled={!matrix?.meetings.length}>
            <Icon name="download" size={14} />
            {t('bodies.attendance.csv')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('xlsx')} disabled={!matrix?.meetings.length}>
            <Icon name="download" size={14} />
            {t('bodies.attendance.xlsx')}
          </button>
          <div className="spacer" />
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('bodies.attendance.close')}
          </button>
        </>
      }
    >
      {body.series.length ? (
        <select className="select attendance-scope" aria-label={t('bodies.attendance.scope')} value={seriesId} onChange={(e) => setSeriesId(e.target.value)}>
          <option value="">{t('bodies.attendance.allMeetings')}</option>
          {body.series.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      ) : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {matrix && matrix.meetings.length === 0 ? <p className="field-hint">{t('bodies.attendance.empty')}</p> : null}
      {matrix && matrix.meetings.length > 0 ? (
        <div className="attendance-scroll">
          <table className="attendance-table">
            <thead>
              <tr>
                <th scope="col">{t('bodies.attendance.country')}</th>
                {matrix.meetings.map((m) => (
                  <th key={m.id} scope="col" title={m.title}>
                    {m.seriesNumber ? `#${m.seriesNumber}` : ''}
                    <span className="attendance-date">{formatDate(m.startsAt)}</span>
                  </th>
                ))}
                <th scope="col">{t('bodies.attendance.total')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix.countries.map((c, i) => (
                <tr key={c.code} className={c.member ? undefined : 'attendance-guest'}>
                  <th scope="row">{countryName(c.code, c.name)}</th>
                  {matrix.cells[i]!.map((cell, j) => (
                    <td key={matrix.meetings[j]!.id} className={`attendance-cell attendance-${cell}`} title={t(`bodies.attendance.cells.${cell}`)}>
                      <span aria-hidden="true">{MARK[cell]}</span>
                      <span className="visually-hidden">{t(`bodies.attendance.cells.${cell}`)}</span>
                    </td>
                  ))}
                  <td className="attendance-total">{matrix.countryTotals[i]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('bodies.attendance.countriesAttending')}</th>
                {matrix.meetingTotals.map((n, j) => (
                  <td key={matrix.meetings[j]!.id} className="attendance-total">
                    {n}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {matrix && matrix.meetings.length > 0 ? (
        <ul className="attendance-legend" aria-label={t('bodies.attendance.legendLabel')} data-testid="attendance-legend">
          {CELLS.map((cell) => (
            <li key={cell}>
              <span className={`attendance-${cell}`} aria-hidden="true">
                {MARK[cell]}
              </span>
              {t(`bodies.attendance.cells.${cell}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
