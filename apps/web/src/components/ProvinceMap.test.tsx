import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../app/i18n';
import { ProvinceMap } from './ProvinceMap';

describe('ProvinceMap', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a named region with Dutch zoom buttons and a marker button per point that opens its popup with Enter', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify({ type: 'FeatureCollection', features: [] })))),
    );
    const onNavigate = vi.fn();
    render(
      <I18nProvider locale="nl">
        <ProvinceMap
          label="Kaart van de gevonden activiteiten"
          markers={[
            {
              id: '1',
              lat: 51.44,
              lon: 5.47,
              title: 'Gastles energie',
              details: 'Eindhoven',
              href: '/activiteiten/1',
            },
          ]}
          onNavigate={onNavigate}
        />
      </I18nProvider>,
    );
    expect(
      screen.getByRole('region', { name: 'Kaart van de gevonden activiteiten' }),
    ).toHaveAccessibleDescription(/ook in de lijst/);
    expect(screen.getByRole('button', { name: 'Inzoomen' })).toBeInTheDocument();
    const marker = screen.getByRole('button', { name: 'Gastles energie' });
    fireEvent.keyPress(marker, { key: 'Enter', code: 'Enter', keyCode: 13, charCode: 13 });
    const link = await screen.findByRole('link', { name: 'Gastles energie' });
    expect(link).toHaveAttribute('href', '/activiteiten/1');
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/activiteiten/1');
  });
});
