import 'leaflet/dist/leaflet.css';
import './province-map.css';
import L from 'leaflet';
import { useEffect, useId, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { provinceFromName } from '../../../../libs/core/src/province';
import { readConfig } from '../app/config';
import type { Province } from '../gql/graphql';

/** One point on the map (an activity's location, an unreached school), with its popup. */
export interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  /** Accessible name of the marker and heading of its popup. */
  title: string;
  /** A line of text under the title in the popup. */
  details?: string;
  /** A link in the popup (to the activity, the school, ...). */
  href?: string;
  /** The link's text; the title when absent. */
  linkText?: string;
  /** More links, listed after `href` (e.g. every activity at one company location). */
  links?: readonly { href: string; text: string }[];
}

/**
 * One of many points (hundreds of schools): a small circle that opens its popup on a click. Points are not
 * focusable, so that the keyboard does not have to pass hundreds of them: a page that draws points lists the
 * same in a table beside the map.
 */
export interface MapPoint extends MapMarker {
  /** A class whose CSS `fill` colours the circle (say what it means in a legend beside the map). */
  className: string;
}

export interface ProvinceMapProps {
  /** Accessible name of the map, e.g. "Kaart van de gevonden activiteiten". */
  label: string;
  /** Fill colour per province (e.g. a coordinator's shortfall shading); others get a light neutral fill. */
  fills?: Partial<Record<Province, string>>;
  /** Text per province shown as its tooltip (e.g. "Noord-Brabant: 12 sessies tekort"). */
  provinceTitles?: Partial<Record<Province, string>>;
  markers?: readonly MapMarker[];
  points?: readonly MapPoint[];
  /**
   * Called instead of a full page load when a popup's link is followed (for the router); the plain href stays
   * for opening in a new tab.
   */
  onNavigate?: (href: string) => void;
  className?: string;
}

const NETHERLANDS: L.LatLngBoundsExpression = [
  [50.75, 3.36],
  [53.56, 7.23],
];
const NEUTRAL_FILL = '#e8f1f4';
const BORDER = '#00566e';

let boundaries: Promise<GeoJSON.FeatureCollection> | undefined;

/** The province boundaries, served beside the app; fetched once per page load. */
function loadBoundaries(): Promise<GeoJSON.FeatureCollection> {
  boundaries ??= fetch('/geo/provinces.geojson').then((response) => {
    if (!response.ok) throw new Error(`province boundaries: HTTP ${response.status}`);
    return response.json() as Promise<GeoJSON.FeatureCollection>;
  });
  boundaries.catch(() => (boundaries = undefined));
  return boundaries;
}

const provinceOf = (feature: GeoJSON.Feature | undefined): Province | undefined => {
  const name: unknown = feature?.properties?.naam;
  return typeof name === 'string' ? provinceFromName(name) : undefined;
};

function popupContent(marker: MapMarker, onNavigate?: (href: string) => void): HTMLElement {
  // Built with text nodes, never HTML strings: titles come from users.
  const box = document.createElement('div');
  box.className = 'tm-map__popup';
  const title = document.createElement('p');
  title.className = 'tm-map__popup-title';
  title.textContent = marker.title;
  box.append(title);
  if (marker.details) {
    const details = document.createElement('p');
    details.textContent = marker.details;
    box.append(details);
  }
  const links = [
    ...(marker.href ? [{ href: marker.href, text: marker.linkText ?? marker.title }] : []),
    ...(marker.links ?? []),
  ];
  if (links.length) {
    const list = document.createElement('ul');
    list.className = 'tm-map__popup-links';
    for (const { href, text } of links) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      if (onNavigate) {
        link.addEventListener('click', (event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onNavigate(href);
        });
      }
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    box.append(list);
  }
  return box;
}

/**
 * A map of the Netherlands with the province boundaries as its base layer (tiles only when the api configures a
 * tile URL), optionally shaded per province and with point markers that open a popup. It is always an extra
 * view: every page that shows one also lists the same information, which is what keyboard and screen-reader
 * users get. The map itself is a named region that can be panned with the arrow keys; markers are buttons, points
 * (for hundreds of places) only circles.
 */
