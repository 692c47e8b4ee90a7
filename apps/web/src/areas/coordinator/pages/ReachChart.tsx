import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useIntl } from 'react-intl';

export interface ReachBar {
  label: string;
  reached: number;
  notReached: number;
}

// Bars with 3:1 contrast against white and against each other's neighbour, told apart by the legend's words too.
const REACHED = '#00566e';
const NOT_REACHED = '#b34700';

/**
 * Schools reached and not reached per row of the report, as stacked horizontal bars. Only a picture: the table
 * beside it holds the same figures for screen readers and keyboards, so the chart is hidden from them.
 */
export function ReachChart({ bars }: { bars: readonly ReachBar[] }) {
  const intl = useIntl();
  const height = 90 + bars.length * 40;
  return (
    <div className="tm-cw-chart" aria-hidden="true">
      <BarChart
        data={bars}
        layout="vertical"
        responsive
        height={height}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={190} />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="reached"
          stackId="schools"
          name={intl.formatMessage({ id: 'coordinator.reach.col.schoolsReached' })}
          fill={REACHED}
          isAnimationActive={false}
        />
        <Bar
          dataKey="notReached"
          stackId="schools"
          name={intl.formatMessage({ id: 'coordinator.reach.col.schoolsNotReached' })}
          fill={NOT_REACHED}
          isAnimationActive={false}
        />
      </BarChart>
    </div>
  );
}
