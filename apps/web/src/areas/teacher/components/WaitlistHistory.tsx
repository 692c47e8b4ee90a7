import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useIntl } from 'react-intl';
import { formatDayTime } from '../dates';
import { actorText, eventKindText } from '../waitlist';

// The api's own notes are English texts of its steps; the reason a school gives for leaving is its own words.
const schoolsOwnReason = (event: { kind: string; actorRole: string; note?: string | null }) =>
  event.kind === 'WITHDRAWN' && event.actorRole === 'TEACHER' ? event.note : null;

/** The history of a waiting-list entry, oldest first. Only the school's own reasons are shown as notes. */
export function WaitlistHistory({
  caption,
  events,
}: {
  caption: string;
  events: ReadonlyArray<{ at: string; kind: string; actorRole: string; note?: string | null }>;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <div className="tm-teacher-table">
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('teacher.waitlist.history.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('teacher.waitlist.history.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('teacher.waitlist.history.who')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('teacher.waitlist.history.note')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event, i) => (
            <TableRow key={`${event.at}-${i}`}>
              <TableCell>{formatDayTime(intl, event.at)}</TableCell>
              <TableCell>{eventKindText(intl, event.kind)}</TableCell>
              <TableCell>{actorText(intl, event.actorRole)}</TableCell>
              <TableCell>{schoolsOwnReason(event) ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
