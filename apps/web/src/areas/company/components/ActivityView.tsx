import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { activityTypeLabel, levelLabel, provinceLabel, PROVINCES } from '../../../components/labels';
import type { CompanyActivity } from '../activity-data';
import { formatCost, formatList, formatPeriod } from '../format';
import { capitalised, programmeName } from '../options';

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/**
 * An activity as a teacher reads it on its public page: what, for whom, where, when and what it costs. Read-only,
 * for the company's preview (the public page itself lives in the public area).
 */
export function ActivityView({ activity }: { activity: CompanyActivity }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `company.view.${id}` }, values);
  const groups = activity.targetGroups.filter((group) => group !== 'ALL_PUPILS');
  const allProvinces = activity.provinces.length === PROVINCES.length;
  const where = intl.formatMessage({ id: `company.delivery.${activity.delivery}` });
  const period = formatPeriod(intl, activity.startsAt, activity.endsAt);
  return (
    <section aria-labelledby="activity-view-title" className="tm-company-view">
      <Heading2 id="activity-view-title">{activity.title}</Heading2>
      <Paragraph className="tm-muted">
        {t('byline', {
          type: capitalised(activityTypeLabel(activity.type)),
          company: activity.location.company.name,
          city: activity.location.city,
        })}
      </Paragraph>
      {activity.description
        .split(/\n\s*\n/)
        .filter((part) => part.trim())
        .map((part, i) => (
          <Paragraph key={i} className="tm-company-view__text">
            {part}
          </Paragraph>
        ))}
      <DataList className="tm-company-facts">
        <Fact label={t('levels')}>{formatList(intl, activity.levels.map(levelLabel))}</Fact>
        <Fact label={t('targetGroups')}>
          {groups.length
            ? formatList(
                intl,
                groups.map((group) => intl.formatMessage({ id: `company.targetGroup.${group}` })),
              )
            : intl.formatMessage({ id: 'company.targetGroup.ALL_PUPILS' })}
        </Fact>
        {activity.themes.length ? <Fact label={t('themes')}>{formatList(intl, activity.themes)}</Fact> : null}
        <Fact label={t('where')}>
          {activity.delivery === 'AT_SCHOOL' && activity.maxTravelKm
            ? t('atSchoolWithin', { km: activity.maxTravelKm, city: activity.location.city })
            : activity.delivery === 'AT_PROVIDER'
              ? `${where}: ${activity.location.name}, ${activity.location.city}`
              : where}
        </Fact>
        <Fact label={t('provinces')}>
          {allProvinces ? t('allProvinces') : formatList(intl, activity.provinces.map(provinceLabel))}
        </Fact>
        <Fact label={t('when')}>{period ?? t('byAppointment')}</Fact>
        {activity.durationMinutes ? (
          <Fact label={t('duration')}>{t('minutes', { minutes: activity.durationMinutes })}</Fact>
        ) : null}
        {activity.maxParticipants ? (
          <Fact label={t('groupSize')}>{t('upTo', { count: activity.maxParticipants })}</Fact>
        ) : null}
        <Fact label={t('cost')}>{formatCost(intl, activity.costEuros)}</Fact>
        <Fact label={t('programme')}>{programmeName(intl, activity.programme)}</Fact>
        <Fact label={t('rating')}>
          {activity.averageRating !== null && activity.reviewCount > 0 ? (
            t('ratingValue', {
              rating: intl.formatNumber(activity.averageRating, { maximumFractionDigits: 1 }),
              count: activity.reviewCount,
            })
          ) : (
            <FormattedMessage id="company.view.noReviews" />
          )}
        </Fact>
      </DataList>
    </section>
  );
}
