import '../public.css';
import { useQuery } from '@apollo/client/react';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Page } from '../../../components/Page';
import {
  changeFilters,
  filtersOf,
  searchInputOf,
  SORTS,
  toParams,
  type SearchFilters,
} from '../search-state';
import { FacetFilters } from './search/FacetFilters';
import { FilterChips } from './search/FilterChips';
import { MoreFilters } from './search/MoreFilters';
import { Pager } from './search/Pager';
import { SearchActivitiesQuery } from './search/queries';
import { ResultList } from './search/ResultList';
import { SearchBox } from './search/SearchBox';
import { useMySchool } from './search/use-my-school';
import { ZeroResults } from './search/ZeroResults';

const route = getRouteApi('/activiteiten');

// Leaflet loads only when someone opens the map.
const SearchMap = lazy(() => import('./search/SearchMap').then((module) => ({ default: module.SearchMap })));

const SORT_LABEL = {
  RELEVANCE: 'public.sort.relevance',
  DISTANCE: 'public.sort.distance',
  START_DATE: 'public.sort.startDate',
  RATING: 'public.sort.rating',
} as const;

/**
 * /activiteiten: everyone's search over the published activities. Every choice is in the URL; the page reads
 * its filters from there and writes changes back, so reload, back/forward and shared links show the same.
 */
export function SearchPage() {
  const intl = useIntl();
  const params = route.useSearch();
  const navigate = route.useNavigate();
  const filters = useMemo(() => filtersOf(params as Record<string, unknown>), [params]);
  const { school, pending } = useMySchool();
  const schoolCode = school?.vestigingscode ?? null;
  const input = useMemo(() => searchInputOf(filters, schoolCode), [filters, schoolCode]);
  const { data, previousData, loading, error } = useQuery(SearchActivitiesQuery, {
    variables: { input },
    // "From my school" waits for the school, rather than searching twice.
    skip: filters.fromSchool && pending,
  });
  const result = (data ?? previousData)?.searchActivities;
  const problems = useMemo(() => problemsOf(error), [error]);
  const searchInput = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const apply = useCallback(
    (next: SearchFilters, replace = false) => void navigate({ search: toParams(next), replace }),
    [navigate],
  );
  const clearAll = useCallback(() => {
    apply(filtersOf({ weergave: filters.view === 'map' ? 'kaart' : undefined }));
    searchInput.current?.focus();
  }, [apply, filters.view]);

  // A new page of results: its reader starts at the top of the list.
  const shownPage = useRef(filters.page);
  useEffect(() => {
    if (shownPage.current === filters.page) return;
    shownPage.current = filters.page;
    resultsHeading.current?.focus();
  }, [filters.page]);

  const total = result?.total ?? 0;
  const hasPoint = Boolean(school && filters.fromSchool);
  return (
    <Page title={intl.formatMessage({ id: 'public.search.title' })}>
      <SearchBox
        ref={searchInput}
        value={filters.query}
        onSearch={(text, replace) =>
          apply(
            changeFilters(filters, (draft) => ({ ...draft, query: text })),
            replace,
          )
        }
      />
      <div className="tm-search">
        <section className="tm-search__filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="tm-search__heading">
            <FormattedMessage id="public.filters.title" />
          </h2>
          <FacetFilters filters={filters} facets={result?.facets} onChange={apply} />
          <MoreFilters filters={filters} schoolName={school?.name ?? null} onChange={apply} />
        </section>
        <section
          className="tm-search__results"
          aria-labelledby="results-heading"
          aria-busy={loading}
          // Which text the shown results answer (read by bench:web to time typing against results).
          data-results-for={data && !loading ? (input.query ?? '') : undefined}
        >
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="tm-search__heading">
            <FormattedMessage id="public.results.title" />
          </h2>
          <FilterChips filters={filters} schoolKnown={Boolean(school)} onChange={apply} onClear={clearAll} />
          <div className="tm-toolbar">
            <p role="status" aria-live="polite" className="tm-toolbar__count">
              {result ? (
                <FormattedMessage id="public.results.count" values={{ total }} />
              ) : error ? null : (
                <FormattedMessage id="common.loading" />
              )}
            </p>
            <div className="tm-toolbar__sort">
              <label htmlFor="search-sort" className="tm-label">
                <FormattedMessage id="public.sort.label" />
              </label>
              <select
                id="search-sort"
                className="tm-input"
                value={filters.sort}
                onChange={(event) =>
                  apply(
                    changeFilters(filters, (draft) => ({
                      ...draft,
                      sort: event.currentTarget.value as SearchFilters['sort'],
                    })),
                  )
                }
              >
                {SORTS.filter((sort) => sort !== 'DISTANCE' || hasPoint).map((sort) => (
                  <option key={sort} value={sort}>
                    {intl.formatMessage(
                      { id: SORT_LABEL[sort] },
                      { withQuery: filters.query.trim() ? 'yes' : 'no' },
                    )}
                  </option>
                ))}
              </select>
            </div>
            <div
              className="tm-toolbar__view"
              role="group"
              aria-label={intl.formatMessage({ id: 'public.view.label' })}
            >
              {(['list', 'map'] as const).map((view) => (
                <button
                  key={view}
                  type="button"
                  className="tm-toggle"
                  aria-pressed={filters.view === view}
                  onClick={() => apply({ ...filters, view })}
                >
                  <FormattedMessage id={`public.view.${view}`} />
                </button>
              ))}
            </div>
          </div>
          <ErrorSummary problems={problems} />
          {result && total === 0 && !loading ? (
            <ZeroResults filters={filters} schoolCode={schoolCode} onChange={apply} onClear={clearAll} />
          ) : null}
          {result && total > 0 ? (
            <>
              {filters.view === 'map' ? (
                <Suspense
                  fallback={
                    <p className="tm-muted">
                      <FormattedMessage id="public.map.loading" />
                    </p>
                  }
                >
                  <p className="tm-muted">
                    <FormattedMessage id="public.map.intro" values={{ count: result.hits.length }} />
                  </p>
                  <SearchMap hits={result.hits} />
                </Suspense>
              ) : null}
              <ResultList hits={result.hits} />
              <Pager filters={filters} total={total} pageSize={result.pageSize} />
            </>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
