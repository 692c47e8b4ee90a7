import type { IntlShape } from 'react-intl';
import {
  activityTypeLabel,
  deliveryLabel,
  levelLabel,
  programmeLabel,
  provinceLabel,
  targetGroupLabel,
} from '../../components/labels';
import type { FacetField } from './search-state';

// How the public pages name the domain's values: the Dutch names of libs/core, with a capital where they start
// a label (levels keep their Dutch lower case: havo, vwo).

export const capitalise = (text: string) => (text ? text[0].toLocaleUpperCase('nl') + text.slice(1) : text);

/** The label of one value of a facet ("Noord-Brabant", "havo", "Gastles", "Energie"). */
export function facetValueLabel(intl: IntlShape, field: FacetField, value: string): string {
  switch (field) {
    case 'provinces':
      return provinceLabel(value);
    case 'levels':
      return levelLabel(value);
    case 'types':
      return capitalise(activityTypeLabel(value));
    case 'themes':
      return capitalise(value);
    case 'targetGroups':
      return capitalise(targetGroupLabel(value));
    case 'delivery':
      return capitalise(deliveryLabel(value));
    case 'programmes':
      return programmeLabel(value) || intl.formatMessage({ id: 'public.programme.independent' });
  }
}

/** The name of a facet ("Provincie", "Niveau", ...). */
export const facetLabel = (intl: IntlShape, field: FacetField) =>
  intl.formatMessage({ id: `public.facet.${field}` });
