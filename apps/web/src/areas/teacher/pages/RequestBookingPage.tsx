import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useLoadProblems } from '../components/load-problems';
import { levelLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { requestableLevels } from '../booking-request';
import { ActivitySummary } from '../components/ActivitySummary';
import { RequestForm, type RequestDraft } from '../components/RequestForm';
import { canActForSchool, VerificationNotice } from '../components/VerificationNotice';
import '../teacher.css';
import { Loading } from '../../../components/Loading';

const RequestActivityQuery = graphql(`
  query RequestActivity($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      type
      status
      levels
      maxParticipants
      startsAt
      endsAt
      durationMinutes
      costEuros
      delivery
      location {
        id
        name
        city
        company {
          id
          name
        }
      }
    }
    me {
      id
      school {
        id
        name
        levels
      }
    }
  }
`);

const RequestBookingMutation = graphql(`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      id
      status
    }
  }
`);

/** Why an activity cannot be requested now, as a message id; null when it can. */
function blocker(activity: { status: string; endsAt?: string | null }, levels: string[]): string | null {
  if (activity.status !== 'PUBLISHED') return 'teacher.request.notBookable';
  if (activity.endsAt && Date.parse(activity.endsAt) < Date.now()) return 'teacher.request.ended';
  if (levels.length === 0) return 'teacher.request.noLevels';
  return null;
}

/** /docent/aanvragen/$activityId: request an activity for a group of the own school. */
export function RequestBookingPage() {
  const intl = useIntl();
  const { activityId } = useParams({ from: '/docent/aanvragen/$activityId' });
  const navigate = useNavigate();
  const { me } = useSession();
  const { data, loading, error } = useQuery(RequestActivityQuery, { variables: { id: activityId } });
  const loadProblems = useLoadProblems(error, data);
  const [requestBooking] = useMutation(RequestBookingMutation);
  const activity = data?.activity;

  const title = activity
    ? intl.formatMessage({ id: 'teacher.request.title' }, { title: activity.title })
    : intl.formatMessage({ id: 'teacher.request.titleUnknown' });

  if (loading && !data) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page title={title}>
        <ErrorSummary problems={loadProblems} />
      </Page>
    );
  }
  if (!activity) {
    return (
      <Page title={title}>
        <Paragraph>
          <FormattedMessage id="teacher.request.notFound" />
        </Paragraph>
      </Page>
    );
  }

  const schoolLevels = data?.me?.school?.levels ?? [];
  const levels = requestableLevels(activity.levels, schoolLevels);
  const why = blocker(activity, levels);

  const send = async (draft: RequestDraft) => {
    try {
      const result = await requestBooking({ variables: { input: { activityId, ...draft } } });
      const id = result.data?.requestBooking.id;
      if (id) await navigate({ to: '/docent/boekingen', search: { aangevraagd: id } });
      return [];
    } catch (caught) {
      return problemsOf(caught);
    }
  };

  return (
    <Page title={title}>
      <section aria-labelledby="tm-request-activity" className="tm-teacher-section">
        <Heading2 id="tm-request-activity">
          <FormattedMessage id="teacher.request.about" />
        </Heading2>
        <Paragraph className="tm-teacher-description">{activity.description}</Paragraph>
        <ActivitySummary activity={activity} />
      </section>
      <section aria-labelledby="tm-request-form" className="tm-teacher-section">
        <Heading2 id="tm-request-form">
          <FormattedMessage id="teacher.request.formTitle" />
        </Heading2>
        {me && !canActForSchool(me) ? (
          <VerificationNotice me={me} />
        ) : why ? (
          <Alert type="info">
            <Paragraph>
              <FormattedMessage
                id={why}
                values={{
                  levels: intl.formatList(activity.levels.map(levelLabel)),
                  school: data?.me?.school?.name ?? '',
                }}
              />
            </Paragraph>
          </Alert>
        ) : (
          <RequestForm activity={activity} schoolLevels={schoolLevels} onSubmit={send} />
        )}
      </section>
    </Page>
  );
}
