import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  activityTypeLabel,
  deliveryLabel,
  levelLabel,
  programmeLabel,
  provinceLabel,
  targetGroupLabel,
} from '../../../../components/labels';
import type { ActivityPageQuery } from '../../../../gql/graphql';
import { formatCost, formatDay, formatKm } from '../../format';
import { capitalise } from '../../labels';

type Activity = NonNullable<ActivityPageQuery['activity']>;

const ALL_PROVINCES = 12;

/** "90 minuten", "2 uur", "1 uur en 30 minuten". */
function duration(intl: ReturnType<typeof useIntl>, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  // Under two hours in minutes ("90 minuten"), as activities are usually announced.
  if (minutes < 120) return intl.formatMessage({ id: 'public.activity.duration.minutes' }, { minutes });
  if (!rest) return intl.formatMessage({ id: 'public.activity.duration.hours' }, { hours });
  return intl.formatMessage({ id: 'public.activity.duration.both' }, { hours, minutes: rest });
}

/** The facts of an activity as a description list. */
export function ActivityFacts({ activity, distance }: { activity: Activity; distance: number | null }) {
  const intl = useIntl();
  const facts: Array<[string, ReactNode]> = [
    ['type', capitalise(activityTypeLabel(activity.type))],
    ['levels', activity.levels.map(levelLabel).join(', ')],
    [
      'targetGroups',
      activity.targetGroups.length
        ? capitalise(activity.targetGroups.map(targetGroupLabel).join(', '))
        : capitalise(targetGroupLabel('ALL_PUPILS')),
    ],
  ];
  if (activity.themes.length) facts.push(['themes', capitalise(activity.themes.join(', '))]);
  facts.push([
    'when',
    activity.startsAt ? (
      activity.endsAt && formatDay(intl, activity.endsAt) !== formatDay(intl, activity.startsAt) ? (
        <FormattedMessage
          id="public.activity.period"
          values={{ from: formatDay(intl, activity.startsAt), to: formatDay(intl, activity.endsAt) }}
        />
      ) : (
        formatDay(intl, activity.startsAt)
      )
    ) : (
      <FormattedMessage id="public.activity.onRequest" />
    ),
  ]);
  if (activity.durationMinutes) facts.push(['duration', duration(intl, activity.durationMinutes)]);
  facts.push(['cost', formatCost(intl, activity.costEuros)]);
  if (activity.maxParticipants) facts.push(['maxParticipants', String(activity.maxParticipants)]);
  facts.push(['delivery', capitalise(deliveryLabel(activity.delivery))]);
  facts.push([
    'location',
    `${activity.location.name}, ${activity.location.postcode} ${activity.location.city}`,
  ]);
  facts.push(['company', activity.location.company.name]);
  facts.push([
    'provinces',
    activity.provinces.length === ALL_PROVINCES ? (
      <FormattedMessage id="public.activity.everywhere" />
    ) : (
      activity.provinces.map(provinceLabel).join(', ')
    ),
  ]);
  const programme = programmeLabel(activity.programme);
  if (programme) facts.push(['programme', programme]);
  if (distance !== null) facts.push(['distance', formatKm(intl, distance)]);

  return (
    <dl className="tm-facts">
      {facts.map(([key, value]) => (
        <div key={key} className="tm-facts__row">
          <dt>
            <FormattedMessage id={`public.activity.fact.${key}`} />
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
