import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import type { Me } from '../../../app/session';

/** Whether the account may act for its school: a confirmed address and a proven link to a school. */
export const canActForSchool = (me: Pick<Me, 'emailVerified' | 'schoolVerified' | 'school'>): boolean =>
  me.emailVerified && me.schoolVerified && me.school !== null && me.school !== undefined;

/**
 * Says what is not proven yet about the account (its e-mail address, its link to the school), what that means for
 * what the teacher can do, and how it gets proven. Renders nothing for a proven account.
 */
export function VerificationNotice({ me }: { me: Pick<Me, 'emailVerified' | 'schoolVerified' | 'school'> }) {
  const school = me.school?.name;
  if (canActForSchool(me)) return null;
  return (
    <div className="tm-teacher-notices">
      {!me.school ? (
        <Alert type="warning" role="note">
          <Heading2>
            <FormattedMessage id="teacher.verify.noSchool.title" />
          </Heading2>
          <Paragraph>
            <FormattedMessage id="teacher.verify.noSchool.body" />
          </Paragraph>
        </Alert>
      ) : null}
      {!me.emailVerified ? (
        <Alert type="warning" role="note">
          <Heading2>
            <FormattedMessage id="teacher.verify.email.title" />
          </Heading2>
          <Paragraph>
            <FormattedMessage id="teacher.verify.email.body" />
          </Paragraph>
        </Alert>
      ) : null}
      {me.school && !me.schoolVerified ? (
        <Alert type="warning" role="note">
          <Heading2>
            <FormattedMessage id="teacher.verify.school.title" values={{ school }} />
          </Heading2>
          <Paragraph>
            <FormattedMessage id="teacher.verify.school.body" values={{ school }} />
          </Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
