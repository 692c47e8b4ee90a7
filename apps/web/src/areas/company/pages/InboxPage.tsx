import { useQuery } from '@apollo/client/react';
import { Link, useSearch } from '@tanstack/react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { graphql } from '../../../gql';
import type { CompanyBookingsQuery } from '../../../gql/graphql';
import { BookingCard } from '../components/BookingCard';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { StatusMessage } from '../components/StatusMessage';
import { BOOKING_FILTERS, type BookingFilter } from '../search';
import { useLoadProblems } from '../problems';
import { Loading } from '../../../components/Loading';

export const CompanyBookingsQueryDoc = graphql(`
  query CompanyBookings {
    myBookings {
      id
      status
      createdAt
      updatedAt
      groupSize
      level
      sessions
      fromMatching
      message
      preferredDate
      responseMessage
      cancelReason
      cancelledByRole
      activity {
        id
        title
        startsAt
      }
      school {
        id
        name
        city
      }
    }
  }
`);

export type CompanyBooking = CompanyBookingsQuery['myBookings'][number];

export function InboxPage() {
  return (
    <CompanyOnly>
      <Inbox />
    </CompanyOnly>
  );
}

// Requests waiting for an answer first, then the newest (the api's order) within each group.
const requestedFirst = (bookings: CompanyBooking[]) =>
  [...bookings].sort((a, b) => Number(b.status === 'REQUESTED') - Number(a.status === 'REQUESTED'));

function Inbox() {
  const intl = useIntl();
  const { status: filter } = useSearch({ from: '/bedrijf' });
  const { data, loading, error } = useQuery(CompanyBookingsQueryDoc);
  const loadProblems = useLoadProblems(error);
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const all = data?.myBookings ?? [];
  const shown = requestedFirst(filter ? all.filter((b) => b.status === BOOKING_FILTERS[filter]) : all);
  const waiting = all.filter((b) => b.status === 'REQUESTED').length;
  const answered = (text: string) => {
    setMessage(text);
    // The answered request may leave the filtered list: the focus goes to what happened.
    status.current?.focus();
  };
  return (
    <CompanyPage title={intl.formatMessage({ id: 'company.inbox.title' })}>
      <div ref={status} tabIndex={-1} className="tm-company-focus-target">
        <StatusMessage message={message} />
      </div>
      <ErrorSummary problems={loadProblems} />
      {data ? (
        <Paragraph>
          <FormattedMessage id="company.inbox.waiting" values={{ count: waiting }} />
        </Paragraph>
      ) : null}
      <FilterLinks current={filter} all={all} />
      {loading && !data ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Paragraph>
          <FormattedMessage id={filter ? `company.inbox.none.${filter}` : 'company.inbox.none.all'} />
        </Paragraph>
      ) : (
        <ul className="tm-company-cards" aria-label={intl.formatMessage({ id: 'company.inbox.listLabel' })}>
          {shown.map((booking) => (
            <li key={booking.id}>
              <BookingCard booking={booking} onAnswered={answered} />
            </li>
          ))}
        </ul>
      )}
    </CompanyPage>
  );
}

function FilterLinks({ current, all }: { current?: BookingFilter; all: CompanyBooking[] }) {
  const intl = useIntl();
  const filters: Array<BookingFilter | undefined> = [
    undefined,
    ...(Object.keys(BOOKING_FILTERS) as BookingFilter[]),
  ];
  return (
    <nav aria-label={intl.formatMessage({ id: 'company.inbox.filterLabel' })} className="tm-company-tabs">
      <ul className="tm-company-tabs__list">
        {filters.map((filter) => (
          <li key={filter ?? 'alle'}>
            <Link
              to="/bedrijf"
              search={filter ? { status: filter } : {}}
              className="tm-company-tabs__link"
              aria-current={filter === current ? 'page' : undefined}
            >
              <FormattedMessage
                id={`company.inbox.filter.${filter ?? 'all'}`}
                values={{
                  count: filter ? all.filter((b) => b.status === BOOKING_FILTERS[filter]).length : all.length,
                }}
              />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
