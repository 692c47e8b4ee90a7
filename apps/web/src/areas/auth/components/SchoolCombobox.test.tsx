import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import { SchoolCombobox, type SchoolOption } from './SchoolCombobox';

const SCHOOLS: SchoolOption[] = [
  { vestigingscode: '19XH00', name: 'Het Hooghuis', city: 'Oss' },
  { vestigingscode: '19XH03', name: 'Het Hooghuis', city: 'Heesch' },
  { vestigingscode: '20AB00', name: 'Hooghe Landen', city: 'Amersfoort' },
];

// The combobox with the state a page keeps; every query of two or more characters "finds" SCHOOLS.
function Harness({ onPick }: { onPick: (code: string | null) => void }) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<SchoolOption | null>(null);
  return (
    <I18nProvider locale="nl">
      <SchoolCombobox
        label="Je school"
        description="Typ een deel van de naam"
        query={query}
        onQueryChange={setQuery}
        results={query.trim().length >= 2 ? SCHOOLS : undefined}
        selected={selected}
        onSelect={(school) => {
          setSelected(school);
          onPick(school?.vestigingscode ?? null);
        }}
      />
    </I18nProvider>
  );
}

describe('SchoolCombobox', () => {
  it('is picked with the arrow keys and Enter, and announces what was found and picked', async () => {
    const picks: Array<string | null> = [];
    render(<Harness onPick={(code) => picks.push(code)} />);
    const input = screen.getByRole('combobox', { name: /Je school/ });
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await userEvent.type(input, 'Hooghuus');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('3 scholen gevonden');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getByRole('option', { name: /Heesch/ });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    // Wraps around from the first to the last.
    expect(screen.getByRole('option', { name: /Amersfoort/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}{Enter}');

    expect(picks).toEqual(['19XH00']);
    expect(input).toHaveValue('Het Hooghuis');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Gekozen: Het Hooghuis in Oss (vestigingscode 19XH00).',
    );
  });

  it('forgets the pick when the text changes, and Escape closes the list and then clears the text', async () => {
    const picks: Array<string | null> = [];
    render(<Harness onPick={(code) => picks.push(code)} />);
    const input = screen.getByRole('combobox');
    await userEvent.type(input, 'hoog');
    await userEvent.click(screen.getByRole('option', { name: /Amersfoort/ }));
    expect(picks).toEqual(['20AB00']);
    await userEvent.type(input, 'x');
    expect(picks).toEqual(['20AB00', null]);
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('shows its error linked to the input', () => {
    render(
      <I18nProvider locale="nl">
        <SchoolCombobox
          label="Je school"
          description="Typ"
          error="Zoek je school en kies hem uit de lijst."
          query=""
          onQueryChange={() => undefined}
          results={undefined}
          selected={null}
          onSelect={() => undefined}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('combobox')).toHaveAccessibleDescription(
      /Zoek je school en kies hem uit de lijst\./,
    );
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
  });
});
