import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Tally } from './balance';
import { levelLabel } from '../../../components/labels';
import { typeName } from './region-common';

// Drawn with the theme's colours (the CSS tokens cannot reach into SVG attributes set by recharts).
const DEMAND_COLOUR = '#b34700';
const SUPPLY_COLOUR = '#00566e';

type Cell = Tally & { type: string; level: string };

/** "Gastles havo". */
const cellName = (cell: Cell) => `${typeName(cell.type)} ${levelLabel(cell.level)}`;

/**
 * Supply against demand per activity type and level as bars, with the same numbers in a table beside it: the
 * table is what screen readers read, the chart is the picture of it.
 */
export function BalanceChart({ rows, scope }: { rows: Cell[]; scope: string }) {
  const intl = useIntl();
  const demand = intl.formatMessage({ id: 'coordinator.chart.demand' });
  const supply = intl.formatMessage({ id: 'coordinator.chart.supply' });
  const data = rows.map((row) => ({ name: cellName(row), demand: row.demand, supply: row.supply }));
  return (
    <div className="tm-co-chart-pair">
      <figure className="tm-co-chart">
        <div
          role="img"
          aria-label={intl.formatMessage({ id: 'coordinator.chart.alt' }, { scope })}
          className="tm-co-chart__canvas"
        >
          {/* Bars lie down, so that the names of type and level read horizontally. */}
          <ResponsiveContainer width="100%" height={80 + data.length * 48}>
            <BarChart
              data={data}
              layout="vertical"
              accessibilityLayer={false}
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b1b1b' }} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fill: '#1b1b1b' }} />
              <Tooltip />
              <Legend verticalAlign="top" />
              <Bar dataKey="demand" name={demand} fill={DEMAND_COLOUR} isAnimationActive={false} />
              <Bar dataKey="supply" name={supply} fill={SUPPLY_COLOUR} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="tm-muted">
          <FormattedMessage id="coordinator.chart.caption" />
        </figcaption>
      </figure>
      <table className="utrecht-table tm-co-chart-table">
        <caption className="utrecht-table__caption">
          <FormattedMessage id="coordinator.chart.tableCaption" values={{ scope }} />
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              <FormattedMessage id="coordinator.chart.cellColumn" />
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {demand}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {supply}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              <FormattedMessage id="coordinator.chart.shortfall" />
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={`${row.type}|${row.level}`} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {cellName(row)}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{row.demand}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{row.supply}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{row.shortfall}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
