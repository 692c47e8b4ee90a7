import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Problem } from '../../../app/errors';
import { MAX_REASON, ReasonForm } from './ReasonForm';

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
  return (
    <ReasonForm
      title={<FormattedMessage id="teacher.waitlist.withdraw.title" values={{ programme }} />}
      intro={
        <p>
          <FormattedMessage
            id={hasOffer ? 'teacher.waitlist.withdraw.warningOffer' : 'teacher.waitlist.withdraw.warning'}
          />
        </p>
      }
      label={intl.formatMessage({ id: 'teacher.waitlist.withdraw.reason' })}
      tooLongMessage={intl.formatMessage({ id: 'teacher.waitlist.withdraw.tooLong' }, { max: MAX_REASON })}
      submitLabel={<FormattedMessage id="teacher.waitlist.withdraw.submit" />}
      keepLink={
        <Link
          activeOptions={{ exact: true }}
          to="/docent/wachtlijst"
          search={{}}
          className="tm-teacher-link-action"
        >
          <FormattedMessage id="teacher.waitlist.withdraw.keep" />
        </Link>
      }
      onSubmit={onSubmit}
    />
  );
}
