import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import { EMPTY_ACTIVITY, type ActivityFormValues, type CheckedActivity } from '../activity-form';
import { ActivityForm } from './ActivityForm';

// The form renders a router Link (cancel); a plain anchor does here.
vi.mock('@tanstack/react-router', () => ({
  Link: ({ children, className }: { children: React.ReactNode; className?: string }) => (
    <a href="/bedrijf/activiteiten" className={className}>
      {children}
    </a>
  ),
}));

const LOCATIONS = [
  { id: 'loc-1', name: 'Hoofdvestiging', city: 'Eindhoven' },
  { id: 'loc-2', name: 'Vestiging Oss', city: 'Oss' },
];

function renderForm(
  onSave: (
    values: CheckedActivity,
  ) => Promise<Array<{ code: string; reason?: string; field?: string; message: string }>>,
  initialValues: ActivityFormValues = EMPTY_ACTIVITY,
  mode: 'create' | 'edit' = 'create',
) {
  render(
    <I18nProvider locale="nl">
      <ActivityForm
        mode={mode}
        initialValues={initialValues}
        locations={LOCATIONS}
        onSave={onSave}
        now={new Date('2026-03-10T10:00:00Z')}
      />
    </I18nProvider>,
  );
}

describe('ActivityForm', () => {
  it('says beside each field what is missing, focuses the first, and saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve([]));
    renderForm(onSave);
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    const title = screen.getByRole('textbox', { name: /Titel/ });
    expect(title).toHaveAccessibleDescription('Vul een titel in.');
    expect(title).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /Beschrijving/ })).toHaveAccessibleDescription(
      expect.stringContaining('Vul een beschrijving in.'),
    );
    expect(screen.getByRole('combobox', { name: /Soort activiteit/ })).toHaveAccessibleDescription(
      'Kies de soort activiteit.',
    );
    expect(screen.getByRole('group', { name: /Onderwijsniveaus/ })).toHaveAccessibleDescription(
      'Kies minstens één onderwijsniveau.',
    );
    expect(
      screen.getByRole('radiogroup', { name: /Waar vindt de activiteit plaats/ }),
    ).toHaveAccessibleDescription('Kies waar de activiteit plaatsvindt.');
    expect(onSave).not.toHaveBeenCalled();
  }, 20_000);

  it('asks for a travel distance only for activities at school, and checks it', async () => {
    const user = userEvent.setup();
    renderForm(() => Promise.resolve([]));
    expect(screen.queryByRole('textbox', { name: /Hoe ver reis je/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Op school' }));
    const travel = screen.getByRole('textbox', { name: /Hoe ver reis je/ });
    await user.type(travel, '500');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    expect(travel).toHaveAccessibleDescription(expect.stringContaining('meer dan 0 en hoogstens 400 km'));
  }, 20_000);

  it('sends the checked values, and shows the api problems beside their field or in the summary', async () => {
    const user = userEvent.setup();
    const onSave = vi
      .fn<
        (
          values: CheckedActivity,
        ) => Promise<Array<{ code: string; reason?: string; field?: string; message: string }>>
      >()
      .mockResolvedValueOnce([
        { code: 'BAD_USER_INPUT', field: 'costEuros', message: 'The cost is implausibly high' },
      ])
      .mockResolvedValueOnce([
        { code: 'FORBIDDEN', reason: 'COMPANY_NOT_APPROVED', message: 'not approved' },
      ]);
    renderForm(onSave);
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'Gastles waterstof');
    await user.type(screen.getByRole('textbox', { name: /Beschrijving/ }), 'Over waterstof.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Soort activiteit/ }), 'Gastles');
    await user.selectOptions(screen.getByRole('combobox', { name: /Programma/ }), 'Jet-Net');
    await user.click(screen.getByRole('checkbox', { name: 'havo' }));
    await user.click(screen.getByRole('checkbox', { name: 'Meisjes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Energie' }));
    await user.click(screen.getByRole('radio', { name: 'Online' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Locatie/ }), 'Vestiging Oss (Oss)');
    await user.click(screen.getByRole('checkbox', { name: 'Noord-Brabant' }));
    const cost = screen.getByRole('textbox', { name: /Kosten/ });
    await user.clear(cost);
    await user.type(cost, '12,50');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Gastles waterstof',
        type: 'GUEST_LESSON',
        programme: 'JET_NET',
        levels: ['HAVO'],
        targetGroups: ['GIRLS'],
        themes: ['energie'],
        delivery: 'ONLINE',
        provinces: ['NOORD_BRABANT'],
        locationId: 'loc-2',
        costEuros: '12,50',
      }),
    );
    expect(cost).toHaveAccessibleDescription(expect.stringContaining('Controleer wat je hebt ingevuld.'));
    expect(cost).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByText('Je bedrijf is nog niet goedgekeurd door een coördinator.'),
    ).toBeInTheDocument();
  }, 30_000);

  it('keeps the programme of an activity being edited', () => {
    renderForm(() => Promise.resolve([]), { ...EMPTY_ACTIVITY, programme: 'JET_NET_JUNIOR' }, 'edit');
    expect(screen.queryByRole('combobox', { name: /Programma/ })).toBeNull();
    expect(screen.getByText(/Programma: Jet-Net Junior/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeInTheDocument();
  });
});
