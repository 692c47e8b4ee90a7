import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { levelLabel } from '../../../../components/labels';
import type { SearchActivitiesQuery } from '../../../../gql/graphql';
import { formatCost, formatDay, formatKm } from '../../format';
import { splitHighlight, type HighlightPiece } from '../../highlight';
import { capitalise } from '../../labels';
import { Stars } from '../../Stars';
import { activityTypeLabel } from '../../../../components/labels';

export type Hit = SearchActivitiesQuery['searchActivities']['hits'][number];

const EXCERPT_LENGTH = 180;

function Pieces({ pieces }: { pieces: HighlightPiece[] }) {
  return <>{pieces.map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}

const plainOf = (pieces: HighlightPiece[]) =>
  pieces
    .map((piece) => piece.text)
    .join('')
    .trim();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
// An excerpt from the middle of a description says so with an ellipsis.
const startsDescription = (description: string, excerpt: HighlightPiece[]) =>
  collapse(description).startsWith(plainOf(excerpt));
const endsDescription = (description: string, excerpt: HighlightPiece[]) =>
  collapse(description).endsWith(plainOf(excerpt));

const shorten = (text: string) =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…` : text;

/** The hits of one page, each with its title (matched words marked), facts and an excerpt. */
export function ResultList({ hits }: { hits: readonly Hit[] }) {
  return (
    <ol className="tm-hits">
      {hits.map((hit) => (
        <HitItem key={hit.activity.id} hit={hit} />
      ))}
    </ol>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  const intl = useIntl();
  const { activity } = hit;
  const highlight = hit.highlight ? splitHighlight(hit.highlight, activity.title) : null;
  return (
    <li className="tm-hit">
      <h3 className="tm-hit__title">
        <Link to="/activiteiten/$activityId" params={{ activityId: activity.id }}>
          {highlight?.title ? <Pieces pieces={highlight.title} /> : activity.title}
        </Link>
      </h3>
      <p className="tm-hit__meta">
        {capitalise(activityTypeLabel(activity.type))} · {activity.location.company.name},{' '}
        {activity.location.city}
      </p>
      <p className="tm-hit__excerpt">
        {highlight && highlight.excerpt.length ? (
          <>
            {startsDescription(activity.description, highlight.excerpt) ? null : '… '}
            <Pieces pieces={highlight.excerpt} />
            {endsDescription(activity.description, highlight.excerpt) ? null : ' …'}
          </>
        ) : (
          shorten(activity.description)
        )}
      </p>
      <ul className="tm-hit__facts">
        <li>
          <span className="tm-hit__fact-label">
            <FormattedMessage id="public.hit.levels" />
          </span>{' '}
          {activity.levels.map(levelLabel).join(', ')}
        </li>
        <li>
          <span className="tm-hit__fact-label">
            <FormattedMessage id="public.hit.starts" />
          </span>{' '}
          {activity.startsAt ? (
            formatDay(intl, activity.startsAt)
          ) : (
            <FormattedMessage id="public.hit.noDate" />
          )}
        </li>
        <li>
          <span className="tm-hit__fact-label">
            <FormattedMessage id="public.hit.cost" />
          </span>{' '}
          {formatCost(intl, activity.costEuros)}
        </li>
        {hit.distanceKm !== null && hit.distanceKm !== undefined ? (
          <li>
            <span className="tm-hit__fact-label">
              <FormattedMessage id="public.hit.distance" />
            </span>{' '}
            {formatKm(intl, hit.distanceKm)}
          </li>
        ) : null}
        {activity.averageRating ? (
          <li>
            <Stars rating={activity.averageRating} count={activity.reviewCount} />
          </li>
        ) : null}
      </ul>
    </li>
  );
}
