import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { provinceLabel } from '../../../components/labels';
import { ProvinceMap } from '../../../components/ProvinceMap';
import type { Province } from '../../../gql/graphql';
import { HEAT_FILL, HEAT_SYMBOL, heatStep, type Tally } from './balance';

/**
 * The provinces shaded by the heat scale of their shortfall, each with its numbers as a tooltip. An extra view:
 * the table beside it holds the same.
 */
export function ProvinceShortfallMap({ tallies }: { tallies: Map<string, Tally> }) {
  const intl = useIntl();
  const { fills, titles } = useMemo(() => {
    const fills: Partial<Record<Province, string>> = {};
    const titles: Partial<Record<Province, string>> = {};
    for (const [province, tally] of tallies) {
      fills[province as Province] = HEAT_FILL[heatStep(tally)];
      titles[province as Province] = provinceTitle(intl, province, tally);
    }
    return { fills, titles };
  }, [tallies, intl]);
  return (
    <figure className="tm-co-chart">
      <ProvinceMap
        label={intl.formatMessage({ id: 'coordinator.map.label' })}
        fills={fills}
        provinceTitles={titles}
      />
      <figcaption className="tm-muted">{intl.formatMessage({ id: 'coordinator.map.caption' })}</figcaption>
    </figure>
  );
}

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

/** "Noord-Brabant: tekort 5 van 7 gevraagde sessies (groot tekort)": a province's tooltip on the map. */
function provinceTitle(intl: IntlShape, province: string, tally: Tally): string {
  return intl.formatMessage(
    { id: 'coordinator.map.title' },
    {
      province: provinceLabel(province),
      shortfall: tally.shortfall,
      demand: tally.demand,
      step: intl.formatMessage({ id: `coordinator.heat.step.${heatStep(tally)}` }),
    },
  );
}
