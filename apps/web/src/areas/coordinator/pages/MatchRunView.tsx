import { Heading2 } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { provinceLabel } from '../../../components/labels';
import type { MatchRunDetailQuery } from '../../../gql/graphql';
import { ProposalCard } from './ProposalCard';
import { useMoment } from './region-common';

type Run = NonNullable<MatchRunDetailQuery['matchRun']>;

/** A run is optimal when it matched as many sessions as the solver proved possible. */
export const isOptimal = (run: { status: string; matchedSessions: number; upperBound?: number | null }) =>
  run.status === 'DONE' && typeof run.upperBound === 'number' && run.matchedSessions === run.upperBound;

/** The outcome of a finished run: matched against demand and against the proven bound, then its proposals. */
export function MatchRunView({
  run,
  onRunAgain,
  runningAgain,
}: {
  run: Run;
  onRunAgain(): void;
  runningAgain: boolean;
}) {
  const intl = useIntl();
  const moment = useMoment();
  const percent = run.demandSessions
    ? intl.formatNumber(run.matchedSessions / run.demandSessions, { style: 'percent' })
    : '–';
  return (
    <section aria-labelledby="run-heading" className="tm-co-section">
      <Heading2 id="run-heading">
        <FormattedMessage
          id="coordinator.run.heading"
          values={{ province: provinceLabel(run.province), when: moment(run.createdAt) }}
        />
      </Heading2>
      {run.status === 'FAILED' ? (
        <p className="tm-co-run__failed">
          <FormattedMessage id="coordinator.run.failed" values={{ error: run.error ?? '' }} />
        </p>
      ) : (
        <dl className="tm-co-run__figures">
          <div>
            <dt>
              <FormattedMessage id="coordinator.run.matched" />
            </dt>
            <dd>
              <FormattedMessage
                id="coordinator.run.matchedValue"
                values={{ matched: run.matchedSessions, demand: run.demandSessions, percent }}
              />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="coordinator.run.bound" />
            </dt>
            <dd>
              <FormattedMessage id="coordinator.run.boundValue" values={{ bound: run.upperBound ?? '–' }} />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="coordinator.run.supply" />
            </dt>
            <dd>
              <FormattedMessage id="coordinator.run.supplyValue" values={{ supply: run.supplySessions }} />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="coordinator.run.quality" />
            </dt>
            <dd>
              {isOptimal(run) ? (
                <span className="tm-co-badge tm-co-badge--ok">
                  <span aria-hidden="true">✓ </span>
                  <FormattedMessage id="coordinator.run.optimal" />
                </span>
              ) : (
                <span className="tm-co-badge">
                  <FormattedMessage id="coordinator.run.notOptimal" />
                </span>
              )}
            </dd>
          </div>
        </dl>
      )}
      {run.status === 'DONE' ? (
        <p className="tm-muted">
          <FormattedMessage id="coordinator.run.boundExplained" />
        </p>
      ) : null}
      {run.status === 'DONE' && run.proposals.length === 0 ? (
        <p>
          <FormattedMessage id="coordinator.run.noProposals" />
        </p>
      ) : null}
      {run.proposals.length ? (
        <>
          <Heading2 id="proposals-heading" className="tm-co-run__proposals-heading">
            <FormattedMessage id="coordinator.run.proposals" values={{ n: run.proposals.length }} />
          </Heading2>
          <ul className="tm-co-proposals" aria-labelledby="proposals-heading">
            {run.proposals.map((proposal) => (
              <ProposalCard
                key={proposal.id}
                proposal={proposal}
                onRunAgain={onRunAgain}
                runningAgain={runningAgain}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
