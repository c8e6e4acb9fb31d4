import { useTranslation } from 'react-i18next';
import type { ImportRead, ImportTarget } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { Field, LookupSelect } from '../../components/Field';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';
import { TARGETS, samplesOf } from './mapping';

export interface ImportDefaults {
  countryCode: string;
  organisationId: string;
}

export function MappingStep(props: {
  read: ImportRead;
  mapping: ImportTarget[];
  defaults: ImportDefaults;
  problems: string[];
  /** A refusal of the service when the preview was asked for. */
  error: string | null;
  onMappingChange: (mapping: ImportTarget[]) => void;
  onDefaultsChange: (defaults: ImportDefaults) => void;
}) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const organisationOptions = useOrganisationOptions({ byLabel: true });
  const { read, mapping, defaults } = props;

  return (
    <div className="dir-import-step">
      <p className="dir-import-intro">{t('import.mapping.intro')}</p>
      {read.rememberedMapping ? (
        <p className="dir-import-note" data-testid="import-mapping-source">
          {t('import.mapping.remembered')}
        </p>
      ) : (
        <p className="dir-import-note" data-testid="import-mapping-source">
          {t('import.mapping.suggested')}
        </p>
      )}
      <div className="dir-import-table-wrap">
        <table className="dir-import-table dir-import-mapping" aria-label={t('import.steps.mapping')}>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.samples')}</th>
              <th scope="col">{t('import.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {read.sheet.headers.map((header, index) => {
              const name = header.trim() || t('import.mapping.noHeader', { n: index + 1 });
              const samples = samplesOf(read.sheet.sampleRows, index);
              const target = mapping[index] ?? 'ignore';
              return (
                <tr key={index} className={target === 'ignore' ? 'is-ignored' : undefined}>
                  <th scope="row" className="dir-import-header">
                    {name}
                  </th>
                  <td>
                    <div className="dir-import-samples">
                      {samples.length ? (
                        samples.map((value, i) => (
                          <span key={i} className="dir-import-sample">
                            {value}
                          </span>
                        ))
                      ) : (
                        <span className="muted">{t('import.mapping.empty')}</span>
                      )}
                    </div>
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={t('import.mapping.targetLabel', { header: name })}
                      value={target}
                      onChange={(event) => props.onMappingChange(mapping.map((m, i) => (i === index ? (event.target.value as ImportTarget) : m)))}
                    >
                      {TARGETS.map((option) => (
                        <option key={option} value={option}>
                          {t(`import.mapping.targets.${option}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {props.problems.length ? (
        <Banner kind="warning" title={props.problems[0]!}>
          {props.problems.length > 1 ? (
            <ul className="dir-import-list">
              {props.problems.slice(1).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {props.error ? <Banner kind="error" title={t('import.preview.failedTitle')}>{props.error}</Banner> : null}
      <fieldset className="dir-import-defaults">
        <legend className="field-label">{t('import.mapping.defaultsTitle')}</legend>
        <Field label={t('import.mapping.defaultCountry')}>
          {(control) => (
            <LookupSelect
              control={control}
              value={defaults.countryCode}
              options={countryOptions}
              emptyLabel={t('import.mapping.noDefault')}
              missingLabel={defaults.countryCode}
              onChange={(value) => props.onDefaultsChange({ ...defaults, countryCode: value })}
            />
          )}
        </Field>
        <Field label={t('import.mapping.defaultOrganisation')}>
          {(control) => (
            <LookupSelect
              control={control}
              value={defaults.organisationId}
              options={organisationOptions}
              emptyLabel={t('import.mapping.noDefault')}
              missingLabel={null}
              onChange={(value) => props.onDefaultsChange({ ...defaults, organisationId: value })}
            />
          )}
        </Field>
      </fieldset>
    </div>
  );
}
