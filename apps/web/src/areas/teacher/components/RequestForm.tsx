import { zodResolver } from '@hookform/resolvers/zod';
import { PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemText, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { EducationLevel } from '../../../gql/graphql';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { levelLabel } from '../../../components/labels';
import {
  MAX_MESSAGE,
  maxGroupSize,
  preferredDateRange,
  requestableLevels,
  requestFormSchema,
  type BookableActivity,
  type RequestFormValues,
} from '../booking-request';
import { formatDay, startOfDutchDay } from '../dates';

const FIELDS = ['level', 'groupSize', 'preferredDate', 'message'] as const;

/** What the form sends: the api's RequestBookingInput without the activity. */
export interface RequestDraft {
  level: EducationLevel;
  groupSize: number;
  preferredDate: string | null;
  message: string | null;
}

/**
 * The request of one activity for a group of the school: a level both have, a group the activity takes, a day
 * within its dates and a message to the company. `onSubmit` sends it and returns the api's problems (none on
 * success); problems of a field show beside it, the others above the form.
 */
export function RequestForm({
  activity,
  schoolLevels,
  onSubmit,
  now,
}: {
  activity: BookableActivity;
  schoolLevels: readonly string[];
  onSubmit(draft: RequestDraft): Promise<Problem[]>;
  now?: Date;
}) {
  const intl = useIntl();
  const [problems, setProblems] = useState<Problem[]>([]);
  const levels = requestableLevels(activity.levels, schoolLevels);
  const max = maxGroupSize(activity);
  const range = preferredDateRange(activity, now);
  const schema = useMemo(
    () =>
      requestFormSchema(activity, schoolLevels, {
        t: (id, values) => intl.formatMessage({ id }, values),
        showDay: (day) => formatDay(intl, startOfDutchDay(day)),
        now,
      }),
    [activity, schoolLevels, intl, now],
  );
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      level: levels.length === 1 ? levels[0] : '',
      groupSize: '',
      preferredDate: '',
      message: '',
    },
  });

  const submit = handleSubmit(async (values) => {
    const found = await onSubmit({
      level: values.level as EducationLevel,
      groupSize: Number(values.groupSize.trim()),
      preferredDate: values.preferredDate ? startOfDutchDay(values.preferredDate) : null,
      message: values.message.trim() || null,
    });
    const { byField, rest } = splitByField(found, FIELDS);
    for (const field of FIELDS) {
      const problem = byField[field];
      if (problem) setError(field, { message: problemText(intl, problem) }, { shouldFocus: true });
    }
    setProblems(rest);
  });

  const noDay = range.max !== null && range.min > range.max;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="tm-teacher-form">
      <ErrorSummary problems={problems} />
      <SelectField
        label={intl.formatMessage({ id: 'teacher.request.level' })}
        description={intl.formatMessage({ id: 'teacher.request.level.description' })}
        required
        error={errors.level?.message}
        {...register('level')}
      >
        <option value="">{intl.formatMessage({ id: 'teacher.request.level.choose' })}</option>
        {levels.map((level) => (
          <option key={level} value={level}>
            {levelLabel(level)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={intl.formatMessage({ id: 'teacher.request.groupSize' })}
        description={intl.formatMessage({ id: 'teacher.request.groupSize.description' }, { max })}
        required
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        error={errors.groupSize?.message}
        {...register('groupSize')}
      />
      {noDay ? null : (
        <TextField
          label={intl.formatMessage({ id: 'teacher.request.date' })}
          description={
            range.max
              ? intl.formatMessage(
                  { id: 'teacher.request.date.descriptionRange' },
                  {
                    min: formatDay(intl, startOfDutchDay(range.min)),
                    max: formatDay(intl, startOfDutchDay(range.max)),
                  },
                )
              : intl.formatMessage(
                  { id: 'teacher.request.date.descriptionFrom' },
                  { min: formatDay(intl, startOfDutchDay(range.min)) },
                )
          }
          type="date"
          min={range.min}
          max={range.max ?? undefined}
          error={errors.preferredDate?.message}
          {...register('preferredDate')}
        />
      )}
      <TextAreaField
        label={intl.formatMessage({ id: 'teacher.request.message' })}
        description={intl.formatMessage({ id: 'teacher.request.message.description' }, { max: MAX_MESSAGE })}
        rows={5}
        maxLength={MAX_MESSAGE}
        error={errors.message?.message}
        {...register('message')}
      />
      <PrimaryActionButton type="submit" busy={isSubmitting} disabled={isSubmitting}>
        <FormattedMessage id="teacher.request.submit" />
      </PrimaryActionButton>
    </form>
  );
}
