import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useLoadProblems } from './load-problems';
import { graphql } from '../../../gql';

const PendingColleaguesQuery = graphql(`
  query PendingColleagues {
    pendingTeachers {
      id
      name
      email
      school {
        id
        name
      }
    }
  }
`);

const ApproveColleagueMutation = graphql(`
  mutation ApproveColleague($userId: ID!) {
    approveTeacher(userId: $userId) {
      id
      schoolVerified
    }
  }
`);

/**
 * Colleagues who signed up for the school and wait until someone proves they work there: a proven teacher of the
 * school may do so. Renders nothing when nobody waits.
 */
export function PendingColleagues({ onApproved }: { onApproved(message: string): void }) {
  const intl = useIntl();
  const { data, error } = useQuery(PendingColleaguesQuery);
  const loadProblems = useLoadProblems(error, data);
  const [approve] = useMutation(ApproveColleagueMutation, {
    refetchQueries: ['PendingColleagues'],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const colleagues = data?.pendingTeachers ?? [];
  if (!colleagues.length && !error) return null;

  const confirm = async (colleague: (typeof colleagues)[number]) => {
    setBusy(colleague.id);
    setProblems([]);
    try {
      await approve({ variables: { userId: colleague.id } });
      onApproved(
        intl.formatMessage(
          { id: 'teacher.colleagues.approved' },
          { name: colleague.name, school: colleague.school?.name ?? '' },
        ),
      );
    } catch (caught) {
      setProblems(problemsOf(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="tm-home-colleagues" className="tm-teacher-section">
      <Heading2 id="tm-home-colleagues">
        <FormattedMessage id="teacher.colleagues.title" />
      </Heading2>
      <Paragraph>
        <FormattedMessage id="teacher.colleagues.intro" />
      </Paragraph>
      <ErrorSummary problems={problems.length ? problems : loadProblems} />
      <ul className="tm-teacher-checklist">
        {colleagues.map((colleague) => (
          <li key={colleague.id} className="tm-teacher-checklist__item">
            <span>
              <strong>{colleague.name}</strong> ({colleague.email})
            </span>
            <Button
              appearance="secondary-action-button"
              busy={busy === colleague.id}
              disabled={busy !== null}
              onClick={() => void confirm(colleague)}
            >
              <FormattedMessage id="teacher.colleagues.approve" values={{ name: colleague.name }} />
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
