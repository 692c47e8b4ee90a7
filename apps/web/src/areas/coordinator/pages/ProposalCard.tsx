import { useMutation } from '@apollo/client/react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemText, problemsOf, type Problem } from '../../../app/errors';
import { graphql } from '../../../gql';
import type { MatchRunDetailQuery } from '../../../gql/graphql';
import { activityTypeLabel } from '../../../components/labels';
import { levelNames } from './region-common';

const DecideProposalMutation = graphql(`
  mutation DecideProposal($id: ID!, $accept: Boolean!) {
    decideProposal(id: $id, accept: $accept) {
      id
      status
      bookingId
    }
  }
`);

export type Proposal = NonNullable<MatchRunDetailQuery['matchRun']>['proposals'][number];

// Refusals after which a fresh run gives proposals that can be accepted again.
const RUN_AGAIN = new Set(['PROPOSAL_OUTDATED', 'PROPOSAL_CAPACITY_USED', 'PROPOSAL_SIDE_WITHDRAWN']);

/**
 * One proposal of a run: which school with which offer, why, and the buttons to accept or reject it. A refusal
 * (CONFLICT) is explained in words beside it, with a way to run the matching again when that helps.
 */
export function ProposalCard({
  proposal,
  onRunAgain,
  runningAgain,
}: {
  proposal: Proposal;
  onRunAgain(): void;
  runningAgain: boolean;
}) {
  const intl = useIntl();
  const [decide, { loading }] = useMutation(DecideProposalMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const outcome = useRef<HTMLParagraphElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const school = proposal.request.school;
  const company = proposal.supply.location.company;
  const headingId = `proposal-${proposal.id}`;

  async function choose(accept: boolean) {
    if (loading) return;
    setProblems([]);
    try {
      await decide({ variables: { id: proposal.id, accept } });
      // The buttons are gone now: the outcome takes the focus, so keyboard users stay in the card.
      requestAnimationFrame(() => outcome.current?.focus());
    } catch (error) {
      setProblems(problemsOf(error));
      requestAnimationFrame(() => alert.current?.focus());
    }
  }

  const conflict = problems.find((p) => p.code === 'CONFLICT');
  // Accepting again cannot work until a new run; rejecting still can.
  const stale = problems.some((p) => p.reason && RUN_AGAIN.has(p.reason));
  return (
    <li className={`tm-co-proposal tm-co-proposal--${proposal.status.toLowerCase()}`}>
      <article aria-labelledby={headingId}>
        <Heading3 id={headingId} className="tm-co-proposal__title">
          <FormattedMessage
            id="coordinator.proposal.title"
            values={{ school: school.name, city: school.city, company: company.name }}
          />
        </Heading3>
        <dl className="tm-co-proposal__facts">
          <div>
            <dt>
              <FormattedMessage id="coordinator.proposal.what" />
            </dt>
            <dd>
              <FormattedMessage
                id="coordinator.proposal.whatValue"
                values={{
                  sessions: proposal.sessions,
                  type: activityTypeLabel(proposal.request.type),
                  levels: levelNames(proposal.request.levels),
                }}
              />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="coordinator.proposal.offer" />
            </dt>
            <dd>
              {proposal.supply.location.name}, {proposal.supply.location.city}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="coordinator.proposal.distance" />
            </dt>
            <dd>{intl.formatNumber(proposal.distanceKm, { maximumFractionDigits: 1 })} km</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="coordinator.proposal.score" />
            </dt>
            <dd>
              <FormattedMessage
                id="coordinator.proposal.scoreValue"
                values={{ score: intl.formatNumber(proposal.score, { maximumFractionDigits: 1 }) }}
              />
            </dd>
          </div>
        </dl>
        <p className="tm-co-proposal__why">
          <strong>
            <FormattedMessage id="coordinator.proposal.reasons" />
          </strong>
        </p>
        <ul className="tm-co-proposal__reasons">
          {proposal.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p ref={outcome} tabIndex={-1} className="tm-co-proposal__status">
          <span aria-hidden="true">
            {{ PROPOSED: '…', ACCEPTED: '✓', REJECTED: '✕' }[proposal.status] ?? ''}{' '}
          </span>
          <FormattedMessage id={`coordinator.proposal.status.${proposal.status}`} />
        </p>
        {conflict || problems.length ? (
          <div ref={alert} tabIndex={-1} role="alert" className="tm-co-proposal__problem">
            {conflict ? (
              <p>
                <FormattedMessage id="coordinator.proposal.conflict" />
              </p>
            ) : null}
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{problemText(intl, p)}</li>
              ))}
            </ul>
            {stale ? (
              <Button appearance="secondary-action-button" onClick={onRunAgain} busy={runningAgain}>
                <FormattedMessage id="coordinator.matching.runAgain" />
              </Button>
            ) : null}
          </div>
        ) : null}
        {proposal.status === 'PROPOSED' ? (
          <div className="tm-co-proposal__actions">
            {stale ? null : (
              <Button appearance="primary-action-button" busy={loading} onClick={() => void choose(true)}>
                <FormattedMessage id="coordinator.proposal.accept" />
                <span className="tm-visually-hidden">
                  {' '}
                  <FormattedMessage id="coordinator.proposal.forSchool" values={{ school: school.name }} />
                </span>
              </Button>
            )}
            <Button appearance="secondary-action-button" busy={loading} onClick={() => void choose(false)}>
              <FormattedMessage id="coordinator.proposal.reject" />
              <span className="tm-visually-hidden">
                {' '}
                <FormattedMessage id="coordinator.proposal.forSchool" values={{ school: school.name }} />
              </span>
            </Button>
          </div>
        ) : null}
      </article>
    </li>
  );
}
