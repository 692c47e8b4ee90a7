import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { ProvinceMap, type MapPoint } from '../../../components/ProvinceMap';
import type { Province, UnreachedSchoolsQuery } from '../../../gql/graphql';

type Unreached = UnreachedSchoolsQuery['unreachedSchools'][number];

/**
 * Bands of the distance to the nearest supply (cycling distance is near), far first; a school without any supply has a band of its own. Each
 * band's colour is its class `tm-cw-band--<id>` (coordinator-lists.css), for the circles and the legend alike.
 */
export const SUPPLY_BANDS = [
  { id: 'none', matches: (km: number | null) => km === null },
  { id: 'far', matches: (km: number | null) => km !== null && km >= 10 },
  { id: 'middle', matches: (km: number | null) => km !== null && km >= 5 && km < 10 },
  { id: 'near', matches: (km: number | null) => km !== null && km < 5 },
] as const;

export const supplyBand = (km: number | null) => SUPPLY_BANDS.find((band) => band.matches(km))!;

const distanceText = (intl: IntlShape, km: number | null) =>
  km === null
    ? intl.formatMessage({ id: 'coordinator.reach.unreached.noSupply' })
    : intl.formatMessage(
        { id: 'coordinator.reach.unreached.map.nearest' },
        { km: intl.formatNumber(km, { maximumFractionDigits: 1 }) },
      );

/**
 * Every school of the province nothing reached, as a circle coloured by how far the nearest supply is, over the
 * province boundaries, with a legend that counts each band. An extra view: the table beside it lists the same
 * schools (what keyboard and screen-reader users get).
 */
export function UnreachedMap({
  schools,
  province,
  provinceName,
}: {
  schools: readonly Unreached[];
  province: Province;
  provinceName: string;
}) {
  const intl = useIntl();
  const points = useMemo<MapPoint[]>(
    () =>
      schools.map(({ school, nearestSupplyKm }) => ({
        id: school.id,
        lat: school.location.lat,
        lon: school.location.lon,
        title: school.name,
        details: `${school.city} · ${distanceText(intl, nearestSupplyKm ?? null)}`,
        className: `tm-cw-band--${supplyBand(nearestSupplyKm ?? null).id}`,
      })),
    [schools, intl],
  );
  const fills = useMemo(() => ({ [province]: '#fff7d6' }), [province]);
  const counts = SUPPLY_BANDS.map(
    (band) => schools.filter((school) => band.matches(school.nearestSupplyKm ?? null)).length,
  );
  return (
    <figure className="tm-cw-figure tm-cw-unreached-map">
      <ProvinceMap
        label={intl.formatMessage(
          { id: 'coordinator.reach.unreached.map.label' },
          { province: provinceName },
        )}
        fills={fills}
        points={points}
      />
      <figcaption>
        <p className="tm-muted">
          {intl.formatMessage({ id: 'coordinator.reach.unreached.map.caption' }, { count: points.length })}
        </p>
        <ul className="tm-cw-legend">
          {SUPPLY_BANDS.map((band, i) => (
            <li key={band.id}>
              <span className={`tm-cw-legend__swatch tm-cw-band--${band.id}`} aria-hidden="true" />
              {intl.formatMessage(
                { id: `coordinator.reach.unreached.band.${band.id}` },
                { count: counts[i] },
              )}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
