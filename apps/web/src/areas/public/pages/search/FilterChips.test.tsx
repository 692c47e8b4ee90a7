import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../../app/i18n';
import { filtersOf, toParams, type SearchFilters } from '../../search-state';
import { FilterChips } from './FilterChips';

function Harness({ initial, onClear }: { initial: SearchFilters; onClear: () => void }) {
  const [filters, setFilters] = useState(initial);
  return (
    <I18nProvider locale="nl">
      <FilterChips filters={filters} schoolKnown onChange={setFilters} onClear={onClear} />
      <output data-testid="url">
        {new URLSearchParams(toParams(filters) as Record<string, string>).toString()}
      </output>
    </I18nProvider>
  );
}

describe('FilterChips', () => {
  it('names each filter in Dutch, removes one per click and keeps the focus in the chips', async () => {
    const onClear = vi.fn();
    render(
      <Harness
        initial={filtersOf({
          tekst: 'robot',
          provincie: 'utrecht,fryslan',
          doelgroep: 'girls',
          gratis: true,
          vanaf: '2026-09-01',
          school: true,
          straal: 25,
        })}
        onClear={onClear}
      />,
    );
    const names = screen.getAllByRole('button').map((button) => button.textContent);
    expect(names).toEqual([
      'Filter weghalen: Tekst: robot×',
      'Filter weghalen: Provincie: Fryslân×',
      'Filter weghalen: Provincie: Utrecht×',
      'Filter weghalen: Doelgroep: Meisjes×',
      'Filter weghalen: Alleen gratis×',
      'Filter weghalen: Vanaf 1 september 2026×',
      'Filter weghalen: Binnen 25 km van mijn school×',
      'Alle filters wissen',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Filter weghalen: Provincie: Fryslân' }));
    expect(screen.getByTestId('url')).toHaveTextContent(
      'tekst=robot&provincie=utrecht&doelgroep=girls&gratis=true&vanaf=2026-09-01&school=true&straal=25',
    );
    // The chip that took its place has the focus.
    expect(screen.getByRole('button', { name: 'Filter weghalen: Provincie: Utrecht' })).toHaveFocus();

    await userEvent.click(
      screen.getByRole('button', { name: 'Filter weghalen: Binnen 25 km van mijn school' }),
    );
    expect(screen.getByRole('button', { name: 'Filter weghalen: Afstand vanaf mijn school' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Alle filters wissen' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('shows nothing without filters', () => {
    const { container } = render(<Harness initial={filtersOf({})} onClear={() => undefined} />);
    expect(container.querySelector('.tm-chips')).toBeNull();
  });
});