export function ProvinceMap({
  label,
  fills,
  provinceTitles,
  markers,
  points,
  onNavigate,
  className,
}: ProvinceMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const provinceLayer = useRef<L.GeoJSON | null>(null);
  const markerLayer = useRef<L.LayerGroup | null>(null);
  const hintId = useId();
  const intl = useIntl();
  const zoomTitles = useRef({
    zoomInTitle: intl.formatMessage({ id: 'common.map.zoomIn' }),
    zoomOutTitle: intl.formatMessage({ id: 'common.map.zoomOut' }),
  });
  // The latest props, for the boundaries that arrive after the first render.
  const style = useRef({ fills, provinceTitles });
  style.current = { fills, provinceTitles };

  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const instance = L.map(container, {
      zoomSnap: 0.25,
      minZoom: 6,
      maxZoom: 16,
      maxBounds: [
        [49.5, 1.5],
        [54.5, 9],
      ],
      attributionControl: false,
      zoomControl: false,
    });
    L.control.zoom(zoomTitles.current).addTo(instance);
    L.control
      .attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
      .addAttribution('Provinciegrenzen: Kadaster/PDOK (CC BY 4.0)')
      .addTo(instance);
    instance.fitBounds(NETHERLANDS);
    const { tileUrl } = readConfig();
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        maxZoom: 16,
        attribution: tileUrl.includes('pdok.nl') ? 'Kaartgegevens © Kadaster' : '',
      }).addTo(instance);
    }
    markerLayer.current = L.layerGroup().addTo(instance);
    map.current = instance;

    let cancelled = false;
    loadBoundaries()
      .then((data) => {
        if (cancelled) return;
        provinceLayer.current = L.geoJSON(data, { style: (feature) => provinceStyle(feature) })
          .eachLayer((layer) => bindProvinceTitle(layer as L.Path & { feature?: GeoJSON.Feature }))
          .addTo(instance);
        provinceLayer.current.bringToBack();
      })
      .catch(() => {
        // Without boundaries the map is only less pretty; the list beside it holds the information.
      });

    function provinceStyle(feature: GeoJSON.Feature | undefined): L.PathOptions {
      const province = provinceOf(feature);
      const fill = province ? style.current.fills?.[province] : undefined;
      return {
        color: BORDER,
        weight: 1.5,
        fillColor: fill ?? NEUTRAL_FILL,
        fillOpacity: fill ? 0.75 : 0.5,
        interactive: Boolean(style.current.provinceTitles),
      };
    }

    function bindProvinceTitle(layer: L.Path & { feature?: GeoJSON.Feature }) {
      const province = provinceOf(layer.feature);
      const title = province ? style.current.provinceTitles?.[province] : undefined;
      if (title) layer.bindTooltip(title, { sticky: true });
    }

    return () => {
      cancelled = true;
      instance.remove();
      map.current = null;
      provinceLayer.current = null;
      markerLayer.current = null;
    };
  }, []);

  // Shading and tooltips follow their props.
  useEffect(() => {
    const layer = provinceLayer.current;
    if (!layer) return;
    layer.eachLayer((child) => {
      const path = child as L.Path & { feature?: GeoJSON.Feature };
      const province = provinceOf(path.feature);
      const fill = province ? fills?.[province] : undefined;
      path.setStyle({ fillColor: fill ?? NEUTRAL_FILL, fillOpacity: fill ? 0.75 : 0.5 });
      path.unbindTooltip();
      const title = province ? provinceTitles?.[province] : undefined;
      if (title) path.bindTooltip(title, { sticky: true });
    });
  }, [fills, provinceTitles]);

  // Markers and points follow theirs; the view fits them when there are any.
  useEffect(() => {
    const instance = map.current;
    const layer = markerLayer.current;
    if (!instance || !layer) return;
    layer.clearLayers();
    const shown: L.LatLngTuple[] = [];
    for (const point of points ?? []) {
      const at: L.LatLngTuple = [point.lat, point.lon];
      shown.push(at);
      L.circleMarker(at, {
        radius: 5,
        color: '#fff',
        weight: 1,
        fillOpacity: 0.9,
        className: point.className,
      })
        .bindTooltip(point.title)
        .bindPopup(() => popupContent(point, onNavigate))
        .addTo(layer);
    }
    for (const marker of markers ?? []) {
      const at: L.LatLngTuple = [marker.lat, marker.lon];
      shown.push(at);
      const icon = L.divIcon({ className: 'tm-map__marker', iconSize: [24, 24], iconAnchor: [12, 12] });
      const added = L.marker(at, { icon, title: marker.title, keyboard: true, riseOnHover: true })
        .bindPopup(() => popupContent(marker, onNavigate))
        .addTo(layer);
      added.getElement()?.setAttribute('aria-label', marker.title);
    }
    if (shown.length) instance.fitBounds(L.latLngBounds(shown).pad(0.2), { maxZoom: 11 });
    else instance.fitBounds(NETHERLANDS);
  }, [markers, points, onNavigate]);

  return (
    <div className={['tm-map', className].filter(Boolean).join(' ')}>
      <div
        ref={element}
        className="tm-map__canvas"
        role="region"
        aria-label={label}
        aria-describedby={hintId}
      />
      <p id={hintId} className="tm-map__hint">
        <FormattedMessage id="common.map.hint" />
      </p>
    </div>
  );
}
