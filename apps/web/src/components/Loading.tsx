import { FormattedMessage } from 'react-intl';

/** "Bezig met laden…", announced politely to screen readers while a page's data is on its way. */
export function Loading() {
  return (
    <p role="status">
      <FormattedMessage id="common.loading" />
    </p>
  );
}
