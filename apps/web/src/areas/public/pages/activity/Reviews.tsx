import { FormattedMessage, useIntl } from 'react-intl';
import { levelLabel } from '../../../../components/labels';
import type { ActivityPageQuery } from '../../../../gql/graphql';
import { formatDay } from '../../format';
import { Stars } from '../../Stars';

type Activity = NonNullable<ActivityPageQuery['activity']>;

/** What schools said after taking part: the average, then each review (never a person's name). */
export function Reviews({ activity }: { activity: Activity }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="activity-reviews">
      <h2 id="activity-reviews">
        <FormattedMessage id="public.reviews.title" />
      </h2>
      {activity.averageRating && activity.reviewCount ? (
        <p className="tm-reviews__average">
          <Stars rating={activity.averageRating} count={activity.reviewCount} />
        </p>
      ) : (
        <p>
          <FormattedMessage id="public.reviews.none" />
        </p>
      )}
      {activity.reviews.length ? (
        <ul className="tm-reviews">
          {activity.reviews.map((review) => (
            <li key={review.id} className="tm-review">
              <p className="tm-review__rating">
                <Stars rating={review.rating} />
              </p>
              {review.comment ? (
                <blockquote className="tm-review__comment">{review.comment}</blockquote>
              ) : null}
              <p className="tm-review__by">
                <FormattedMessage
                  id="public.reviews.by"
                  values={{
                    city: review.schoolCity,
                    level: levelLabel(review.level),
                    date: formatDay(intl, review.createdAt),
                  }}
                />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
