import { useIntl } from 'react-intl';
import { provinceLabel } from '../../../components/labels';
import { HEAT_SYMBOL, heatStep, type Tally } from './balance';

/**
 * Demand, supply and shortfall per province, each with its step of the heat scale in words: the numbers behind
 * the province map (and all a screen reader needs of it).
 */
export function ProvinceShortfallTable({ tallies }: { tallies: Map<string, Tally> }) {
  const intl = useIntl();
  const provinces = [...tallies.keys()].sort((a, b) =>
    provinceLabel(a).localeCompare(provinceLabel(b), 'nl'),
  );
  const column = (id: string, numeric = false) => (
    <th
      scope="col"
      className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`}
    >
      {intl.formatMessage({ id })}
    </th>
  );
  return (
    <table className="utrecht-table tm-co-chart-table">
      <caption className="utrecht-table__caption">
        {intl.formatMessage({ id: 'coordinator.map.tableCaption' })}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {column('coordinator.map.province')}
          {column('coordinator.chart.demand', true)}
          {column('coordinator.chart.supply', true)}
          {column('coordinator.chart.shortfall', true)}
          {column('coordinator.map.step')}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {provinces.map((province) => {
          const tally = tallies.get(province)!;
          const step = heatStep(tally);
          return (
            <tr key={province} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {provinceLabel(province)}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{tally.demand}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{tally.supply}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{tally.shortfall}</td>
              <td className={`utrecht-table__cell tm-heat__cell--${step}`}>
                <span aria-hidden="true">{HEAT_SYMBOL[step]} </span>
                {intl.formatMessage({ id: `coordinator.heat.step.${step}` })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "Noord-Brabant: tekort 5 van 7 gevraagde sessies (flink tekort)": a province's tooltip on the map. */
export function useProvinceTitle(): (province: string, tally: Tally) => string {
  const intl = useIntl();
  return (province, tally) =>
    intl.formatMessage(
      { id: 'coordinator.map.title' },
      {
        province: provinceLabel(province),
        shortfall: tally.shortfall,
        demand: tally.demand,
        step: intl.formatMessage({ id: `coordinator.heat.step.${heatStep(tally)}` }),
      },
    );
}
