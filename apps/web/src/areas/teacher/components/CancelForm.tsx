import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Problem } from '../../../app/errors';
import { MAX_REASON, ReasonForm } from './ReasonForm';

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
  return (
    <ReasonForm
      title={<FormattedMessage id="teacher.cancel.title" values={{ title: activityTitle }} />}
      label={intl.formatMessage({ id: 'teacher.cancel.reason' })}
      description={intl.formatMessage({ id: 'teacher.cancel.reason.description' })}
      required
      requiredMessage={intl.formatMessage({ id: 'teacher.cancel.reason.required' })}
      tooLongMessage={intl.formatMessage({ id: 'teacher.cancel.reason.tooLong' }, { max: MAX_REASON })}
      submitLabel={<FormattedMessage id="teacher.cancel.submit" />}
      keepLink={
        <Link
          activeOptions={{ exact: true }}
          from="/docent/boekingen"
          to="/docent/boekingen"
          search={(prev) => ({ status: prev.status })}
          className="tm-teacher-link-action"
        >
          <FormattedMessage id="teacher.cancel.keep" />
        </Link>
      }
      // Required: the reason is never empty here.
      onSubmit={(reason) => onSubmit(reason ?? '')}
    />
  );
}
