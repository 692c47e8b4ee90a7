import { zodResolver } from '@hookform/resolvers/zod';
import { Heading3, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { problemText, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';

/** The api's longest reason (a cancellation, leaving the waiting list). */
export const MAX_REASON = 2000;

/**
 * An inline form that ends something with a reason (cancelling a booking, leaving the waiting list): the reason
 * takes the focus when the form opens, the api's problem with it shows beside it, the others above.
 */
export function ReasonForm({
  title,
  intro,
  label,
  description,
  required,
  requiredMessage,
  tooLongMessage,
  submitLabel,
  keepLink,
  onSubmit,
}: {
  title: ReactNode;
  intro?: ReactNode;
  label: string;
  description?: string;
  /** Whether a reason must be given; `requiredMessage` says so when it is missing. */
  required?: boolean;
  requiredMessage?: string;
  tooLongMessage: string;
  submitLabel: ReactNode;
  /** The way out without ending anything. */
  keepLink: ReactNode;
  /** Sends the trimmed reason (null when empty) and answers the api's problems. */
  onSubmit(reason: string | null): Promise<Problem[]>;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const schema = useMemo(() => {
    const reason = z.string().trim().max(MAX_REASON, tooLongMessage);
    return z.object({ reason: required ? reason.min(1, requiredMessage) : reason });
  }, [required, requiredMessage, tooLongMessage]);
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
    const found = await onSubmit(reason.trim() || null);
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
      <Heading3 id={headingId}>{title}</Heading3>
      <ErrorSummary problems={problems} />
      {intro}
      <TextAreaField
        label={label}
        description={description}
        required={required}
        rows={3}
        maxLength={MAX_REASON}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <div className="tm-teacher-actions">
        <PrimaryActionButton type="submit" hint="danger" busy={isSubmitting} disabled={isSubmitting}>
          {submitLabel}
        </PrimaryActionButton>
        {keepLink}
      </div>
    </form>
  );
}
