import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, splitByField, type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { levelLabel } from '../../../components/labels';
import { graphql } from '../../../gql';
import { bookingSchema, dayToDateTime, MAX_MESSAGE, type BookingForm as Form } from './act-for-school';
import { Loading } from '../../../components/Loading';

const ActivityForBookingQuery = graphql(`
  query ActivityForBooking($id: ID!) {
    activity(id: $id) {
      id
      title
      type
      status
      levels
      maxParticipants
      location {
        id
        city
        company {
          id
          name
        }
      }
    }
  }
`);

const RequestBookingMutation = graphql(`
  mutation RequestBookingForSchool($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      id
      status
      school {
        id
        name
      }
      activity {
        id
        title
      }
    }
  }
`);

const FIELDS = ['level', 'groupSize', 'preferredDate', 'message'] as const;

interface School {
  id: string;
  name: string;
  levels: readonly string[];
}

/** Requests one activity for a school on its behalf (requestBooking with the school named). */
export function ActivityBookingForm({ school, activityId }: { school: School; activityId: string }) {
  const intl = useIntl();
  const { data, error } = useQuery(ActivityForBookingQuery, { variables: { id: activityId } });
  const activity = data?.activity;
  if (error) return <ErrorSummary problems={problemsOf(error)} />;
  if (!data) {
    return <Loading />;
  }
  if (!activity) {
    return (
      <p role="status">
        <FormattedMessage id="coordinator.actFor.activityGone" />
      </p>
    );
  }
  // Levels the activity is for, those the school teaches first.
  const levels = [...activity.levels].sort(
    (a, b) => Number(school.levels.includes(b)) - Number(school.levels.includes(a)),
  );
  return (
    <BookingFields
      key={activity.id}
      school={school}
      activity={{ ...activity, levels }}
      title={intl.formatMessage(
        { id: 'coordinator.actFor.chosenActivity' },
        { title: activity.title, company: activity.location.company.name, city: activity.location.city },
      )}
    />
  );
}

function BookingFields({
  school,
  activity,
  title,
}: {
  school: School;
  activity: { id: string; levels: string[]; maxParticipants?: number | null };
  title: string;
}) {
  const intl = useIntl();
  const schema = useMemo(() => bookingSchema(activity.maxParticipants), [activity.maxParticipants]);
  const [request] = useMutation(RequestBookingMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Form, unknown, Form>({
    resolver: zodResolver(schema),
    defaultValues: { level: activity.levels[0] ?? '', preferredDate: '', message: '' },
  });
  const { byField, rest } = splitByField(problems, FIELDS);
  const fieldError = useFieldErrorText({ max: activity.maxParticipants ?? 0 });
  const errorOf = (field: (typeof FIELDS)[number]) => fieldError(errors[field]?.message, byField[field]);

  const submit = handleSubmit(async (form) => {
    setProblems([]);
    setDone(null);
    try {
      const result = await request({
        variables: {
          input: {
            schoolId: school.id,
            activityId: activity.id,
            level: form.level as never,
            groupSize: form.groupSize,
            preferredDate: form.preferredDate ? dayToDateTime(form.preferredDate) : null,
            message: form.message.trim() || null,
          },
        },
      });
      const booking = result.data?.requestBooking;
      if (booking) {
        setDone(
          intl.formatMessage(
            { id: 'coordinator.actFor.bookingDone' },
            { school: booking.school.name, title: booking.activity.title },
          ),
        );
        reset();
        requestAnimationFrame(() => confirmation.current?.focus());
      }
    } catch (error) {
      setProblems(problemsOf(error));
    }
  });

  return (
    <>
      <p className="tm-co-chosen">{title}</p>
      <p ref={confirmation} tabIndex={-1} role="status" className={done ? 'tm-co-confirmation' : undefined}>
        {done}
      </p>
      <ErrorSummary problems={rest} />
      <form noValidate onSubmit={(event) => void submit(event)} className="tm-co-form">
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.form.level' })}
          required
          error={errorOf('level')}
          {...register('level')}
        >
          {activity.levels.map((level) => (
            <option key={level} value={level}>
              {levelLabel(level)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={intl.formatMessage({ id: 'coordinator.form.groupSize' })}
          description={
            activity.maxParticipants
              ? intl.formatMessage(
                  { id: 'coordinator.form.groupSizeHint' },
                  { max: activity.maxParticipants },
                )
              : undefined
          }
          type="number"
          inputMode="numeric"
          min={1}
          max={activity.maxParticipants ?? undefined}
          required
          error={errorOf('groupSize')}
          {...register('groupSize', { valueAsNumber: true })}
        />
        <TextField
          label={intl.formatMessage({ id: 'coordinator.form.preferredDate' })}
          description={intl.formatMessage({ id: 'coordinator.form.preferredDateHint' })}
          type="date"
          error={errorOf('preferredDate')}
          {...register('preferredDate')}
        />
        <TextAreaField
          label={intl.formatMessage({ id: 'coordinator.form.message' })}
          description={intl.formatMessage({ id: 'coordinator.form.messageHint' }, { max: MAX_MESSAGE })}
          rows={4}
          error={errorOf('message')}
          {...register('message')}
        />
        <Button type="submit" appearance="primary-action-button" busy={isSubmitting} disabled={isSubmitting}>
          <FormattedMessage id="coordinator.actFor.bookingSubmit" />
        </Button>
      </form>
    </>
  );
}
