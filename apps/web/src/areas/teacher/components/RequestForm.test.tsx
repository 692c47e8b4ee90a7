import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import type { Problem } from '../../../app/errors';
import { RequestForm, type RequestDraft } from './RequestForm';

const NOW = new Date('2026-03-10T11:00:00Z');
const activity = {
  levels: ['VMBO_TL', 'HAVO', 'VWO'],
  maxParticipants: 30,
  startsAt: '2026-04-01T08:00:00Z',
  endsAt: '2026-06-30T15:00:00Z',
};

function renderForm(onSubmit: (draft: RequestDraft) => Promise<Problem[]> = () => Promise.resolve([])) {
  render(
    <I18nProvider locale="nl">
      <RequestForm activity={activity} schoolLevels={['HAVO', 'VWO', 'MBO']} onSubmit={onSubmit} now={NOW} />
    </I18nProvider>,
  );
}

// Queries by role are slow in jsdom on a busy machine: a few seconds per test is no hang.
describe('RequestForm', { timeout: 20_000 }, () => {
  it('offers only the levels both the activity and the school have, and states the group’s maximum', () => {
    renderForm();
    const level = screen.getByRole('combobox', { name: /Niveau van de groep/ });
    expect(
      within(level)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kies een niveau', 'havo', 'vwo']);
    const size = screen.getByRole('spinbutton', { name: /Aantal leerlingen/ });
    expect(size).toHaveAttribute('max', '30');
    expect(size).toHaveAccessibleDescription('Ten minste 1 en hooguit 30.');
    const date = screen.getByLabelText('Gewenste datum');
    expect(date).toHaveAttribute('min', '2026-04-01');
    expect(date).toHaveAttribute('max', '2026-06-30');
  });

  it('says beside each field what is wrong, and sends nothing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(() => Promise.resolve([]));
    renderForm(onSubmit);
    await user.type(screen.getByRole('spinbutton', { name: /Aantal leerlingen/ }), '31');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(screen.getByRole('combobox', { name: /Niveau/ })).toHaveAccessibleDescription(
      expect.stringContaining('Kies het niveau van de groep.'),
    );
    expect(screen.getByRole('spinbutton', { name: /Aantal leerlingen/ })).toHaveAccessibleDescription(
      expect.stringContaining('Deze activiteit neemt hooguit 30 deelnemers.'),
    );
    expect(screen.getByRole('combobox', { name: /Niveau/ })).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the level, the group as a number, the day as the start of the Dutch day and a trimmed message', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((_draft: RequestDraft) => Promise.resolve([]));
    renderForm(onSubmit);
    await user.selectOptions(screen.getByRole('combobox', { name: /Niveau/ }), 'vwo');
    await user.type(screen.getByRole('spinbutton', { name: /Aantal leerlingen/ }), '28');
    await user.type(screen.getByLabelText('Gewenste datum'), '2026-05-12');
    await user.type(screen.getByRole('textbox', { name: /Bericht aan het bedrijf/ }), '  Klas 4 havo/vwo  ');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(onSubmit).toHaveBeenCalledWith({
      level: 'VWO',
      groupSize: 28,
      preferredDate: '2026-05-11T22:00:00.000Z',
      message: 'Klas 4 havo/vwo',
    });
  });

  it('shows the api’s problem beside its field, and the others above the form', async () => {
    const user = userEvent.setup();
    renderForm(() =>
      Promise.resolve([
        {
          code: 'BAD_USER_INPUT',
          reason: 'BOOKING_GROUP_TOO_LARGE',
          field: 'groupSize',
          message: 'too large',
        },
        { code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED', message: 'verify' },
      ]),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: /Niveau/ }), 'havo');
    await user.type(screen.getByRole('spinbutton', { name: /Aantal leerlingen/ }), '20');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(screen.getByRole('spinbutton', { name: /Aantal leerlingen/ })).toHaveAccessibleDescription(
      expect.stringContaining('De groep is groter dan de activiteit toelaat.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Bevestig eerst je e-mailadres');
  });
});
