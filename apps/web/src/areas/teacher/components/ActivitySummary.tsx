import { useIntl } from 'react-intl';
import { activityTypeLabel, levelLabel } from '../../../components/labels';
import { formatDay } from '../dates';

export interface SummaryActivity {
  type: string;
  levels: readonly string[];
  maxParticipants?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
  durationMinutes?: number | null;
  costEuros: number;
  delivery: string;
  location: { name: string; city: string; company: { name: string } };
}

/** The facts of an activity a teacher weighs before requesting it, as a description list. */
export function ActivitySummary({ activity }: { activity: SummaryActivity }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const when =
    activity.startsAt && activity.endsAt
      ? t('teacher.activity.between', {
          start: formatDay(intl, activity.startsAt),
          end: formatDay(intl, activity.endsAt),
        })
      : activity.startsAt
        ? t('teacher.activity.from', { start: formatDay(intl, activity.startsAt) })
        : activity.endsAt
          ? t('teacher.activity.until', { end: formatDay(intl, activity.endsAt) })
          : t('teacher.activity.anyTime');
  const rows: Array<[string, string]> = [
    [
      t('teacher.activity.provider'),
      `${activity.location.company.name}, ${activity.location.name} (${activity.location.city})`,
    ],
    [t('teacher.activity.type'), activityTypeLabel(activity.type)],
    [t('teacher.activity.levels'), intl.formatList(activity.levels.map(levelLabel))],
    [
      t('teacher.activity.maxGroup'),
      activity.maxParticipants
        ? t('teacher.activity.participants', { count: activity.maxParticipants })
        : t('teacher.activity.noMax'),
    ],
    [t('teacher.activity.when'), when],
    [t('teacher.activity.delivery'), t(`teacher.delivery.${activity.delivery}`)],
    [
      t('teacher.activity.cost'),
      activity.costEuros > 0
        ? intl.formatNumber(activity.costEuros, { style: 'currency', currency: 'EUR' })
        : t('teacher.activity.free'),
    ],
  ];
  if (activity.durationMinutes) {
    rows.splice(5, 0, [
      t('teacher.activity.duration'),
      t('teacher.activity.minutes', { count: activity.durationMinutes }),
    ]);
  }
  return (
    <dl className="tm-teacher-facts">
      {rows.map(([key, value]) => (
        <div key={key} className="tm-teacher-facts__row">
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
