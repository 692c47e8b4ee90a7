import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import { balanceMatrix } from './balance';
import { BalanceHeatTable, HeatLegend } from './BalanceHeatTable';

const rows = [
  {
    province: 'UTRECHT',
    type: 'GUEST_LESSON',
    level: 'HAVO',
    demandSessions: 3,
    supplySessions: 1,
    shortfallSessions: 2,
  },
  {
    province: 'UTRECHT',
    type: 'GUEST_LESSON',
    level: 'VWO',
    demandSessions: 2,
    supplySessions: 2,
    shortfallSessions: 0,
  },
  {
    province: 'UTRECHT',
    type: 'WORKSHOP',
    level: 'VWO',
    demandSessions: 0,
    supplySessions: 4,
    shortfallSessions: 0,
  },
];

describe('BalanceHeatTable', () => {
  it('is a captioned table whose cells say the shortfall, demand, supply and step in words', () => {
    render(
      <I18nProvider locale="nl">
        <BalanceHeatTable matrix={balanceMatrix(rows)} scope="Utrecht" />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', {
      name: /Tekort aan sessies per soort activiteit en niveau \(Utrecht\)/,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Soort activiteit', 'havo', 'vwo']);
    const guestLesson = within(table).getByRole('row', { name: /^Gastles/ });
    const cells = within(guestLesson).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('tekort 2vraag 3 · aanbod 1 (flink tekort)');
    expect(cells[0]).toHaveClass('tm-heat__cell--medium');
    expect(cells[1]).toHaveTextContent('tekort 0vraag 2 · aanbod 2 (gedekt)');
    const workshop = within(table).getByRole('row', { name: /^Workshop/ });
    expect(within(workshop).getAllByRole('cell')[0]).toHaveTextContent('geen vraag en geen aanbod');
    expect(within(workshop).getAllByRole('cell')[1]).toHaveTextContent('(geen vraag)');
    expect(screen.getByRole('rowheader', { name: 'Gastles' })).toHaveAttribute('scope', 'row');
  });

  it('explains every step of the scale in its legend', () => {
    render(
      <I18nProvider locale="nl">
        <HeatLegend />
      </I18nProvider>,
    );
    const legend = screen.getByRole('list', { name: 'Betekenis van de kleuren en tekens' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '○geen vraag: alleen aanbod, geen vraag',
      '✓gedekt: het aanbod dekt de hele vraag',
      '◔klein tekort: tot een derde van de vraag is niet gedekt',
      '◑flink tekort: een derde tot twee derde van de vraag is niet gedekt',
      '●groot tekort: meer dan twee derde van de vraag is niet gedekt',
    ]);
  });
});
