import type { IntlShape } from 'react-intl';
import { facetLabel, facetValueLabel } from './labels';
import type { Chip, DropCandidate, SearchFilters } from './search-state';

const day = (intl: IntlShape, value: string) =>
  intl.formatDate(`${value}T12:00:00Z`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

/** What a chip says: "Provincie: Noord-Brabant", "Tekst: gastles", "Binnen 25 km van mijn school". */
export function chipLabel(intl: IntlShape, filters: SearchFilters, chip: Chip): string {
  switch (chip.kind) {
    case 'query':
      return intl.formatMessage({ id: 'public.chip.query' }, { text: filters.query.trim() });
    case 'facet':
      return `${facetLabel(intl, chip.field)}: ${facetValueLabel(intl, chip.field, chip.value)}`;
    case 'free':
      return intl.formatMessage({ id: 'public.chip.free' });
    case 'startsAfter':
      return intl.formatMessage(
        { id: 'public.chip.startsAfter' },
        { day: day(intl, filters.startsAfter ?? '') },
      );
    case 'startsBefore':
      return intl.formatMessage(
        { id: 'public.chip.startsBefore' },
        { day: day(intl, filters.startsBefore ?? '') },
      );
    case 'fromSchool':
      return intl.formatMessage({ id: 'public.chip.fromSchool' });
    case 'radius':
      return intl.formatMessage({ id: 'public.chip.radius' }, { km: filters.radiusKm });
  }
}

/** The name of a filter a zero result could drop: "Provincie: Utrecht", "de zoektekst “robot”". */
export function candidateLabel(intl: IntlShape, filters: SearchFilters, candidate: DropCandidate): string {
  switch (candidate.kind) {
    case 'query':
      return intl.formatMessage({ id: 'public.candidate.query' }, { text: filters.query.trim() });
    case 'facet':
      return `${facetLabel(intl, candidate.field)}: ${filters.facets[candidate.field]
        .map((value) => facetValueLabel(intl, candidate.field, value))
        .join(', ')}`;
    case 'free':
      return intl.formatMessage({ id: 'public.chip.free' });
    case 'dates':
      return intl.formatMessage({ id: 'public.candidate.dates' });
    case 'radius':
      return intl.formatMessage({ id: 'public.chip.radius' }, { km: filters.radiusKm });
  }
}
