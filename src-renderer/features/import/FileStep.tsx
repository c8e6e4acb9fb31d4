import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportRead } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { formatNumber } from '../../lib/format';
import type { ChosenFile } from '../../lib/files';

const DELIMITERS: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' };

/** "Semicolon-separated text · UTF-8 with BOM · 12 rows of people · 6 columns". */
export function describeFile(t: TFunction, file: ChosenFile, read: ImportRead): string {
  let format: string;
  let encoding: string;
  if (read.format === 'xlsx') {
    format = t('import.file.xlsx');
    encoding = 'XLSX';
  } else {
    const key = DELIMITERS[read.delimiter];
    const delimiter = key ? t(`import.file.delimiters.${key}`) : t('import.file.delimiters.other', { char: read.delimiter });
    format = t('import.file.separated', { delimiter });
    const name = t(`import.file.encodings.${read.encoding}`, { defaultValue: read.encoding.toUpperCase() });
    encoding = file.bom && read.encoding === 'utf-8' ? t('import.file.withBom', { encoding: name }) : name;
  }
  const rows = read.sheet.rowCount;
  const columns = read.sheet.headers.length;
  return t('import.file.summary', {
    format,
    encoding,
    rows: t('import.file.rows', { count: rows, formatted: formatNumber(rows) }),
    columns: t('import.file.columns', { count: columns, formatted: formatNumber(columns) }),
  });
}

export function FileStep(props: {
  file: ChosenFile | null;
  fileName: string;
  read: ImportRead | null;
  reading: boolean;
  error: string | null;
  onChoose: (file: File) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="dir-import-step">
      <p className="dir-import-intro">{t('import.file.intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('import.file.label')}
        </label>
        <input
          id={id}
          className="dir-import-file"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) props.onChoose(chosen);
          }}
        />
        <div id={`${id}-hint`} className="field-hint">
          {t('import.file.hint')}
        </div>
      </div>
      {props.reading ? <div className="loading-note">{t('import.file.reading', { fileName: props.fileName })}</div> : null}
      {props.error ? (
        <Banner kind="error" title={t('import.file.failedTitle', { fileName: props.fileName })}>
          <span data-testid="import-file-error">{props.error}</span>
          <br />
          {t('import.file.tryAnother')}
        </Banner>
      ) : null}
      {props.read && props.file && !props.reading ? (
        <Banner kind="info" title={t('import.file.detectedTitle', { fileName: props.file.fileName })}>
          <span data-testid="import-detected">{describeFile(t, props.file, props.read)}</span>
        </Banner>
      ) : null}
    </div>
  );
}
