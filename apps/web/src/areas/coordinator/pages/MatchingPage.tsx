import { useMutation, useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { graphql } from '../../../gql';
import { isOptimal, MatchRunView } from './MatchRunView';
import { ProvinceSelect, chosenProvince, useMoment, useOwnProvinces } from './region-common';
import '../region.css';

const RunMatchingMutation = graphql(`
  mutation RunMatching($province: Province!) {
    runMatching(province: $province) {
      id
      status
      province
      createdAt
    }
  }
`);

export const MatchRunDetailQuery = graphql(`
  query MatchRunDetail($id: ID!) {
    matchRun(id: $id) {
      id
      status
      province
      createdAt
      finishedAt
      demandSessions
      supplySessions
      matchedSessions
      upperBound
      error
      proposals {
        id
        status
        sessions
        distanceKm
        score
        reasons
        bookingId
        request {
          id
          type
          levels
          school {
            id
            name
            city
          }
        }
        supply {
          id
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
      }
    }
  }
`);

const MatchRunsQuery = graphql(`
  query MatchRuns($province: Province) {
    matchRuns(province: $province, limit: 20) {
      id
      status
      createdAt
      demandSessions
      matchedSessions
      upperBound
    }
  }
`);

const route = getRouteApi('/coordinator/matching');
const POLL_MS = 500;

function RunHistory({ province, current }: { province: string; current?: string }) {
  const intl = useIntl();
  const moment = useMoment(true);
  const { data } = useQuery(MatchRunsQuery, { variables: { province: province as never } });
  const runs = data?.matchRuns ?? [];
  if (!runs.length) return null;
  return (
    <section aria-labelledby="history-heading" className="tm-co-section">
      <Heading2 id="history-heading">
        <FormattedMessage id="coordinator.history.heading" />
      </Heading2>
      <div className="tm-co-scroll" role="region" aria-labelledby="history-caption" tabIndex={0}>
        <table className="utrecht-table">
          <caption id="history-caption" className="utrecht-table__caption">
            <FormattedMessage
              id="coordinator.history.caption"
              values={{ province: provinceLabel(province) }}
            />
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['started', 'status', 'matched', 'bound', 'quality'].map((column) => (
                <th key={column} scope="col" className="utrecht-table__header-cell">
                  <FormattedMessage id={`coordinator.history.${column}`} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {runs.map((run) => (
              <tr key={run.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link
                    to="/coordinator/matching"
                    search={{ provincie: province, run: run.id }}
                    aria-current={run.id === current ? 'true' : undefined}
                    className="utrecht-link tm-co-history__link"
                  >
                    {moment(run.createdAt)}
                  </Link>
                </th>
                <td className="utrecht-table__cell">
                  {intl.formatMessage({ id: `coordinator.run.status.${run.status}` })}
                </td>
                <td className="utrecht-table__cell">
                  <FormattedMessage
                    id="coordinator.history.matchedValue"
                    values={{ matched: run.matchedSessions, demand: run.demandSessions }}
                  />
                </td>
                <td className="utrecht-table__cell">{run.upperBound ?? '–'}</td>
                <td className="utrecht-table__cell">
                  {isOptimal(run) ? intl.formatMessage({ id: 'coordinator.run.optimal' }) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Matching() {
  const intl = useIntl();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const own = useOwnProvinces();
  const province = chosenProvince(own, search.provincie);
  const [startRun, started] = useMutation(RunMatchingMutation, {
    refetchQueries: [MatchRunsQuery],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const runId = search.run;
  const detail = useQuery(MatchRunDetailQuery, { variables: { id: runId ?? '' }, skip: !runId });
  const run = detail.data?.matchRun;
  const pending = Boolean(runId) && (!run || run.status === 'QUEUED' || run.status === 'RUNNING');
  const { startPolling, stopPolling } = detail;

  // Watch a queued run until the worker has finished it.
  useEffect(() => {
    if (!pending) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);

  async function run_() {
    // Not disabled while busy (that would drop the keyboard focus): a second press waits for the first.
    if (!province || started.loading) return;
    setProblems([]);
    try {
      const result = await startRun({ variables: { province: province as never } });
      const id = result.data?.runMatching.id;
      if (id) await navigate({ search: (s) => ({ ...s, provincie: province, run: id }) });
    } catch (error) {
      setProblems(problemsOf(error));
    }
  }

  const statusText = !runId
    ? ''
    : detail.error
      ? ''
      : !run
        ? detail.loading
          ? intl.formatMessage({ id: 'common.loading' })
          : intl.formatMessage({ id: 'coordinator.run.notFound' })
        : run.status === 'DONE'
          ? intl.formatMessage(
              { id: 'coordinator.run.doneStatus' },
              { matched: run.matchedSessions, demand: run.demandSessions, proposals: run.proposals.length },
            )
          : intl.formatMessage({ id: `coordinator.run.status.${run.status}` });

  return (
    <Page title={intl.formatMessage({ id: 'coordinator.matching.title' })}>
      <p>
        <FormattedMessage id="coordinator.matching.intro" />
      </p>
      <form
        className="tm-co-filters"
        onSubmit={(event) => {
          event.preventDefault();
          void run_();
        }}
      >
        <ProvinceSelect
          id="matching-province"
          value={province}
          onChange={(provincie) => void navigate({ search: () => ({ provincie }) })}
        />
        <div className="tm-co-filters__action">
          <Button type="submit" appearance="primary-action-button" busy={started.loading}>
            <FormattedMessage id="coordinator.matching.run" />
          </Button>
        </div>
      </form>
      <ErrorSummary problems={[...problems, ...problemsOf(detail.error)]} />
      <p role="status" className="tm-co-run__status">
        {pending ? <span aria-hidden="true" className="tm-co-spinner" /> : null}
        {statusText}
      </p>
      {run && !pending ? (
        <MatchRunView run={run} onRunAgain={() => void run_()} runningAgain={started.loading} />
      ) : null}
      {province ? <RunHistory province={province} current={runId} /> : null}
    </Page>
  );
}

export function MatchingPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Matching />
    </RequireRole>
  );
}
