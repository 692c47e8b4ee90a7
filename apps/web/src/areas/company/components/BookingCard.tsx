import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { problemText, problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';
import { levelLabel } from '../../../components/labels';
import { graphql } from '../../../gql';
import type { CompanyBooking } from '../pages/InboxPage';
import { formatDateTime, formatDay } from '../format';
import { useSplitProblems } from '../problems';

const RespondMutation = graphql(`
  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {
    respondToBooking(id: $id, accept: $accept, message: $message) {
      id
      status
      responseMessage
      updatedAt
    }
  }
`);

// The api keeps at most 2,000 characters of a message (libs/bookings booking-rules).
const responseSchema = z.object({
  message: z.string().max(2000, 'company.inbox.error.messageTooLong'),
});
type Response = z.infer<typeof responseSchema>;

const RESPONSE_FIELDS = ['message'] as const;

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** One booking of the company's activities; a request waiting for an answer can be accepted or declined here. */
export function BookingCard({
  booking,
  onAnswered,
}: {
  booking: CompanyBooking;
  onAnswered(text: string): void;
}) {
  const intl = useIntl();
  const headingId = `booking-${booking.id}`;
  const t = (id: string) => intl.formatMessage({ id: `company.inbox.${id}` });
  return (
    <article aria-labelledby={headingId} className="tm-company-card">
      <Heading2 id={headingId} className="tm-company-card__title">
        {booking.activity.title}
      </Heading2>
      <p className="tm-company-badge" data-status={booking.status}>
        <FormattedMessage id={`company.bookingStatus.${booking.status}`} />
      </p>
      <DataList className="tm-company-facts">
        <Fact label={t('school')}>{`${booking.school.name}, ${booking.school.city}`}</Fact>
        <Fact label={t('group')}>
          <FormattedMessage
            id="company.inbox.groupValue"
            values={{ level: levelLabel(booking.level), size: booking.groupSize, sessions: booking.sessions }}
          />
        </Fact>
        <Fact label={t('preferredDate')}>
          {booking.preferredDate ? formatDay(intl, booking.preferredDate) : t('noPreferredDate')}
        </Fact>
        <Fact label={t('requestedAt')}>{formatDateTime(intl, booking.createdAt)}</Fact>
        {booking.fromMatching ? <Fact label={t('origin')}>{t('fromMatching')}</Fact> : null}
        {booking.message ? <Fact label={t('schoolMessage')}>{booking.message}</Fact> : null}
        {booking.responseMessage ? <Fact label={t('yourMessage')}>{booking.responseMessage}</Fact> : null}
        {booking.cancelReason ? <Fact label={t('cancelReason')}>{booking.cancelReason}</Fact> : null}
      </DataList>
      {booking.status === 'REQUESTED' ? (
        <RespondForm booking={booking} headingId={headingId} onAnswered={onAnswered} />
      ) : null}
    </article>
  );
}

function RespondForm({
  booking,
  headingId,
  onAnswered,
}: {
  booking: CompanyBooking;
  headingId: string;
  onAnswered(text: string): void;
}) {
  const intl = useIntl();
  const [respond, { loading }] = useMutation(RespondMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const { register, handleSubmit, formState } = useForm<Response>({
    defaultValues: { message: '' },
    resolver: zodResolver(responseSchema),
  });
  const { byField, rest } = useSplitProblems(problems, RESPONSE_FIELDS);
  const clientError = formState.errors.message?.message;
  const error = clientError
    ? intl.formatMessage({ id: clientError })
    : byField.message
      ? problemText(intl, byField.message)
      : undefined;
  const answer = (accept: boolean) =>
    handleSubmit(async ({ message }) => {
      try {
        await respond({ variables: { id: booking.id, accept, message: message.trim() || null } });
        setProblems([]);
        onAnswered(
          intl.formatMessage(
            { id: accept ? 'company.inbox.accepted' : 'company.inbox.declined' },
            { school: booking.school.name, title: booking.activity.title },
          ),
        );
      } catch (failure) {
        setProblems(problemsOf(failure));
      }
    });
  return (
    <form
      noValidate
      className="tm-company-respond"
      aria-labelledby={`${headingId}-respond`}
      onSubmit={(e) => e.preventDefault()}
    >
      <Paragraph id={`${headingId}-respond`} className="tm-company-respond__title">
        <FormattedMessage id="company.inbox.respondTitle" values={{ school: booking.school.name }} />
      </Paragraph>
      <ErrorSummary problems={rest} />
      <TextAreaField
        label={<FormattedMessage id="company.inbox.message" />}
        description={<FormattedMessage id="company.inbox.messageHelp" />}
        rows={3}
        error={error}
        {...register('message')}
      />
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={loading}
          aria-describedby={headingId}
          onClick={() => void answer(true)()}
        >
          <FormattedMessage id="company.inbox.accept" />
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={loading}
          aria-describedby={headingId}
          onClick={() => void answer(false)()}
        >
          <FormattedMessage id="company.inbox.decline" />
        </Button>
      </ButtonGroup>
    </form>
  );
}
