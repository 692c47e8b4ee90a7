import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { provinceLabel } from '../../../components/labels';
import type { CoordinatorReachQuery } from '../../../gql/graphql';
import { TableScroll } from './TableScroll';

type ReachRow = CoordinatorReachQuery['reachReport']['rows'][number];

export const REACH_COLUMNS = [
  'schoolsReached',
  'schoolsNotReached',
  'repeatSchools',
  'activitiesGiven',
  'pupilsReached',
  'companiesActive',
  'averageRating',
  'waitingAtYearEnd',
] as const;

/** The report's figures per province and programme: the chart's data and more, in a table. */
export function ReachTable({
  rows,
  caption,
  programmeName,
}: {
  rows: readonly ReachRow[];
  caption: string;
  programmeName: (programme: ReachRow['programme']) => string;
}) {
  const intl = useIntl();
  const value = (row: ReachRow, column: (typeof REACH_COLUMNS)[number]) => {
    const figure = row[column];
    if (figure === null) return '–';
    return column === 'averageRating'
      ? intl.formatNumber(figure, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
      : intl.formatNumber(figure);
  };
  return (
    <TableScroll label={caption}>
      <Table className="tm-cw-table tm-cw-table--numbers">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">
              <FormattedMessage id="coordinator.reach.col.province" />
            </TableHeaderCell>
            <TableHeaderCell scope="col">
              <FormattedMessage id="coordinator.reach.col.programme" />
            </TableHeaderCell>
            {REACH_COLUMNS.map((column) => (
              <TableHeaderCell key={column} scope="col">
                <FormattedMessage id={`coordinator.reach.col.${column}`} />
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.province}:${row.programme}`}>
              <TableHeaderCell scope="row">{provinceLabel(row.province)}</TableHeaderCell>
              <TableCell>{programmeName(row.programme)}</TableCell>
              {REACH_COLUMNS.map((column) => (
                <TableCell key={column}>{value(row, column)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
