import { useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, eventStatuses } from '../../../src-shared/contract';
import { FilterSelect, SearchBox } from '../../components/Screen';
import { useBodyOptions, useCountryOptions, useLookups } from '../../lib/lookups';
import { useDebounced } from '../../lib/useDebounced';
import { isFiltered, useCalendar, type Filter } from './store';

/**
 * Checkboxes where nothing ticked-off means "all": every box starts ticked, unticking one hides
 * that kind, and ticking them all again clears the filter.
 */
function toggle<T extends string>(all: readonly T[], chosen: T[], value: T, on: boolean): T[] {
  const current = chosen.length === 0 ? [...all] : chosen;
  const next = on ? [...current, value] : current.filter((v) => v !== value);
  return next.length === all.length ? [] : all.filter((v) => next.includes(v));
}

/** The filters beside the calendar: search, kinds (with their colours, the legend), statuses, body, country, tag. */
export function CalendarFilters({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const filter = useCalendar((s) => s.filter);
  const searchText = useCalendar((s) => s.searchText);
  const setFilter = useCalendar((s) => s.setFilter);
  const setSearchText = useCalendar((s) => s.setSearchText);
  const clearFilters = useCalendar((s) => s.clearFilters);
  const bodyOptions = useBodyOptions();
  const countryOptions = useCountryOptions();
  const tags = useLookups((s) => s.tags);
  const tagOptions = useMemo(() => tags.map((tag) => ({ value: tag.name, label: `${tag.name} (${tag.eventCount})` })), [tags]);

  const search = useDebounced(searchText.trim(), 250);
  useEffect(() => {
    if (search !== useCalendar.getState().filter.search) setFilter({ search });
  }, [search, setFilter]);

  const single = (key: 'bodyIds' | 'countryCodes' | 'tags', value: string | null) => setFilter({ [key]: value ? [value] : [] } as Partial<Filter>);

  return (
    <aside className="calendar-filters" aria-label={t('calendar.filters.label')}>
      <SearchBox
        label={t('calendar.filters.search')}
        placeholder={t('calendar.filters.searchPlaceholder')}
        value={searchText}
        onChange={setSearchText}
        inputRef={searchRef}
      />
      <fieldset className="filter-group">
        <legend className="filter-group-title">{t('calendar.filters.kinds')}</legend>
        {eventKinds.map((kind) => (
          <label key={kind} className="filter-check">
            <input
              type="checkbox"
              checked={filter.kinds.length === 0 || filter.kinds.includes(kind)}
              onChange={(e) => setFilter({ kinds: toggle(eventKinds, filter.kinds, kind, e.target.checked) })}
            />
            <span className={`kind-swatch ev-${kind}`} aria-hidden="true" />
            <span>{t(`events.kinds.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend className="filter-group-title">{t('calendar.filters.statuses')}</legend>
        {eventStatuses.map((status) => (
          <label key={status} className="filter-check">
            <input
              type="checkbox"
              checked={filter.statuses.length === 0 || filter.statuses.includes(status)}
              onChange={(e) => setFilter({ statuses: toggle(eventStatuses, filter.statuses, status, e.target.checked) })}
            />
            <span className={`status-sample status-${status}`} aria-hidden="true">
              Aa
            </span>
            <span>{t(`events.statuses.${status}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="filter-group">
        <FilterSelect
          label={t('calendar.filters.body')}
          anyLabel={t('calendar.filters.allBodies')}
          value={filter.bodyIds[0] ?? null}
          options={bodyOptions}
          onChange={(value) => single('bodyIds', value)}
        />
        <FilterSelect
          label={t('calendar.filters.country')}
          anyLabel={t('filters.allCountries')}
          value={filter.countryCodes[0] ?? null}
          options={countryOptions}
          onChange={(value) => single('countryCodes', value)}
        />
        <FilterSelect
          label={t('calendar.filters.tag')}
          anyLabel={t('calendar.filters.allTags')}
          value={filter.tags[0] ?? null}
          options={tagOptions}
          onChange={(value) => single('tags', value)}
        />
        <p className="filter-hint">{t('calendar.filters.countryHint')}</p>
      </div>
      {isFiltered(filter) || searchText ? (
        <button type="button" className="button button-quiet filter-clear" onClick={clearFilters}>
          {t('common.clearFilters')}
        </button>
      ) : null}
    </aside>
  );
}
