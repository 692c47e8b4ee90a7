import { FormattedMessage, useIntl } from 'react-intl';
import { changeFilters, parseDay, RADII, type SearchFilters } from '../../search-state';

interface MoreFiltersProps {
  filters: SearchFilters;
  /** The logged-in teacher's school; "from my school" is offered only with one. */
  schoolName: string | null;
  onChange: (next: SearchFilters) => void;
}

/** Free only, the period in which the activity starts, and (for a teacher) distance from the own school. */
export function MoreFilters({ filters, schoolName, onChange }: MoreFiltersProps) {
  const intl = useIntl();
  const set = (change: Partial<SearchFilters>) =>
    onChange(changeFilters(filters, (draft) => ({ ...draft, ...change })));
  const setDay = (key: 'startsAfter' | 'startsBefore', value: string) => {
    // A date input gives '' while it is incomplete; only a whole, plausible day changes the search.
    if (value === '') set({ [key]: null });
    else if (parseDay(value)) set({ [key]: value });
  };
  return (
    <fieldset className="tm-more-filters">
      <legend className="tm-more-filters__legend">
        <FormattedMessage id="public.filters.more" />
      </legend>
      <div className="tm-checkbox">
        <input
          id="filter-free"
          type="checkbox"
          className="tm-checkbox__input"
          checked={filters.freeOnly}
          onChange={(event) => set({ freeOnly: event.currentTarget.checked })}
        />
        <label htmlFor="filter-free" className="tm-checkbox__label">
          <FormattedMessage id="public.filters.freeOnly" />
        </label>
      </div>
      <div className="tm-date-field">
        <label htmlFor="filter-starts-after" className="tm-label">
          <FormattedMessage id="public.filters.startsAfter" />
        </label>
        <input
          id="filter-starts-after"
          type="date"
          className="tm-input"
          min="2015-01-01"
          max={filters.startsBefore ?? undefined}
          value={filters.startsAfter ?? ''}
          onChange={(event) => setDay('startsAfter', event.currentTarget.value)}
        />
      </div>
      <div className="tm-date-field">
        <label htmlFor="filter-starts-before" className="tm-label">
          <FormattedMessage id="public.filters.startsBefore" />
        </label>
        <input
          id="filter-starts-before"
          type="date"
          className="tm-input"
          min={filters.startsAfter ?? '2015-01-01'}
          value={filters.startsBefore ?? ''}
          onChange={(event) => setDay('startsBefore', event.currentTarget.value)}
        />
      </div>
      {schoolName ? (
        <div className="tm-near-school">
          <div className="tm-checkbox">
            <input
              id="filter-from-school"
              type="checkbox"
              className="tm-checkbox__input"
              checked={filters.fromSchool}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                set({
                  fromSchool: on,
                  radiusKm: on ? filters.radiusKm : null,
                  sort: !on && filters.sort === 'DISTANCE' ? 'RELEVANCE' : filters.sort,
                });
              }}
            />
            <label htmlFor="filter-from-school" className="tm-checkbox__label">
              <FormattedMessage id="public.filters.fromSchool" values={{ school: schoolName }} />
            </label>
          </div>
          <label htmlFor="filter-radius" className="tm-label">
            <FormattedMessage id="public.filters.radius" />
          </label>
          <select
            id="filter-radius"
            className="tm-input"
            disabled={!filters.fromSchool}
            value={filters.radiusKm ?? ''}
            onChange={(event) =>
              set({ radiusKm: event.currentTarget.value ? Number(event.currentTarget.value) : null })
            }
          >
            <option value="">{intl.formatMessage({ id: 'public.filters.radiusAny' })}</option>
            {[...new Set([...RADII, ...(filters.radiusKm ? [filters.radiusKm] : [])])]
              .sort((a, b) => a - b)
              .map((km) => (
                <option key={km} value={km}>
                  {intl.formatMessage({ id: 'public.filters.radiusKm' }, { km })}
                </option>
              ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
