import { zodResolver } from '@hookform/resolvers/zod';
import { Heading3, PrimaryActionButton } from '@utrecht/component-library-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { problemText, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';
import { StarRating } from './StarRating';

const MAX_COMMENT = 2000;
const FIELDS = ['rating', 'comment'] as const;

interface ReviewValues {
  rating: number | null;
  comment: string;
}

/** Stars 1 to 5 and a text about an activity that took place; `onSubmit` returns the api's problems. */
export function ReviewForm({
  activityTitle,
  onSubmit,
}: {
  activityTitle: string;
  onSubmit(review: { rating: number; comment: string | null }): Promise<Problem[]>;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens at the teacher's request: its heading takes focus, the stars come next.
  useEffect(() => heading.current?.focus(), []);
  const schema = useMemo(
    () =>
      z.object({
        rating: z
          .number()
          .int()
          .nullable()
          .refine((value) => value !== null && value >= 1 && value <= 5, {
            message: intl.formatMessage({ id: 'teacher.review.rating.required' }),
          }),
        comment: z
          .string()
          .max(
            MAX_COMMENT,
            intl.formatMessage({ id: 'teacher.review.comment.tooLong' }, { max: MAX_COMMENT }),
          ),
      }),
    [intl],
  );
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReviewValues>({ resolver: zodResolver(schema), defaultValues: { rating: null, comment: '' } });

  const submit = handleSubmit(async (values) => {
    const found = await onSubmit({ rating: values.rating ?? 0, comment: values.comment.trim() || null });
    const { byField, rest } = splitByField(found, FIELDS);
    for (const field of FIELDS) {
      const problem = byField[field];
      if (problem) setError(field, { message: problemText(intl, problem) });
    }
    setProblems(rest);
  });

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      className="tm-teacher-inline-form"
    >
      <Heading3 id={headingId} ref={heading} tabIndex={-1} className="tm-teacher-form-heading">
        <FormattedMessage id="teacher.review.title" values={{ title: activityTitle }} />
      </Heading3>
      <ErrorSummary problems={problems} />
      <Controller
        control={control}
        name="rating"
        render={({ field }) => (
          <StarRating
            legend={intl.formatMessage({ id: 'teacher.review.rating' })}
            value={field.value}
            onChange={field.onChange}
            error={errors.rating?.message}
            required
          />
        )}
      />
      <TextAreaField
        label={intl.formatMessage({ id: 'teacher.review.comment' })}
        description={intl.formatMessage({ id: 'teacher.review.comment.description' })}
        rows={4}
        maxLength={MAX_COMMENT}
        error={errors.comment?.message}
        {...register('comment')}
      />
      <div className="tm-teacher-actions">
        <PrimaryActionButton type="submit" busy={isSubmitting} disabled={isSubmitting}>
          <FormattedMessage id="teacher.review.submit" />
        </PrimaryActionButton>
        <Link
          activeOptions={{ exact: true }}
          from="/docent/boekingen"
          to="/docent/boekingen"
          search={(prev) => ({ status: prev.status })}
          className="tm-teacher-link-action"
        >
          <FormattedMessage id="teacher.form.close" />
        </Link>
      </div>
    </form>
  );
}
