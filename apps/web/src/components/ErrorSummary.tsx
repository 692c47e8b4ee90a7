import { Alert, Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemText, type Problem } from '../app/errors';

/**
 * The problems of a failed action that belong to no field, in an alert that takes focus so that screen-reader
 * and keyboard users land on it. Renders nothing without problems.
 */
export function ErrorSummary({ problems }: { problems: Problem[] }) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div ref={ref} tabIndex={-1} className="tm-error-summary">
      <Alert type="error">
        <Heading2>
          <FormattedMessage id="common.errorSummary.title" />
        </Heading2>
        <UnorderedList>
          {problems.map((problem, i) => (
            <UnorderedListItem key={i}>{problemText(intl, problem)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
