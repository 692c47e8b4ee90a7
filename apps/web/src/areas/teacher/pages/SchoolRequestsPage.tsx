import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useLoadProblems } from '../components/load-problems';
import { activityTypeLabel, levelLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { EducationLevel } from '../../../../../../libs/core/src/enums';
import { graphql } from '../../../gql';
import type { MySchoolRequestsQuery } from '../../../gql/graphql';
import { formatDay } from '../dates';
import { newRequestValues, requestInput, requestValues, type SchoolRequestValues } from '../school-request';
import { SchoolRequestForm } from '../components/SchoolRequestForm';
import { StatusMessage } from '../components/StatusMessage';
import { VerificationNotice, canActForSchool } from '../components/VerificationNotice';
import '../teacher.css';
import { Loading } from '../../../components/Loading';

const ALL_LEVELS: readonly string[] = Object.values(EducationLevel);

const MySchoolRequestsDoc = graphql(`
  query MySchoolRequests {
    me {
      id
      school {
        id
        name
        levels
      }
    }
    mySchoolRequests {
      ...TeacherSchoolRequest
    }
  }
`);

graphql(`
  fragment TeacherSchoolRequest on SchoolRequest {
    id
    type
    levels
    themes
    sessions
    sessionsRemaining
    periodStart
    periodEnd
    status
    createdAt
  }
`);

const CreateSchoolRequestDoc = graphql(`
  mutation CreateSchoolRequest($input: CreateSchoolRequestInput!) {
    createSchoolRequest(input: $input) {
      ...TeacherSchoolRequest
    }
  }
`);

const UpdateSchoolRequestDoc = graphql(`
  mutation UpdateSchoolRequest($id: ID!, $input: UpdateSchoolRequestInput!) {
    updateSchoolRequest(id: $id, input: $input) {
      ...TeacherSchoolRequest
    }
  }
`);

const WithdrawSchoolRequestDoc = graphql(`
  mutation WithdrawSchoolRequest($id: ID!) {
    withdrawSchoolRequest(id: $id) {
      ...TeacherSchoolRequest
    }
  }
`);

type SchoolRequest = MySchoolRequestsQuery['mySchoolRequests'][number];

const REFETCH = { refetchQueries: ['MySchoolRequests'], awaitRefetchQueries: true };

/** /docent/behoeften: what the school needs from companies, posted for the coordinator's matching. */
export function SchoolRequestsPage() {
  const intl = useIntl();
  const search = useSearch({ from: '/docent/behoeften' });
  const navigate = useNavigate({ from: '/docent/behoeften' });
  const { me } = useSession();
  const { data, loading, error } = useQuery(MySchoolRequestsDoc);
  const loadProblems = useLoadProblems(error, data);
  const [create] = useMutation(CreateSchoolRequestDoc, REFETCH);
  const [update] = useMutation(UpdateSchoolRequestDoc, REFETCH);
  const [withdraw] = useMutation(WithdrawSchoolRequestDoc, REFETCH);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  const schoolLevels = data?.me?.school?.levels ?? [];
  // A school without levels in the registry may still say for whom.
  const levels: readonly string[] = schoolLevels.length ? schoolLevels : ALL_LEVELS;
  const requests = data?.mySchoolRequests ?? [];
  const active = requests.filter((r) => r.status !== 'WITHDRAWN');
  const withdrawn = requests.filter((r) => r.status === 'WITHDRAWN');
  const mayAct = me ? canActForSchool(me) : false;

  const run = async (work: () => Promise<unknown>, done: string): Promise<Problem[]> => {
    setMessage(null);
    try {
      await work();
      setMessage(done);
      return [];
    } catch (caught) {
      return problemsOf(caught);
    }
  };

  const post = async (values: SchoolRequestValues) =>
    run(
      () => create({ variables: { input: requestInput(values) } }),
      intl.formatMessage({ id: 'teacher.requests.created' }, { type: activityTypeLabel(values.type) }),
    );

  const change = async (request: SchoolRequest, values: SchoolRequestValues) => {
    const found = await run(
      () => update({ variables: { id: request.id, input: requestInput(values) } }),
      intl.formatMessage({ id: 'teacher.requests.updated' }, { type: activityTypeLabel(values.type) }),
    );
    if (!found.length) await navigate({ search: {}, replace: true });
    return found;
  };

  const confirmWithdraw = async (request: SchoolRequest) => {
    setBusy(true);
    const found = await run(
      () => withdraw({ variables: { id: request.id } }),
      intl.formatMessage({ id: 'teacher.requests.withdrawn' }, { type: activityTypeLabel(request.type) }),
    );
    setBusy(false);
    setProblems(found);
    if (!found.length) await navigate({ search: {}, replace: true });
  };

  const card = (request: SchoolRequest) => {
    const headingId = `behoefte-${request.id}`;
    const matched = request.sessions - request.sessionsRemaining;
    const rows: Array<[string, string]> = [
      [
        intl.formatMessage({ id: 'teacher.requests.levels' }),
        intl.formatList(request.levels.map(levelLabel)),
      ],
      [
        intl.formatMessage({ id: 'teacher.requests.themes' }),
        request.themes.length
          ? intl.formatList(request.themes)
          : intl.formatMessage({ id: 'teacher.requests.anyTheme' }),
      ],
      [
        intl.formatMessage({ id: 'teacher.requests.sessions' }),
        intl.formatMessage(
          { id: 'teacher.requests.sessionsValue' },
          { sessions: request.sessions, remaining: request.sessionsRemaining },
        ),
      ],
      [
        intl.formatMessage({ id: 'teacher.requests.period' }),
        intl.formatMessage(
          { id: 'teacher.requests.periodValue' },
          { start: formatDay(intl, request.periodStart), end: formatDay(intl, request.periodEnd) },
        ),
      ],
      [intl.formatMessage({ id: 'teacher.requests.postedAt' }), formatDay(intl, request.createdAt)],
    ];
    const editing = search.bewerken === request.id && request.status !== 'WITHDRAWN';
    const withdrawing = search.intrekken === request.id && request.status !== 'WITHDRAWN';
    return (
      <li key={request.id} className="tm-teacher-card">
        <article aria-labelledby={headingId}>
          <Heading3 id={headingId} className="tm-teacher-card__title">
            {intl.formatMessage(
              { id: 'teacher.requests.cardTitle' },
              { type: activityTypeLabel(request.type), sessions: request.sessions },
            )}
          </Heading3>
          <p className="tm-teacher-status">
            <span className={`tm-teacher-badge tm-teacher-badge--${request.status.toLowerCase()}`}>
              <FormattedMessage id={`teacher.requests.status.${request.status}`} />
            </span>
          </p>
          <dl className="tm-teacher-facts">
            {rows.map(([key, value]) => (
              <div key={key} className="tm-teacher-facts__row">
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {editing ? (
            <SchoolRequestForm
              title={intl.formatMessage({ id: 'teacher.requests.editTitle' })}
              submitLabel={intl.formatMessage({ id: 'teacher.requests.save' })}
              initial={requestValues(request)}
              levels={Array.from(new Set([...levels, ...request.levels]))}
              minSessions={Math.max(1, matched)}
              onSubmit={(values) => change(request, values)}
              onClose
            />
          ) : withdrawing ? (
            <div className="tm-teacher-confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
              <p id={`${headingId}-confirm`}>
                <FormattedMessage id="teacher.requests.withdraw.confirm" values={{ matched }} />
              </p>
              <div className="tm-teacher-actions">
                <Button
                  appearance="primary-action-button"
                  hint="danger"
                  busy={busy}
                  disabled={busy}
                  onClick={() => void confirmWithdraw(request)}
                >
                  <FormattedMessage id="teacher.requests.withdraw.yes" />
                </Button>
                <Link
                  activeOptions={{ exact: true }}
                  to="/docent/behoeften"
                  search={{}}
                  className="tm-teacher-link-action"
                >
                  <FormattedMessage id="teacher.requests.withdraw.no" />
                </Link>
              </div>
            </div>
          ) : request.status !== 'WITHDRAWN' && mayAct ? (
            <div className="tm-teacher-actions">
              <Link
                activeOptions={{ exact: true }}
                to="/docent/behoeften"
                search={{ bewerken: request.id }}
                className="tm-teacher-link-action"
                aria-describedby={headingId}
              >
                <FormattedMessage id="teacher.requests.edit" />
              </Link>
              <Link
                activeOptions={{ exact: true }}
                to="/docent/behoeften"
                search={{ intrekken: request.id }}
                className="tm-teacher-link-action"
                aria-describedby={headingId}
              >
                <FormattedMessage id="teacher.requests.withdraw" />
              </Link>
            </div>
          ) : null}
        </article>
      </li>
    );
  };

  return (
    <Page title={intl.formatMessage({ id: 'teacher.requests.title' })}>
      <StatusMessage>{message}</StatusMessage>
      <Paragraph className="tm-teacher-lead">
        <FormattedMessage id="teacher.requests.intro" />
      </Paragraph>
      {me ? <VerificationNotice me={me} /> : null}
      <ErrorSummary problems={problems.length ? problems : loadProblems} />
      {loading && !data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="tm-requests-list" className="tm-teacher-section">
            <Heading2 id="tm-requests-list">
              <FormattedMessage id="teacher.requests.current" />
            </Heading2>
            {active.length ? (
              <ul className="tm-teacher-cards">{active.map(card)}</ul>
            ) : (
              <Paragraph>
                <FormattedMessage id="teacher.requests.none" />
              </Paragraph>
            )}
          </section>
          {mayAct ? (
            <section aria-labelledby="tm-requests-new" className="tm-teacher-section">
              <Heading2 id="tm-requests-new">
                <FormattedMessage id="teacher.requests.new" />
              </Heading2>
              <SchoolRequestForm
                labelledBy="tm-requests-new"
                submitLabel={intl.formatMessage({ id: 'teacher.requests.post' })}
                initial={newRequestValues(undefined, levels)}
                levels={levels}
                onSubmit={post}
              />
            </section>
          ) : null}
          {withdrawn.length ? (
            <section aria-labelledby="tm-requests-withdrawn" className="tm-teacher-section">
              <Heading2 id="tm-requests-withdrawn">
                <FormattedMessage id="teacher.requests.withdrawnList" />
              </Heading2>
              <ul className="tm-teacher-cards">{withdrawn.map(card)}</ul>
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}
