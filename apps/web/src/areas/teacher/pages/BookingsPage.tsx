import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useLoadProblems } from '../components/load-problems';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { BOOKING_STATUSES } from '../booking-status';
import { BookingCard } from '../components/BookingCard';
import { CancelForm } from '../components/CancelForm';
import { ReviewForm } from '../components/ReviewForm';
import { StatusMessage } from '../components/StatusMessage';
import { VerificationNotice, canActForSchool } from '../components/VerificationNotice';
import '../teacher.css';
import { Loading } from '../../../components/Loading';

const MyBookingsQuery = graphql(`
  query MyBookings($status: BookingStatus) {
    myBookings(status: $status) {
      ...TeacherBooking
    }
  }
`);

const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!, $reason: String) {
    cancelBooking(id: $id, reason: $reason) {
      id
      status
      cancelReason
      cancelledByRole
      updatedAt
    }
  }
`);

const CompleteBookingMutation = graphql(`
  mutation CompleteBooking($id: ID!) {
    completeBooking(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

const ReviewActivityMutation = graphql(`
  mutation ReviewActivity($activityId: ID!, $bookingId: ID, $rating: Int!, $comment: String) {
    reviewActivity(activityId: $activityId, bookingId: $bookingId, rating: $rating, comment: $comment) {
      id
      rating
      activity {
        id
        reviewCount
        averageRating
      }
    }
  }
`);

const REFETCH = { refetchQueries: ['MyBookings', 'TeacherHome'], awaitRefetchQueries: true };

/** /docent/boekingen: the school's bookings, filtered by status; cancel, complete and review them. */
export function BookingsPage() {
  const intl = useIntl();
  const search = useSearch({ from: '/docent/boekingen' });
  const navigate = useNavigate({ from: '/docent/boekingen' });
  const { me } = useSession();
  const { data, loading, error } = useQuery(MyBookingsQuery, {
    variables: { status: search.status ?? null },
  });
  const loadProblems = useLoadProblems(error, data);
  const [cancelBooking] = useMutation(CancelBookingMutation, REFETCH);
  const [completeBooking] = useMutation(CompleteBookingMutation, REFETCH);
  const [reviewActivity] = useMutation(ReviewActivityMutation, REFETCH);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [completing, setCompleting] = useState<string | null>(null);

  const bookings = data?.myBookings ?? [];
  const requested = search.aangevraagd ? bookings.find((b) => b.id === search.aangevraagd) : undefined;
  const closeForm = () => navigate({ search: (prev) => ({ status: prev.status }), replace: true });

  const act = async (work: () => Promise<unknown>, done: string, after?: () => Promise<void>) => {
    setMessage(null);
    setProblems([]);
    try {
      await work();
      setMessage(done);
      await (after ?? closeForm)();
      return [];
    } catch (caught) {
      return problemsOf(caught);
    }
  };

  const complete = async (id: string, title: string) => {
    setCompleting(id);
    const found = await act(
      () => completeBooking({ variables: { id } }),
      intl.formatMessage({ id: 'teacher.booking.completed' }, { title }),
      // Completed is when the school can review: the review form opens right away (among the completed
      // bookings when a filter was on, as the booking left the one it was in).
      () =>
        navigate({
          search: (prev) => ({
            status: prev.status ? ('COMPLETED' as const) : undefined,
            boeking: id,
            actie: 'beoordelen' as const,
          }),
        }),
    );
    setCompleting(null);
    setProblems(found);
  };

  return (
    <Page title={intl.formatMessage({ id: 'teacher.bookings.title' })}>
      <StatusMessage>
        {message ??
          (requested ? (
            <FormattedMessage
              id="teacher.bookings.requested"
              values={{ title: requested.activity.title, company: requested.activity.location.company.name }}
            />
          ) : search.aangevraagd && !loading ? (
            <FormattedMessage id="teacher.bookings.requestedUnknown" />
          ) : null)}
      </StatusMessage>
      {me ? <VerificationNotice me={me} /> : null}
      <nav aria-label={intl.formatMessage({ id: 'teacher.bookings.filter' })} className="tm-teacher-filter">
        <ul className="tm-teacher-filter__list">
          {[undefined, ...BOOKING_STATUSES].map((status) => (
            <li key={status ?? 'all'}>
              <Link
                activeOptions={{ exact: true }}
                to="/docent/boekingen"
                search={status ? { status } : {}}
                className="tm-teacher-filter__link"
                aria-current={search.status === status ? 'page' : undefined}
              >
                <FormattedMessage id={status ? `teacher.status.${status}` : 'teacher.bookings.all'} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorSummary problems={problems.length ? problems : loadProblems} />
      {loading && !data ? (
        <Loading />
      ) : bookings.length === 0 ? (
        me && canActForSchool(me) ? (
          <Paragraph>
            <FormattedMessage
              id={search.status ? 'teacher.bookings.noneWithStatus' : 'teacher.bookings.none'}
              values={{
                status: search.status ? intl.formatMessage({ id: `teacher.status.${search.status}` }) : '',
              }}
            />{' '}
            <Link to="/activiteiten">
              <FormattedMessage id="teacher.bookings.find" />
            </Link>
          </Paragraph>
        ) : null
      ) : (
        <ul className="tm-teacher-cards">
          {bookings.map((booking) => {
            const open = search.boeking === booking.id ? search.actie : undefined;
            const title = booking.activity.title;
            return (
              <BookingCard
                key={booking.id}
                booking={booking}
                highlighted={booking.id === search.aangevraagd}
                completing={completing === booking.id}
                onComplete={() => void complete(booking.id, title)}
                form={
                  open === 'annuleren' ? (
                    <CancelForm
                      activityTitle={title}
                      onSubmit={(reason) =>
                        act(
                          () => cancelBooking({ variables: { id: booking.id, reason } }),
                          intl.formatMessage({ id: 'teacher.booking.cancelledDone' }, { title }),
                        )
                      }
                    />
                  ) : open === 'beoordelen' ? (
                    <ReviewForm
                      activityTitle={title}
                      onSubmit={({ rating, comment }) =>
                        act(
                          () =>
                            reviewActivity({
                              variables: {
                                activityId: booking.activity.id,
                                bookingId: booking.id,
                                rating,
                                comment,
                              },
                            }),
                          intl.formatMessage({ id: 'teacher.review.done' }, { title, stars: rating }),
                        )
                      }
                    />
                  ) : null
                }
              />
            );
          })}
        </ul>
      )}
    </Page>
  );
}
