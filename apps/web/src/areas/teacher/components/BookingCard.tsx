import { Link } from '@tanstack/react-router';
import { Button, Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { levelLabel } from '../../../components/labels';
import { bookingMoment, canCancel, canComplete, toReview, type TeacherBooking } from '../bookings';
import { formatDay } from '../dates';

/** One booking of the school: what, when, for whom, where it stands, and what the teacher can do with it now. */
export function BookingCard({
  booking,
  highlighted,
  form,
  onComplete,
  completing,
}: {
  booking: TeacherBooking;
  /** The booking just requested. */
  highlighted: boolean;
  /** The open cancel or review form of this booking. */
  form: ReactNode;
  onComplete(): void;
  completing: boolean;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const moment = bookingMoment(booking);
  const { location } = booking.activity;
  const rows: Array<[string, string]> = [
    [t('teacher.booking.provider'), `${location.company.name} (${location.city})`],
    [t('teacher.booking.date'), moment ? formatDay(intl, moment) : t('teacher.booking.noDate')],
    [t('teacher.booking.level'), levelLabel(booking.level)],
    [t('teacher.booking.groupSize'), t('teacher.booking.pupils', { count: booking.groupSize })],
    [t('teacher.booking.requestedAt'), formatDay(intl, booking.createdAt)],
  ];
  if (booking.sessions > 1) rows.push([t('teacher.booking.sessions'), String(booking.sessions)]);
  if (booking.message) rows.push([t('teacher.booking.message'), booking.message]);
  if (booking.responseMessage) rows.push([t('teacher.booking.response'), booking.responseMessage]);
  if (booking.status === 'CANCELLED') {
    const by = booking.cancelledByRole ? t(`teacher.booking.cancelledBy.${booking.cancelledByRole}`) : '';
    rows.push([t('teacher.booking.cancelled'), [by, booking.cancelReason].filter(Boolean).join(': ')]);
  }
  const headingId = `boeking-${booking.id}`;
  return (
    <li className={`tm-teacher-card${highlighted ? ' tm-teacher-card--new' : ''}`}>
      <article aria-labelledby={headingId}>
        <Heading2 id={headingId} className="tm-teacher-card__title">
          {booking.activity.title}
        </Heading2>
        <p className="tm-teacher-status">
          <span className={`tm-teacher-badge tm-teacher-badge--${booking.status.toLowerCase()}`}>
            {t(`teacher.status.${booking.status}`)}
          </span>
          {highlighted ? <span className="tm-teacher-badge">{t('teacher.booking.new')}</span> : null}
          {booking.fromMatching ? (
            <span className="tm-muted"> {t('teacher.booking.fromMatching')}</span>
          ) : null}
        </p>
        <dl className="tm-teacher-facts">
          {rows.map(([key, value]) => (
            <div key={key} className="tm-teacher-facts__row">
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {form ?? (
          <div className="tm-teacher-actions">
            {canComplete(booking) ? (
              <Button
                appearance="primary-action-button"
                onClick={onComplete}
                busy={completing}
                disabled={completing}
                aria-describedby={headingId}
              >
                <FormattedMessage id="teacher.booking.complete" />
              </Button>
            ) : null}
            {toReview(booking) ? (
              <Link
                activeOptions={{ exact: true }}
                from="/docent/boekingen"
                to="/docent/boekingen"
                search={(prev) => ({
                  status: prev.status,
                  boeking: booking.id,
                  actie: 'beoordelen' as const,
                })}
                className="tm-teacher-link-action tm-teacher-link-action--primary"
                aria-describedby={headingId}
              >
                <FormattedMessage id="teacher.booking.review" />
              </Link>
            ) : null}
            {booking.review ? (
              <p className="tm-muted">
                <FormattedMessage id="teacher.booking.reviewed" values={{ stars: booking.review.rating }} />{' '}
                <Link to="/activiteiten/$activityId" params={{ activityId: booking.activity.id }}>
                  <FormattedMessage id="teacher.booking.reviewShown" />
                </Link>
              </p>
            ) : null}
            {canCancel(booking) ? (
              <Link
                activeOptions={{ exact: true }}
                from="/docent/boekingen"
                to="/docent/boekingen"
                search={(prev) => ({ status: prev.status, boeking: booking.id, actie: 'annuleren' as const })}
                className="tm-teacher-link-action"
                aria-describedby={headingId}
              >
                <FormattedMessage id="teacher.booking.cancel" />
              </Link>
            ) : null}
          </div>
        )}
      </article>
    </li>
  );
}
