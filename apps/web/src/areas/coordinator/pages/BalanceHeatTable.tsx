import { FormattedMessage, useIntl } from 'react-intl';
import { levelLabel } from '../../../components/labels';
import { HEAT_STEPS, HEAT_SYMBOL, heatStep, type BalanceMatrix, type Tally } from './balance';
import { typeName } from './region-common';

function HeatCell({ tally }: { tally: Tally | undefined }) {
  const intl = useIntl();
  if (!tally) {
    return (
      <td className="tm-heat__cell tm-heat__cell--empty">
        <span aria-hidden="true">–</span>
        <span className="tm-visually-hidden">
          <FormattedMessage id="coordinator.heat.empty" />
        </span>
      </td>
    );
  }
  const step = heatStep(tally);
  return (
    <td className={`tm-heat__cell tm-heat__cell--${step}`}>
      <span className="tm-heat__value">
        <span aria-hidden="true" className="tm-heat__symbol">
          {HEAT_SYMBOL[step]}
        </span>{' '}
        <FormattedMessage id="coordinator.heat.shortfall" values={{ n: tally.shortfall }} />
      </span>
      <span className="tm-heat__detail">
        <FormattedMessage
          id="coordinator.heat.detail"
          values={{ demand: tally.demand, supply: tally.supply }}
        />
      </span>
      <span className="tm-visually-hidden">
        {' '}
        ({intl.formatMessage({ id: `coordinator.heat.step.${step}` })})
      </span>
    </td>
  );
}

/** The legend of the heat scale: colour, shape and words of each step. */
export function HeatLegend() {
  const intl = useIntl();
  return (
    <div className="tm-heat-legend">
      <p className="tm-heat-legend__title" id="heat-legend-title">
        <FormattedMessage id="coordinator.heat.legend" />
      </p>
      <ul className="tm-heat-legend__list" aria-labelledby="heat-legend-title">
        {HEAT_STEPS.map((step) => (
          <li key={step} className="tm-heat-legend__item">
            <span aria-hidden="true" className={`tm-heat-legend__swatch tm-heat__cell--${step}`}>
              {HEAT_SYMBOL[step]}
            </span>
            <span>
              <strong>{intl.formatMessage({ id: `coordinator.heat.step.${step}` })}</strong>
              {': '}
              {intl.formatMessage({ id: `coordinator.heat.stepHint.${step}` })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Demand against supply per activity type (rows) and level (columns) as a heat table: every cell shows its
 * shortfall and a shape, with demand and supply below it; the colour repeats what the shape already says.
 */
export function BalanceHeatTable({ matrix, scope }: { matrix: BalanceMatrix; scope: string }) {
  return (
    <div
      className="tm-co-scroll"
      role="region"
      aria-labelledby="heat-caption"
      // Keyboard users can scroll a wide table too.
      tabIndex={0}
    >
      <table className="utrecht-table tm-heat">
        <caption id="heat-caption" className="utrecht-table__caption tm-heat__caption">
          <FormattedMessage id="coordinator.heat.caption" values={{ scope }} />
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              <FormattedMessage id="coordinator.heat.typeColumn" />
            </th>
            {matrix.levels.map((level) => (
              <th key={level} scope="col" className="utrecht-table__header-cell">
                {levelLabel(level)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {matrix.types.map((type) => (
            <tr key={type} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {typeName(type)}
              </th>
              {matrix.levels.map((level) => (
                <HeatCell key={level} tally={matrix.cell(type, level)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
