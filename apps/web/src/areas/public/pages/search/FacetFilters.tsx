import { FormattedMessage, useIntl } from 'react-intl';
import { facetLabel, facetValueLabel } from '../../labels';
import {
  changeFilters,
  FACET_FIELDS,
  FACET_VALUES,
  type FacetField,
  type SearchFilters,
} from '../../search-state';

export type FacetCounts = ReadonlyArray<{
  field: string;
  values: ReadonlyArray<{ value: string; count: number }>;
}>;

// Open from the start: the facets a teacher uses most.
const OPEN_BY_DEFAULT = new Set<FacetField>(['provinces', 'levels', 'types']);

interface FacetFiltersProps {
  filters: SearchFilters;
  /** The counts of the current result; undefined before the first answer. */
  facets: FacetCounts | undefined;
  onChange: (next: SearchFilters) => void;
}

/**
 * The seven facets, each a group of checkboxes labelled with the value's Dutch name and its count. Counts are
 * disjunctive: a field's counts ignore its own choices, so they say what ticking another value adds. Values
 * stay in a fixed order; those without hits are left out unless chosen.
 */
export function FacetFilters({ filters, facets, onChange }: FacetFiltersProps) {
  return (
    <>
      {FACET_FIELDS.map((field) => (
        <FacetGroup
          key={field}
          field={field}
          filters={filters}
          counts={facets?.find((facet) => facet.field === field)?.values}
          onChange={onChange}
        />
      ))}
    </>
  );
}

function FacetGroup({
  field,
  filters,
  counts,
  onChange,
}: {
  field: FacetField;
  filters: SearchFilters;
  counts: ReadonlyArray<{ value: string; count: number }> | undefined;
  onChange: (next: SearchFilters) => void;
}) {
  const intl = useIntl();
  const chosen = filters.facets[field] as readonly string[];
  const countOf = new Map((counts ?? []).map(({ value, count }) => [value, count]));
  const values = (FACET_VALUES[field] as readonly string[]).filter(
    (value) => chosen.includes(value) || (countOf.get(value) ?? 0) > 0,
  );
  const toggle = (value: string, on: boolean) =>
    onChange(
      changeFilters(filters, (draft) => ({
        ...draft,
        facets: {
          ...draft.facets,
          [field]: (FACET_VALUES[field] as readonly string[]).filter((candidate) =>
            candidate === value ? on : chosen.includes(candidate),
          ),
        },
      })),
    );
  const legend = facetLabel(intl, field);
  return (
    <details className="tm-facet" open={OPEN_BY_DEFAULT.has(field) || chosen.length > 0}>
      <summary className="tm-facet__summary">
        {legend}
        {chosen.length ? (
          <span className="tm-facet__chosen">
            {' '}
            <FormattedMessage id="public.facet.chosen" values={{ count: chosen.length }} />
          </span>
        ) : null}
      </summary>
      <fieldset className="tm-facet__fieldset">
        <legend className="tm-visually-hidden">{legend}</legend>
        {values.length ? (
          <ul className="tm-facet__values">
            {values.map((value) => {
              const id = `facet-${field}-${value.replace(/\W+/g, '-')}`;
              return (
                <li key={value} className="tm-checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    className="tm-checkbox__input"
                    checked={chosen.includes(value)}
                    onChange={(event) => toggle(value, event.currentTarget.checked)}
                  />
                  <label htmlFor={id} className="tm-checkbox__label">
                    {facetValueLabel(intl, field, value)} ({countOf.get(value) ?? 0})
                  </label>
                </li>
              );
            })}
          </ul>
        ) : counts ? (
          <p className="tm-muted">
            <FormattedMessage id="public.facet.none" />
          </p>
        ) : null}
      </fieldset>
    </details>
  );
}
