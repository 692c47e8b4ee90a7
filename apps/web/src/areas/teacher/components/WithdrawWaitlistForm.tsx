import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { Heading3, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { problemText, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';

const MAX_REASON = 2000;

/** Leaving a waiting list, with an optional reason kept in the history. */
export function WithdrawWaitlistForm({
  programme,
  hasOffer,
  onSubmit,
}: {
  programme: string;
  hasOffer: boolean;
  onSubmit(reason: string | null): Promise<Problem[]>;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .max(
            MAX_REASON,
            intl.formatMessage({ id: 'teacher.waitlist.withdraw.tooLong' }, { max: MAX_REASON }),
          ),
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
      onSubmit={(e) => void submit(e)}
      className="tm-teacher-inline-form"
    >
      <Heading3 id={headingId}>
        <FormattedMessage id="teacher.waitlist.withdraw.title" values={{ programme }} />
      </Heading3>
      <ErrorSummary problems={problems} />
      <p>
        <FormattedMessage
          id={hasOffer ? 'teacher.waitlist.withdraw.warningOffer' : 'teacher.waitlist.withdraw.warning'}
        />
      </p>
      <TextAreaField
        label={intl.formatMessage({ id: 'teacher.waitlist.withdraw.reason' })}
        rows={3}
        maxLength={MAX_REASON}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <div className="tm-teacher-actions">
        <PrimaryActionButton type="submit" hint="danger" busy={isSubmitting} disabled={isSubmitting}>
          <FormattedMessage id="teacher.waitlist.withdraw.submit" />
        </PrimaryActionButton>
        <Link
          activeOptions={{ exact: true }}
          to="/docent/wachtlijst"
          search={{}}
          className="tm-teacher-link-action"
        >
          <FormattedMessage id="teacher.waitlist.withdraw.keep" />
        </Link>
      </div>
    </form>
  );
}
