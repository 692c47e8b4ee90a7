import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import type { UnreachedSchoolsQuery } from '../../../gql/graphql';
import { supplyBand, UnreachedMap } from './UnreachedMap';

const school = (id: string, name: string, nearestSupplyKm: number | null) => ({
  nearestSupplyKm,
  school: {
    id,
    name,
    city: 'Oss',
    vestigingscode: `00AA0${id}`,
    location: { lat: 51.7 + Number(id) / 100, lon: 5.5 },
  },
});
const SCHOOLS: UnreachedSchoolsQuery['unreachedSchools'] = [
  school('1', 'De Verre School', null),
  school('2', 'Het Kompas', 31.2),
  school('3', 'De Brug', 7),
  school('4', 'De Linde', 2.5),
  school('5', 'Sint-Jozef', 4),
];

describe('UnreachedMap', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws every school not reached, coloured by the distance to supply, and counts each colour in its legend', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify({ type: 'FeatureCollection', features: [] })))),
    );
    const { container } = render(
      <I18nProvider locale="nl">
        <UnreachedMap schools={SCHOOLS} province="NOORD_BRABANT" provinceName="Noord-Brabant" />
      </I18nProvider>,
    );
    expect(
      screen.getByRole('region', { name: 'Kaart van de niet bereikte scholen in Noord-Brabant' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Alle 5 scholen op de kaart/)).toBeInTheDocument();
    const legend = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(legend).toEqual([
      'geen aanbod in de buurt (1)',
      'aanbod op 10 km of verder (1)',
      'aanbod op 5 tot 10 km (1)',
      'aanbod binnen 5 km (2)',
    ]);
    // One circle per school, none of them a tab stop (the table beside the map lists them for the keyboard).
    const circles = container.querySelectorAll('path.leaflet-interactive');
    expect(circles).toHaveLength(5);
    expect([...circles].filter((circle) => circle.classList.contains('tm-cw-band--near'))).toHaveLength(2);
    expect(container.querySelectorAll('path[tabindex]')).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: 'De Verre School' })).toHaveLength(0);
    // A click opens the school's name and distance.
    fireEvent.click(circles[1]);
    const popup = container.querySelector<HTMLElement>('.leaflet-popup-content')!;
    expect(within(popup).getByText('Het Kompas')).toBeInTheDocument();
    expect(within(popup).getByText('Oss · dichtstbijzijnde aanbod op 31,2 km')).toBeInTheDocument();
  });

  it('puts a school exactly on a boundary in the farther band', () => {
    expect(supplyBand(null).id).toBe('none');
    expect(supplyBand(10).id).toBe('far');
    expect(supplyBand(5).id).toBe('middle');
    expect(supplyBand(4.9).id).toBe('near');
  });
});
