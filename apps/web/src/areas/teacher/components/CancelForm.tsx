import { zodResolver } from '@hookform/resolvers/zod';
import { Heading3, PrimaryActionButton } from '@utrecht/component-library-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { problemText, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';

const MAX_REASON = 2000;

/**
 * Cancelling a booking, with the reason the company reads. The api takes an empty reason too; we ask for one, as
 * the company has planned for the group.
 */
export function CancelForm({
  activityTitle,
  onSubmit,
}: {
  activityTitle: string;
  onSubmit(reason: string): Promise<Problem[]>;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, intl.formatMessage({ id: 'teacher.cancel.reason.required' }))
          .max(MAX_REASON, intl.formatMessage({ id: 'teacher.cancel.reason.tooLong' }, { max: MAX_REASON })),
      }),
    [intl],
  );
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  // The form opens at the teacher's request: the reason field is where they continue.
  useEffect(() => setFocus('reason'), [setFocus]);

  const submit = handleSubmit(async ({ reason }) => {
    const found = await onSubmit(reason.trim());
    const { byField, rest } = splitByField(found, ['reason'] as const);
    if (byField.reason) setError('reason', { message: problemText(intl, byField.reason) });
    setProblems(rest);
  });

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      className="tm-teacher-inline-form"
    >
      <Heading3 id={headingId}>
        <FormattedMessage id="teacher.cancel.title" values={{ title: activityTitle }} />
      </Heading3>
      <ErrorSummary problems={problems} />
      <TextAreaField
        label={intl.formatMessage({ id: 'teacher.cancel.reason' })}
        description={intl.formatMessage({ id: 'teacher.cancel.reason.description' })}
        required
        rows={3}
        maxLength={MAX_REASON}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <div className="tm-teacher-actions">
        <PrimaryActionButton type="submit" hint="danger" busy={isSubmitting} disabled={isSubmitting}>
          <FormattedMessage id="teacher.cancel.submit" />
        </PrimaryActionButton>
        <Link
          activeOptions={{ exact: true }}
          from="/docent/boekingen"
          to="/docent/boekingen"
          search={(prev) => ({ status: prev.status })}
          className="tm-teacher-link-action"
        >
          <FormattedMessage id="teacher.cancel.keep" />
        </Link>
      </div>
    </form>
  );
}
