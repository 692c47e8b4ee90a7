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
import type { WaitlistEntryFieldsFragment } from '../../../gql/graphql';
import { formatMoment } from './coordinator-format';
import { TableScroll } from './TableScroll';

const KNOWN_KINDS = new Set([
  'JOINED',
  'WITHDRAWN',
  'PRIORITY_CHANGED',
  'OFFERED',
  'OFFER_REMINDER_SENT',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OFFER_EXPIRED',
  'OFFER_REVOKED',
  'PLACED',
  'REPAIRED',
]);
const KNOWN_ACTORS = new Set(['TEACHER', 'COMPANY', 'COORDINATOR', 'ADMIN', 'SYSTEM']);

/** Every state change of an entry, oldest first: when, what, who and why. */
export function WaitlistHistory({ entry }: { entry: WaitlistEntryFieldsFragment }) {
  const intl = useIntl();
  const label = (prefix: string, known: Set<string>, value: string) =>
    known.has(value) ? intl.formatMessage({ id: `${prefix}.${value}` }) : value;
  return (
    <TableScroll
      label={intl.formatMessage(
        { id: 'coordinator.waitlist.history.caption' },
        { school: entry.school.name },
      )}
    >
      <Table className="tm-cw-table">
        <TableCaption>
          <FormattedMessage
            id="coordinator.waitlist.history.caption"
            values={{ school: entry.school.name }}
          />
        </TableCaption>
        <TableHeader>
          <TableRow>
            {['at', 'kind', 'actor', 'note'].map((c) => (
              <TableHeaderCell key={c} scope="col">
                <FormattedMessage id={`coordinator.waitlist.history.${c}`} />
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entry.events.map((event, i) => (
            <TableRow key={i}>
              <TableCell>{formatMoment(intl, event.at)}</TableCell>
              <TableCell>{label('coordinator.waitlist.event', KNOWN_KINDS, event.kind)}</TableCell>
              <TableCell>{label('coordinator.waitlist.actor', KNOWN_ACTORS, event.actorRole)}</TableCell>
              <TableCell>{event.note ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
