import { Link } from '@tanstack/react-router';
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
import type { WaitlistEntryFieldsFragment } from '../../../gql/graphql';
import { formatMoment } from './coordinator-format';
import { TableScroll } from './TableScroll';

/** The entries in list order, each with its offer (and its expiry) and a link that opens its panel. */
export function WaitlistTable({
  entries,
  caption,
  selected,
}: {
  entries: readonly WaitlistEntryFieldsFragment[];
  caption: string;
  selected?: string;
}) {
  const intl = useIntl();
  if (!entries.length) {
    return (
      <p>
        <FormattedMessage id="coordinator.waitlist.empty" />
      </p>
    );
  }
  return (
    <TableScroll label={caption}>
      <Table className="tm-cw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {['position', 'school', 'province', 'status', 'priority', 'joined', 'offer', 'actions'].map(
              (c) => (
                <TableHeaderCell key={c} scope="col">
                  <FormattedMessage id={`coordinator.waitlist.col.${c}`} />
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id} className={entry.id === selected ? 'tm-cw-row--selected' : undefined}>
              <TableCell>{entry.position ?? '–'}</TableCell>
              <TableHeaderCell scope="row">
                {entry.school.name}
                <span className="tm-cw-cell-detail">{entry.school.city}</span>
              </TableHeaderCell>
              <TableCell>{provinceLabel(entry.province)}</TableCell>
              <TableCell>
                <FormattedMessage id={`coordinator.waitlist.status.${entry.status}`} />
              </TableCell>
              <TableCell>{entry.priority}</TableCell>
              <TableCell>{formatMoment(intl, entry.joinedAt, false)}</TableCell>
              <TableCell>
                {entry.currentOffer ? (
                  <FormattedMessage
                    id="coordinator.waitlist.offer"
                    values={{
                      company: entry.currentOffer.location.company.name,
                      location: entry.currentOffer.location.name,
                      expires: formatMoment(intl, entry.currentOffer.expiresAt),
                    }}
                  />
                ) : entry.partner ? (
                  <FormattedMessage
                    id="coordinator.waitlist.placedWith"
                    values={{ company: entry.partner.company.name, location: entry.partner.name }}
                  />
                ) : (
                  '–'
                )}
              </TableCell>
              <TableCell>
                <Link
                  from="/coordinator/wachtlijst"
                  to="/coordinator/wachtlijst"
                  search={(prev) => ({ ...prev, inschrijving: entry.id })}
                  className="tm-cw-action-link"
                  aria-current={entry.id === selected ? 'true' : undefined}
                >
                  <FormattedMessage id="coordinator.waitlist.manage" />
                  <span className="tm-visually-hidden"> {entry.school.name}</span>
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
