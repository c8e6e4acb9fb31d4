import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, feedMeasures, reportingPeriods, type EventKind, type Indicator, type Project, type ReportingPeriod } from '../../../src-shared/contract';
import { FormDialog } from '../../components/FormDialog';
import { Field, FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { unplacedErrors, type FieldErrors } from '../../lib/issues';
import { useDialogSave } from '../../lib/useDialogSave';
import { useCountryOptions } from '../../lib/lookups';
import { parseNumber } from './parts';

type Measure = (typeof feedMeasures)[number];

interface TargetRow {
  key: number;
  code: string;
  target: string;
}

let nextKey = 1;

const FIELDS = [
  'name',
  'unit',
  'target',
  'baseline',
  'cumulative',
  'period',
  'feedEventKind',
  'feedMeasure',
  'feedOfficers',
  'feedOfficersIndicatorId',
  'targetsByCountry',
  'targetsByPeriod',
];

/** The officers' source as the select holds it: every entry of the project, or one indicator's id. */
const ALL_ENTRIES = 'project';

export type IndicatorTarget = { mode: 'new' } | { mode: 'edit'; indicator: Indicator };

/** What a project counts, its target, how it is reported, and whether the calendar feeds it. */
export function IndicatorDialog(props: { target: IndicatorTarget | null; project: Project; onClose: () => void; onSaved: (indicator: Indicator, created: boolean) => void }) {
  const { t } = useTranslation();
  const { target, project } = props;
  const countryOptions = useCountryOptions();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [targetText, setTargetText] = useState('');
  const [baselineText, setBaselineText] = useState('');
  const [cumulative, setCumulative] = useState(true);
  const [decreasing, setDecreasing] = useState(false);
  const [period, setPeriod] = useState<ReportingPeriod>('quarter');
  const [fed, setFed] = useState(false);
  const [kind, setKind] = useState<EventKind | ''>('');
  const [measure, setMeasure] = useState<Measure>('events');
  const [officersFed, setOfficersFed] = useState(false);
  const [officersFrom, setOfficersFrom] = useState(ALL_ENTRIES);
  const [countryTargets, setCountryTargets] = useState<TargetRow[]>([]);
  const [periodTargets, setPeriodTargets] = useState<Array<{ key: number; periodKey: string; target: string }>>([]);
  const { busy, errors, setErrors, conflict, run, reset } = useDialogSave({ conflicts: true });

  useEffect(() => {
    if (!target) return;
    const i = target.mode === 'edit' ? target.indicator : null;
    setName(i?.name ?? '');
    setUnit(i?.unit ?? '');
    setTargetText(i ? String(i.target) : '');
    setBaselineText(i?.baseline ? String(i.baseline) : '');
    setCumulative(i?.cumulative ?? true);
    setDecreasing(i?.decreasing ?? false);
    setPeriod(i?.period ?? 'quarter');
    setFed(i ? i.feedMeasure !== null : false);
    setKind(i?.feedEventKind ?? '');
    setMeasure(i?.feedMeasure ?? 'events');
    setOfficersFed(i ? i.feedOfficers !== null : false);
    setOfficersFrom(i?.feedOfficers === 'indicator' && i.feedOfficersIndicatorId ? i.feedOfficersIndicatorId : ALL_ENTRIES);
    setCountryTargets((i?.targetsByCountry ?? []).map((r) => ({ key: nextKey++, code: r.countryCode, target: String(r.target) })));
    setPeriodTargets((i?.targetsByPeriod ?? []).map((r) => ({ key: nextKey++, periodKey: r.periodKey, target: String(r.target) })));
    reset();
  }, [target]);

  async function save(overwrite = false) {
    if (!target || busy) return;
    const local: FieldErrors = {};
    const targetValue = parseNumber(targetText);
    const baselineValue = baselineText.trim() ? parseNumber(baselineText) : 0;
    if (targetValue === null) local.target = t('projects.indicators.targetRequired');
    if (baselineValue === null) local.baseline = t('projects.entries.notANumber');
    const byCountry = countryTargets.filter((r) => r.code || r.target.trim());
    byCountry.forEach((r, index) => {
      if (parseNumber(r.target) === null) local[`targetsByCountry.${index}.target`] = t('projects.entries.notANumber');
    });
    const byPeriod = periodTargets.filter((r) => r.periodKey.trim() || r.target.trim());
    // Blank rows go, so that the messages' row numbers match the rows on screen.
    setCountryTargets(byCountry);
    setPeriodTargets(byPeriod);
    byPeriod.forEach((r, index) => {
      if (parseNumber(r.target) === null) local[`targetsByPeriod.${index}.target`] = t('projects.entries.notANumber');
    });
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    const fields = {
      name,
      unit,
      target: targetValue!,
      baseline: baselineValue!,
      cumulative,
      decreasing: cumulative && decreasing,
      period,
      feedEventKind: fed && kind ? kind : null,
      feedMeasure: fed ? measure : null,
      feedOfficers: officersFed ? (officersFrom === ALL_ENTRIES ? ('project' as const) : ('indicator' as const)) : null,
      feedOfficersIndicatorId: officersFed && officersFrom !== ALL_ENTRIES ? officersFrom : null,
      targetsByCountry: byCountry.map((r) => ({ countryCode: r.code, target: parseNumber(r.target)! })),
      targetsByPeriod: byPeriod.map((r) => ({ periodKey: r.periodKey, target: parseNumber(r.target)! })),
    };
    await run(async () => {
      const saved =
        target.mode === 'edit'
          ? await invoke('indicators.update', { id: target.indicator.id, ...fields, ...(overwrite ? {} : { expectedUpdatedAt: target.indicator.updatedAt }) })
          : await invoke('indicators.create', { projectId: project.id, ...fields });
      props.onSaved(saved, target.mode === 'new');
      props.onClose();
    });
  }

  function prefillPartners() {
    const have = new Set(countryTargets.map((r) => r.code));
    const partners = project.partners.flatMap((p) => (p.countryCode && !have.has(p.countryCode) ? [p.countryCode] : []));
    setCountryTargets((rows) => [...rows.filter((r) => r.code || r.target), ...partners.map((code) => ({ key: nextKey++, code, target: '' }))]);
  }

  const rowError = (field: string, index: number) => errors[`${field}.${index}.target`] ?? errors[`${field}.${index}.countryCode`] ?? errors[`${field}.${index}.periodKey`] ?? errors[`${field}.${index}`];
  const general = unplacedErrors(errors, FIELDS);
  const periodName = t(`projects.periods.lower.${period}`);
  const editingId = target?.mode === 'edit' ? target.indicator.id : null;
  const sources = project.indicators.filter((i) => i.id !== editingId);

  return (
    <FormDialog
      open={target !== null}
      title={target?.mode === 'edit' ? t('projects.indicators.editTitle', { name: target.indicator.name }) : t('projects.indicators.newTitle')}
      subtitle={t('projects.indicators.subtitle', { project: project.acronym })}
      onClose={props.onClose}
      testId="indicator-dialog"
      className="projects-dialog"
      busy={busy}
      saveLabel={target?.mode === 'edit' ? t('common.save') : t('projects.indicators.create')}
      onSave={(overwrite) => void save(overwrite)}
      errors={general}
      conflict={conflict ? { title: t('projects.indicators.conflictTitle'), text: t('projects.indicators.conflictText') } : null}
    >
      <div className="form-row projects-form-name">
        <Field label={t('projects.indicators.name')} required error={errors.name}>
          {(control) => <input {...control} className="input" autoFocus maxLength={300} value={name} placeholder={t('projects.indicators.namePlaceholder')} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('projects.indicators.unit')} error={errors.unit}>
          {(control) => <input {...control} className="input" maxLength={60} value={unit} placeholder={t('projects.indicators.unitPlaceholder')} onChange={(e) => setUnit(e.target.value)} />}
        </Field>
      </div>
      <fieldset className="field segmented">
        <legend className="field-label">{t('projects.indicators.targetKind')}</legend>
        <div className="segmented-options" role="radiogroup">
          <label className={cumulative ? 'segmented-option is-checked' : 'segmented-option'}>
            <input type="radio" name="indicator-cumulative" checked={cumulative} onChange={() => setCumulative(true)} />
            {t('projects.indicators.cumulative')}
          </label>
          <label className={!cumulative ? 'segmented-option is-checked' : 'segmented-option'}>
            <input type="radio" name="indicator-cumulative" checked={!cumulative} onChange={() => setCumulative(false)} />
            {t('projects.indicators.perPeriod')}
          </label>
        </div>
      </fieldset>
      <div className="form-row form-row-3">
        <Field label={cumulative ? t('projects.indicators.target') : t('projects.indicators.targetPer', { period: periodName })} required error={errors.target}>
          {(control) => <input {...control} className="input num-input" inputMode="decimal" value={targetText} onChange={(e) => setTargetText(e.target.value)} />}
        </Field>
        <Field label={t('projects.indicators.baseline')} error={errors.baseline} hint={cumulative && decreasing ? t('projects.indicators.baselineHintDown') : t('projects.indicators.baselineHint')}>
          {(control) => <input {...control} className="input num-input" inputMode="decimal" value={baselineText} placeholder="0" onChange={(e) => setBaselineText(e.target.value)} />}
        </Field>
        <Field label={t('projects.indicators.period')} error={errors.period} hint={t('projects.indicators.periodHint')}>
          {(control) => (
            <select {...control} className="select" value={period} onChange={(e) => setPeriod(e.target.value as ReportingPeriod)}>
              {reportingPeriods.map((p) => (
                <option key={p} value={p}>
                  {t(`projects.periods.names.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {cumulative ? (
        <label className="checkbox" data-testid="indicator-decreasing">
          <input type="checkbox" checked={decreasing} onChange={(e) => setDecreasing(e.target.checked)} />
          <span>
            {t('projects.indicators.decreasing')}
            <span className="field-hint-inline">{t('projects.indicators.decreasingHint')}</span>
          </span>
        </label>
      ) : null}
      <fieldset className="form-section">
        <legend className="form-section-title">{t('projects.indicators.feedTitle')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={fed} onChange={(e) => setFed(e.target.checked)} />
          <span>
            {t('projects.indicators.fed')}
            <span className="field-hint-inline">{t('projects.indicators.fedHint')}</span>
          </span>
        </label>
        {fed ? (
          <div className="form-row">
            <Field label={t('projects.indicators.feedKind')} error={errors.feedEventKind}>
              {(control) => (
                <select {...control} className="select" value={kind} onChange={(e) => setKind(e.target.value as EventKind | '')}>
                  <option value="">{t('projects.indicators.anyKind')}</option>
                  {eventKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`events.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('projects.indicators.feedMeasure')} error={errors.feedMeasure}>
              {(control) => (
                <select {...control} className="select" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
                  {feedMeasures.map((m) => (
                    <option key={m} value={m}>
                      {t(`projects.indicators.measureOptions.${m}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">{t('projects.indicators.officersTitle')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={officersFed} onChange={(e) => setOfficersFed(e.target.checked)} />
          <span>
            {t('projects.indicators.officersFed')}
            <span className="field-hint-inline">{t('projects.indicators.officersFedHint')}</span>
          </span>
        </label>
        {officersFed ? (
          <div>
            <Field label={t('projects.indicators.officersFrom')} error={errors.feedOfficersIndicatorId ?? errors.feedOfficers}>
              {(control) => (
                <select {...control} className="select" value={officersFrom} onChange={(e) => setOfficersFrom(e.target.value)}>
                  <option value={ALL_ENTRIES}>{t('projects.indicators.officersFromProject')}</option>
                  {sources.map((i) => (
                    <option key={i.id} value={i.id}>
                      {t('projects.indicators.officersFromIndicator', { name: i.name })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">
          {t('projects.indicators.byCountry')}
          {countryTargets.length ? <span className="section-count">{countryTargets.length}</span> : null}
        </legend>
        {errors.targetsByCountry ? <FieldError message={errors.targetsByCountry} /> : null}
        {countryTargets.length === 0 ? <p className="muted small">{t('projects.indicators.byCountryNone')}</p> : null}
        <div className="target-rows">
          {countryTargets.map((row, index) => {
            const error = rowError('targetsByCountry', index);
            return (
              <TargetRow
                key={row.key}
                error={error}
                target={row.target}
                targetLabel={t('projects.indicators.countryTarget', { country: countryOptions.find((c) => c.value === row.code)?.label ?? index + 1 })}
                onTarget={(target) => setCountryTargets((rows) => rows.map((r) => (r.key === row.key ? { ...r, target } : r)))}
                removeLabel={t('projects.indicators.removeRow', { number: index + 1 })}
                onRemove={() => setCountryTargets((rows) => rows.filter((r) => r.key !== row.key))}
              >
                <select
                  className="select"
                  aria-label={t('projects.indicators.countryN', { number: index + 1 })}
                  value={row.code}
                  onChange={(e) => setCountryTargets((rows) => rows.map((r) => (r.key === row.key ? { ...r, code: e.target.value } : r)))}
                >
                  <option value="">{t('projects.fields.chooseCountry')}</option>
                  {countryOptions.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </TargetRow>
            );
          })}
        </div>
        <div className="button-row">
          <button type="button" className="button button-quiet button-small" onClick={() => setCountryTargets((rows) => [...rows, { key: nextKey++, code: '', target: '' }])}>
            <Icon name="plus" size={14} />
            {t('projects.indicators.addCountry')}
          </button>
          {project.partners.some((p) => p.countryCode) ? (
            <button type="button" className="button button-quiet button-small" onClick={prefillPartners}>
              <Icon name="people" size={14} />
              {t('projects.indicators.addPartners')}
            </button>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">
          {t('projects.indicators.byPeriod')}
          {periodTargets.length ? <span className="section-count">{periodTargets.length}</span> : null}
        </legend>
        <p className="muted small">{t('projects.indicators.byPeriodHint')}</p>
        <div className="target-rows">
          {periodTargets.map((row, index) => {
            const error = rowError('targetsByPeriod', index);
            return (
              <TargetRow
                key={row.key}
                error={error}
                target={row.target}
                targetLabel={t('projects.indicators.periodTarget', { number: index + 1 })}
                onTarget={(target) => setPeriodTargets((rows) => rows.map((r) => (r.key === row.key ? { ...r, target } : r)))}
                removeLabel={t('projects.indicators.removePeriodRow', { number: index + 1 })}
                onRemove={() => setPeriodTargets((rows) => rows.filter((r) => r.key !== row.key))}
              >
                <input
                  className="input"
                  aria-label={t('projects.indicators.periodN', { number: index + 1 })}
                  placeholder="2026-Q2"
                  value={row.periodKey}
                  onChange={(e) => setPeriodTargets((rows) => rows.map((r) => (r.key === row.key ? { ...r, periodKey: e.target.value } : r)))}
                />
              </TargetRow>
            );
          })}
        </div>
        <div className="button-row">
          <button type="button" className="button button-quiet button-small" onClick={() => setPeriodTargets((rows) => [...rows, { key: nextKey++, periodKey: '', target: '' }])}>
            <Icon name="plus" size={14} />
            {t('projects.indicators.addPeriod')}
          </button>
        </div>
      </fieldset>
    </FormDialog>
  );
}

/** One target of a country or a period: what it is for (`children`), the number, and a way to remove it. */
function TargetRow(props: {
  error: string | undefined;
  target: string;
  targetLabel: string;
  onTarget: (target: string) => void;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={props.error ? 'target-row has-error' : 'target-row'}>
      {props.children}
      <input
        className="input num-input"
        inputMode="decimal"
        aria-label={props.targetLabel}
        aria-invalid={props.error ? true : undefined}
        value={props.target}
        onChange={(e) => props.onTarget(e.target.value)}
      />
      <button type="button" className="icon-button" title={t('common.remove')} aria-label={props.removeLabel} onClick={props.onRemove}>
        <Icon name="close" size={16} />
      </button>
      {props.error ? <FieldError message={props.error} /> : null}
    </div>
  );
}
