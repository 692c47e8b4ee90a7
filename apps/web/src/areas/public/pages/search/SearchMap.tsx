import { useRouter } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { ProvinceMap, type MapMarker } from '../../../../components/ProvinceMap';
import type { Hit } from './ResultList';

/**
 * The hits of this page on the map, one marker per company location with a link to each of its activities.
 * Loaded only when the map view is chosen (Leaflet stays out of the first page's script).
 */
export function SearchMap({ hits }: { hits: readonly Hit[] }) {
  const intl = useIntl();
  const router = useRouter();
  const markers = useMemo<MapMarker[]>(() => {
    const byLocation = new Map<string, Hit[]>();
    for (const hit of hits) {
      const list = byLocation.get(hit.activity.location.id) ?? [];
      list.push(hit);
      byLocation.set(hit.activity.location.id, list);
    }
    return [...byLocation.entries()].map(([id, list]) => {
      const { location } = list[0].activity;
      return {
        id,
        lat: location.location.lat,
        lon: location.location.lon,
        title: `${location.company.name}, ${location.city}`,
        details: intl.formatMessage({ id: 'public.map.activities' }, { count: list.length }),
        links: list.map(({ activity }) => ({ href: `/activiteiten/${activity.id}`, text: activity.title })),
      };
    });
  }, [hits, intl]);
  const onNavigate = useCallback((href: string) => router.history.push(href), [router]);
  return (
    <ProvinceMap
      label={intl.formatMessage({ id: 'public.map.label' })}
      markers={markers}
      onNavigate={onNavigate}
    />
  );
}
