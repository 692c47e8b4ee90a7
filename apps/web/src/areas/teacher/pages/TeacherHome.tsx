import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useLoadProblems } from '../components/load-problems';
import { programmeLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { bookingMoment, canComplete, toReview, type TeacherBooking } from '../bookings';
import { formatDay, formatDayTime } from '../dates';
import { PendingColleagues } from '../components/PendingColleagues';
import { StatusMessage } from '../components/StatusMessage';
import { VerificationNotice, canActForSchool } from '../components/VerificationNotice';
import '../teacher.css';
import { Loading } from '../../../components/Loading';

const TeacherHomeQuery = graphql(`
  query TeacherHome {
    myBookings {
      ...TeacherBooking
    }
    myWaitlistEntries {
      id
      programme
      status
      currentOffer {
        id
        status
        expiresAt
        location {
          id
          name
          city
          company {
            id
            name
          }
        }
      }
    }
  }
`);

/** Answers of companies this recent count as news on the start page. */
export const RECENT_DAYS = 14;

function Checklist({ id, title, children }: { id: string; title: ReactNode; children: ReactNode[] }) {
  if (!children.length) return null;
  return (
    <section aria-labelledby={id} className="tm-teacher-section">
      <Heading2 id={id}>{title}</Heading2>
      <ul className="tm-teacher-checklist">{children}</ul>
    </section>
  );
}

function Item({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <li className="tm-teacher-checklist__item">
      <span>{children}</span>
      {action}
    </li>
  );
}

/** /docent: what the teacher should do now, and what happened since. */
export function TeacherHome() {
  const intl = useIntl();
  const { me } = useSession();
  const { data, loading, error } = useQuery(TeacherHomeQuery);
  const loadProblems = useLoadProblems(error, data);
  const [message, setMessage] = useState<string | null>(null);
  const title = intl.formatMessage({ id: 'teacher.home.title' });
  const bookings: TeacherBooking[] = data?.myBookings ?? [];
  const now = Date.now();

  const offers = (data?.myWaitlistEntries ?? []).flatMap((entry) =>
    entry.currentOffer?.status === 'PENDING' ? [{ entry, offer: entry.currentOffer }] : [],
  );
  const toComplete = bookings.filter((booking) => canComplete(booking));
  const reviews = bookings.filter(toReview);
  const answers = bookings.filter(
    (booking) =>
      (booking.status === 'ACCEPTED' || booking.status === 'DECLINED') &&
      now - Date.parse(booking.updatedAt) <= RECENT_DAYS * 86_400_000,
  );
  const waiting = bookings.filter((booking) => booking.status === 'REQUESTED').length;
  const todo = offers.length + toComplete.length + reviews.length;
  const when = (booking: TeacherBooking) => {
    const moment = bookingMoment(booking);
    return moment ? formatDay(intl, moment) : intl.formatMessage({ id: 'teacher.booking.noDate' });
  };

  return (
    <Page title={title}>
      <StatusMessage>{message}</StatusMessage>
      {me ? (
        <Paragraph className="tm-teacher-lead">
          <FormattedMessage
            id={me.school ? 'teacher.home.welcome' : 'teacher.home.welcomeNoSchool'}
            values={{ name: me.name, school: me.school?.name ?? '' }}
          />
        </Paragraph>
      ) : null}
      {me ? <VerificationNotice me={me} /> : null}
      <ErrorSummary problems={loadProblems} />
      {loading && !data ? (
        <Loading />
      ) : (
        <>
          {me && canActForSchool(me) ? (
            <Paragraph>
              <FormattedMessage id="teacher.home.todo" values={{ count: todo }} />
            </Paragraph>
          ) : null}
          <Checklist id="tm-home-offers" title={<FormattedMessage id="teacher.home.offers" />}>
            {offers.map(({ entry, offer }) => (
              <Item
                key={offer.id}
                action={
                  <Link
                    activeOptions={{ exact: true }}
                    to="/docent/wachtlijst"
                    className="tm-teacher-link-action tm-teacher-link-action--primary"
                  >
                    <FormattedMessage id="teacher.home.offers.answer" />
                  </Link>
                }
              >
                <FormattedMessage
                  id="teacher.home.offers.item"
                  values={{
                    programme: programmeLabel(entry.programme),
                    company: offer.location.company.name,
                    location: `${offer.location.name}, ${offer.location.city}`,
                    expires: formatDayTime(intl, offer.expiresAt),
                    strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                  }}
                />
              </Item>
            ))}
          </Checklist>
          <Checklist id="tm-home-complete" title={<FormattedMessage id="teacher.home.complete" />}>
            {toComplete.map((booking) => (
              <Item
                key={booking.id}
                action={
                  <Link
                    activeOptions={{ exact: true }}
                    to="/docent/boekingen"
                    search={{ status: 'ACCEPTED' }}
                    hash={`boeking-${booking.id}`}
                    className="tm-teacher-link-action"
                  >
                    <FormattedMessage id="teacher.home.complete.action" />
                  </Link>
                }
              >
                <FormattedMessage
                  id="teacher.home.complete.item"
                  values={{ title: booking.activity.title, date: when(booking) }}
                />
              </Item>
            ))}
          </Checklist>
          <Checklist id="tm-home-reviews" title={<FormattedMessage id="teacher.home.reviews" />}>
            {reviews.map((booking) => (
              <Item
                key={booking.id}
                action={
                  <Link
                    activeOptions={{ exact: true }}
                    to="/docent/boekingen"
                    search={{ status: 'COMPLETED', boeking: booking.id, actie: 'beoordelen' }}
                    className="tm-teacher-link-action tm-teacher-link-action--primary"
                  >
                    <FormattedMessage
                      id="teacher.home.reviews.action"
                      values={{ title: booking.activity.title }}
                    />
                  </Link>
                }
              >
                <FormattedMessage
                  id="teacher.home.reviews.item"
                  values={{ title: booking.activity.title, date: when(booking) }}
                />
              </Item>
            ))}
          </Checklist>
          <Checklist id="tm-home-answers" title={<FormattedMessage id="teacher.home.answers" />}>
            {answers.map((booking) => (
              <Item
                key={booking.id}
                action={
                  <Link
                    activeOptions={{ exact: true }}
                    to="/docent/boekingen"
                    search={{ status: booking.status === 'ACCEPTED' ? 'ACCEPTED' : 'DECLINED' }}
                    hash={`boeking-${booking.id}`}
                    className="tm-teacher-link-action"
                  >
                    <FormattedMessage id="teacher.home.answers.action" />
                  </Link>
                }
              >
                <FormattedMessage
                  id={
                    booking.status === 'ACCEPTED'
                      ? 'teacher.home.answers.accepted'
                      : 'teacher.home.answers.declined'
                  }
                  values={{
                    company: booking.activity.location.company.name,
                    title: booking.activity.title,
                    date: when(booking),
                  }}
                />
                {booking.responseMessage ? (
                  <span className="tm-teacher-quote">
                    <FormattedMessage
                      id="teacher.home.answers.message"
                      values={{ message: booking.responseMessage }}
                    />
                  </span>
                ) : null}
              </Item>
            ))}
          </Checklist>
          {me && canActForSchool(me) ? <PendingColleagues onApproved={setMessage} /> : null}
          {waiting ? (
            <Paragraph>
              <FormattedMessage id="teacher.home.waiting" values={{ count: waiting }} />{' '}
              <Link to="/docent/boekingen" search={{ status: 'REQUESTED' }}>
                <FormattedMessage id="teacher.home.waiting.link" />
              </Link>
            </Paragraph>
          ) : null}
          <section aria-labelledby="tm-home-more" className="tm-teacher-section">
            <Heading2 id="tm-home-more">
              <FormattedMessage id="teacher.home.more" />
            </Heading2>
            <ul className="tm-teacher-links">
              <li>
                <Link to="/activiteiten">
                  <FormattedMessage id="teacher.home.more.search" />
                </Link>
              </li>
              <li>
                <Link to="/docent/behoeften">
                  <FormattedMessage id="teacher.home.more.requests" />
                </Link>
              </li>
              <li>
                <Link to="/docent/wachtlijst">
                  <FormattedMessage id="teacher.home.more.waitlist" />
                </Link>
              </li>
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}
