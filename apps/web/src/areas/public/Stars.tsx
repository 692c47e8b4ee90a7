import { FormattedMessage, useIntl } from 'react-intl';

/**
 * A rating as stars with its number beside them; the stars are decoration for sighted readers, the text says
 * it for everyone ("4,5 van 5 sterren").
 */
export function Stars({ rating, count }: { rating: number; count?: number }) {
  const intl = useIntl();
  const full = Math.round(rating);
  return (
    <span className="tm-stars">
      <span aria-hidden="true" className="tm-stars__icons">
        {'★'.repeat(full)}
        {'☆'.repeat(5 - full)}
      </span>{' '}
      <FormattedMessage
        id="public.stars"
        values={{ rating: intl.formatNumber(rating, { maximumFractionDigits: 1 }) }}
      />
      {count !== undefined ? (
        <>
          {' '}
          <FormattedMessage id="public.stars.count" values={{ count }} />
        </>
      ) : null}
    </span>
  );
}
