import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, ImportPreviewRow, ImportProblem } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { translateIssue } from '../../i18n';
import { countryNameByCode } from '../../lib/countries';
import { formatNumber } from '../../lib/format';
import { useLookups } from '../../lib/lookups';
import { actionOf, choicesFor, countActions, newOrganisationsOf, type Decisions, type RowAction } from './preview';

const SHOWN_ROWS = 1000;

export function PreviewStep(props: {
  preview: ImportPreview;
  decisions: Decisions;
  onDecide: (row: number, action: RowAction) => void;
  /** A value typed in a cell in error, to be checked again. */
  onCorrect: (row: number, field: ImportField, value: string) => void;
  rechecking: boolean;
  onSkipErrors: () => void;
  /** The reasons the service gave for refusing the commit. */
  refused: { message: string; problems: string[] } | null;
}) {
  const { t } = useTranslation();
  const { preview, decisions } = props;
  const [onlyProblems, setOnlyProblems] = useState(false);
  const countries = useLookups((s) => s.countries);

  const counts = countActions(preview, decisions);
  const rows = onlyProblems ? preview.rows.filter((row) => row.problems.some((p) => p.severity === 'error')) : preview.rows;
  const shown = rows.slice(0, SHOWN_ROWS);
  const created = newOrganisationsOf(preview, decisions);
  const newOrganisations = created.length;

  return (
    <div className="dir-import-step">
      <dl className="dir-import-counts" data-testid="import-counts">
        {(['create', 'merge', 'skip', 'error'] as const).map((key) => (
          <div key={key} className={`dir-import-count is-${key}${counts[key] ? '' : ' is-zero'}`}>
            <dt>{t(`import.preview.counts.${key}`)}</dt>
            <dd>{formatNumber(counts[key])}</dd>
          </div>
        ))}
        <div className={`dir-import-count is-orgs${newOrganisations ? '' : ' is-zero'}`}>
          <dt>{t('import.preview.counts.newOrganisations')}</dt>
          <dd>{formatNumber(newOrganisations)}</dd>
        </div>
      </dl>
      {newOrganisations ? (
        <p className="dir-import-note">{t('import.preview.newOrganisationsList', { names: created.join(', ') })}</p>
      ) : null}

      {props.refused ? (
        <Banner kind="error" title={t('import.preview.refusedTitle')}>
          <ul className="dir-import-list" data-testid="import-refused">
            {(props.refused.problems.length ? props.refused.problems : [props.refused.message]).map((p, i) => (
              <li key={i}>{translateIssue(p)}</li>
            ))}
          </ul>
        </Banner>
      ) : null}

      {counts.error ? (
        <Banner
          kind="warning"
          title={t('import.preview.errorsTitle', { count: counts.error, formatted: formatNumber(counts.error) })}
          actions={
            <button type="button" className="button" onClick={props.onSkipErrors}>
              {t('import.preview.skipErrors')}
            </button>
          }
        >
          {t('import.preview.errorsText')}
        </Banner>
      ) : null}

      <div className="dir-import-toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
          {t('import.preview.onlyProblems')}
        </label>
        {props.rechecking ? (
          <span className="muted small" role="status">
            {t('import.preview.fix.rechecking')}
          </span>
        ) : null}
        {rows.length > SHOWN_ROWS ? (
          <span className="muted small">{t('import.preview.limited', { shown: formatNumber(SHOWN_ROWS), total: formatNumber(rows.length) })}</span>
        ) : null}
      </div>

      <div className="dir-import-table-wrap">
        <table className="dir-import-table dir-import-preview" aria-label={t('import.preview.tableLabel')}>
          <thead>
            <tr>
              <th scope="col" className="align-end">
                {t('import.preview.columns.row')}
              </th>
              <th scope="col">{t('import.preview.columns.action')}</th>
              <th scope="col">{t('import.preview.columns.name')}</th>
              <th scope="col">{t('import.preview.columns.email')}</th>
              <th scope="col">{t('import.preview.columns.country')}</th>
              <th scope="col">{t('import.preview.columns.organisation')}</th>
              <th scope="col">{t('import.preview.columns.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <PreviewRow
                key={row.row}
                row={row}
                action={actionOf(row, decisions)}
                country={row.countryCode ? countryNameByCode(row.countryCode, countries) : ''}
                onDecide={props.onDecide}
                onCorrect={props.onCorrect}
              />
            ))}
            {shown.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted">
                  {t('import.preview.noRows')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// Fields with a column of their own in the table; the others are corrected beside their problem.
const COLUMN_FIELDS: readonly ImportField[] = ['fullName', 'email', 'country', 'organisation'];

function PreviewRow(props: {
  row: ImportPreviewRow;
  action: ImportPreviewRow['action'];
  country: string;
  onDecide: (row: number, action: RowAction) => void;
  onCorrect: (row: number, field: ImportField, value: string) => void;
}) {
  const { t } = useTranslation();
  const { row, action } = props;
  const editable = new Map(row.editable.map((e) => [e.field, e]));
  const suggestionOf = (field: ImportField) => row.problems.find((p) => p.field === field && p.suggestion)?.suggestion;
  /** The cell as the file gave it, or a field to correct it in when it is in error (or was corrected). */
  const cell = (field: ImportField, shown: ReactNode) => {
    const edit = editable.get(field);
    if (!edit) return shown;
    return (
      <FixField
        row={row.row}
        field={field}
        value={edit.value}
        corrected={edit.corrected}
        invalid={row.problems.some((p) => p.field === field && p.severity === 'error')}
        suggestion={suggestionOf(field)}
        onCorrect={props.onCorrect}
      />
    );
  };
  const elsewhere = row.editable.filter((e) => !COLUMN_FIELDS.includes(e.field));
  // A new organisation already shows as a badge beside its name.
  const problems = row.problems.filter((p) => !(p.severity === 'warning' && p.field === 'organisation' && row.organisationNew));
  // The service writes its problems in English; the issues catalog translates them, the values they name kept.
  const problemText = (p: ImportProblem) =>
    p.suggestion && !p.message.includes(p.suggestion)
      ? `${translateIssue(p.message)}. ${t('import.preview.didYouMean', { suggestion: p.suggestion })}`
      : translateIssue(p.message);
  return (
    <tr className={`dir-import-row is-${action}`} data-row={row.row}>
      <td className="align-end dir-import-rownum">{row.row}</td>
      <td>
        <select
          className={`select select-small dir-import-action is-${action}`}
          aria-label={t('import.preview.actionLabel', { row: row.row })}
          value={action}
          onChange={(event) => props.onDecide(row.row, event.target.value as RowAction)}
        >
          {choicesFor(row).map((choice) => (
            <option key={choice} value={choice} disabled={choice === 'error'}>
              {t(`import.preview.actions.${choice}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="dir-import-name">{cell('fullName', row.fullName || <span className="muted">{t('import.preview.noName')}</span>)}</td>
      <td className="dir-import-email">{cell('email', row.email)}</td>
      <td>{cell('country', props.country)}</td>
      <td>
        {cell('organisation', row.organisationName ?? '')}
        {row.organisationNew ? (
          <span className="badge badge-accent dir-import-new" title={t('import.preview.newTitle')}>
            {t('import.preview.newBadge')}
          </span>
        ) : null}
      </td>
      <td className="dir-import-notes">
        {problems.length || row.match ? (
          <ul className="dir-import-problems">
            {problems.map((p, i) => (
              <li key={i} className={`is-${p.severity}`}>
                {t('import.preview.problem', { row: row.row, message: problemText(p) })}
              </li>
            ))}
            {row.match ? (
              <li className="is-match">
                {t('import.preview.matchThen', {
                  match: t(row.match.by === 'email' ? 'import.preview.matchEmail' : 'import.preview.matchName', { name: row.match.fullName }),
                  action: t(`import.preview.actions.${action}`),
                })}
              </li>
            ) : null}
          </ul>
        ) : null}
        {elsewhere.map((e) => (
          <div key={e.field} className="dir-import-fix-elsewhere">
            {cell(e.field, null)}
          </div>
        ))}
      </td>
    </tr>
  );
}

/** A cell typed in the preview: Enter or leaving it sends it to be checked again; the file itself is not changed. */
function FixField(props: {
  row: number;
  field: ImportField;
  value: string;
  corrected: boolean;
  invalid: boolean;
  suggestion: string | undefined;
  onCorrect: (row: number, field: ImportField, value: string) => void;
}) {
  const { t } = useTranslation();
  const { row, field, value } = props;
  const [text, setText] = useState(value);
  // The check may tidy what was typed (spaces, case): show what it kept.
  useEffect(() => setText(value), [value]);
  const label = t('import.preview.fix.label', { field: t(`import.preview.fix.fields.${field}`), row });
  const send = (next: string) => {
    if (next.trim() !== value.trim()) props.onCorrect(row, field, next);
  };
  // "Romania (RO)": the code is what the check reads best.
  const suggested = props.suggestion ? (/\(([A-Z]{2})\)$/.exec(props.suggestion)?.[1] ?? props.suggestion) : null;
  return (
    <span className={`dir-import-fix${props.corrected && !props.invalid ? ' is-corrected' : ''}`}>
      {field === 'notes' ? (
        <textarea
          className="textarea dir-import-fix-input"
          aria-label={label}
          aria-invalid={props.invalid}
          title={t('import.preview.fix.hint')}
          value={text}
          rows={2}
          maxLength={20_000}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => send(text)}
        />
      ) : (
        <input
          className="input dir-import-fix-input"
          aria-label={label}
          aria-invalid={props.invalid}
          title={t('import.preview.fix.hint')}
          value={text}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => send(text)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            send(text);
          }}
        />
      )}
      {suggested && props.invalid ? (
        <button
          type="button"
          className="button button-small button-quiet dir-import-fix-suggestion"
          onClick={() => {
            setText(suggested);
            props.onCorrect(row, field, suggested);
          }}
        >
          {t('import.preview.fix.useSuggestion', { suggestion: props.suggestion })}
        </button>
      ) : null}
      {props.corrected && !props.invalid ? (
        <span className="badge dir-import-corrected" title={t('import.preview.fix.correctedTitle')}>
          {t('import.preview.fix.corrected')}
        </span>
      ) : null}
    </span>
  );
}
