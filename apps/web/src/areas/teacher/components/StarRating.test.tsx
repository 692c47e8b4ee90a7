import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import { StarRating } from './StarRating';

function Harness({ error }: { error?: string }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <I18nProvider locale="nl">
      <StarRating
        legend="Hoeveel sterren geef je?"
        value={value}
        onChange={setValue}
        error={error}
        required
      />
      <output>{value ?? 'geen'}</output>
    </I18nProvider>
  );
}

// Queries by role are slow in jsdom on a busy machine: a few seconds per test is no hang.
describe('StarRating', { timeout: 20_000 }, () => {
  it('is a named group of five named radio buttons, none chosen at first', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: /Hoeveel sterren geef je\?/ });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('radio', { name: '1 ster' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: '5 sterren' })).not.toBeChecked();
    expect(screen.getByText('Nog geen sterren gekozen')).toBeInTheDocument();
  });

  it('is chosen with the keyboard: Tab into the group, Space picks, the arrows move the choice', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(screen.getByRole('radio', { name: '1 ster' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: '1 ster' })).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '4 sterren' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '4 sterren' })).toHaveFocus();
    expect(screen.getByText('4 van de 5 sterren')).toBeInTheDocument();
    expect(screen.getByText('4', { selector: 'output' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: '3 sterren' })).toBeChecked();
  });

  it('is chosen with a click on a star, and shows the choice in shape, not colour alone', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    await user.click(screen.getByRole('radio', { name: '2 sterren' }));
    const shapes = [...container.querySelectorAll('.tm-stars__label [aria-hidden="true"]')].map(
      (s) => s.textContent,
    );
    expect(shapes).toEqual(['★', '★', '☆', '☆', '☆']);
  });

  it('links its error to the group', () => {
    render(<Harness error="Kies 1 tot 5 sterren." />);
    const group = screen.getByRole('group', { name: /Hoeveel sterren/ });
    expect(group).toHaveAccessibleDescription('Kies 1 tot 5 sterren.');
  });
});
