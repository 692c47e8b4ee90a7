import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { MAX_PAGE, toParams, type SearchFilters } from '../../search-state';

/** The pages around this one, with the first and the last: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pages: number): Array<number | null> {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...shown].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of sorted) {
    if (out.length && n - (out[out.length - 1] ?? n) > 1) out.push(null);
    out.push(n);
  }
  return out;
}

/** Links to the other pages of the result; each page is a URL of its own. */
export function Pager({
  filters,
  total,
  pageSize,
}: {
  filters: SearchFilters;
  total: number;
  pageSize: number;
}) {
  const intl = useIntl();
  const pages = Math.min(Math.ceil(total / pageSize), MAX_PAGE);
  if (pages <= 1) return null;
  const page = Math.min(filters.page, pages);
  const search = (n: number) => toParams({ ...filters, page: n });
  return (
    <nav className="tm-pager" aria-label={intl.formatMessage({ id: 'public.pager.label' })}>
      <ul className="tm-pager__list">
        {page > 1 ? (
          <li>
            <Link to="/activiteiten" search={search(page - 1)} className="tm-pager__link">
              <FormattedMessage id="public.pager.previous" />
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="tm-pager__gap">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                to="/activiteiten"
                search={search(n)}
                className="tm-pager__link"
                aria-current={n === page ? 'page' : undefined}
                aria-label={intl.formatMessage({ id: 'public.pager.page' }, { page: n })}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link to="/activiteiten" search={search(page + 1)} className="tm-pager__link">
              <FormattedMessage id="public.pager.next" />
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
