import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { candidateLabel } from '../../chip-label';
import {
  dropCandidates,
  searchInputOf,
  withoutCandidate,
  type DropCandidate,
  type SearchFilters,
} from '../../search-state';
import { SearchTotalQuery } from './queries';

interface Suggestion {
  candidate: DropCandidate;
  total: number;
}

interface ZeroResultsProps {
  filters: SearchFilters;
  schoolCode: string | null;
  onChange: (next: SearchFilters) => void;
  onClear: () => void;
}

/**
 * Nothing found: asks the api how many activities each filter's removal would give and offers to drop those
 * that help, most hits first; or, when none does on its own, to clear them all.
 */
export function ZeroResults({ filters, schoolCode, onChange, onClear }: ZeroResultsProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const key = JSON.stringify([filters, schoolCode]);

  useEffect(() => {
    let current = true;
    setSuggestions(null);
    const candidates = dropCandidates(filters, Boolean(schoolCode));
    void Promise.all(
      candidates.map(async (candidate) => {
        const input = searchInputOf({ ...withoutCandidate(filters, candidate) }, schoolCode, 1);
        try {
          const { data } = await client.query({ query: SearchTotalQuery, variables: { input } });
          return { candidate, total: data?.searchActivities.total ?? 0 };
        } catch {
          return { candidate, total: 0 };
        }
      }),
    ).then((found) => {
      if (current) setSuggestions(found.filter((s) => s.total > 0).sort((a, b) => b.total - a.total));
    });
    return () => {
      current = false;
    };
    // The key stands for filters and schoolCode, which are new objects on every render.
  }, [key, client]);

  const anyFilter = dropCandidates(filters, Boolean(schoolCode)).length > 0;
  return (
    <div className="tm-zero">
      <h3 className="tm-zero__title">
        <FormattedMessage id="public.zero.title" />
      </h3>
      {!anyFilter ? (
        <p>
          <FormattedMessage id="public.zero.noFilters" />
        </p>
      ) : suggestions === null ? (
        <p className="tm-muted">
          <FormattedMessage id="public.zero.checking" />
        </p>
      ) : suggestions.length ? (
        <>
          <p>
            <FormattedMessage id="public.zero.drop" />
          </p>
          <ul className="tm-zero__list">
            {suggestions.map(({ candidate, total }) => {
              const label = candidateLabel(intl, filters, candidate);
              return (
                <li key={JSON.stringify(candidate)}>
                  <FormattedMessage
                    id="public.zero.without"
                    values={{ filter: <strong>{label}</strong>, total }}
                  />{' '}
                  <button
                    type="button"
                    className="tm-button-secondary"
                    onClick={() => onChange(withoutCandidate(filters, candidate))}
                  >
                    <FormattedMessage id="public.zero.dropButton" values={{ filter: label }} />
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>
          <FormattedMessage id="public.zero.none" />{' '}
          <button type="button" className="tm-button-secondary" onClick={onClear}>
            <FormattedMessage id="public.chips.clear" />
          </button>
        </p>
      )}
    </div>
  );
}
