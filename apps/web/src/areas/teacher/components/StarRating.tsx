import { Fieldset, FieldsetLegend, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * Stars 1 to 5 as a group of native radio buttons: Tab enters the group, the arrow keys choose, and each star is
 * named ("3 sterren"). The stars differ in shape (filled or open) and the choice is also written out, so colour is
 * never the only signal.
 */
export function StarRating({
  legend,
  value,
  onChange,
  error,
  name,
  required,
}: {
  legend: ReactNode;
  value: number | null;
  onChange(value: number): void;
  error?: string;
  name?: string;
  required?: boolean;
}) {
  const intl = useIntl();
  const id = useId();
  const group = name ?? `${id}-rating`;
  return (
    <Fieldset
      className="tm-stars"
      invalid={Boolean(error)}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <FieldsetLegend className="tm-stars__legend">
        {legend}
        {required ? (
          <span className="tm-required"> {intl.formatMessage({ id: 'common.required' })}</span>
        ) : null}
      </FieldsetLegend>
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="tm-stars__options">
        {STARS.map((stars) => (
          <span key={stars} className="tm-stars__option">
            <input
              type="radio"
              id={`${id}-${stars}`}
              name={group}
              value={stars}
              checked={value === stars}
              onChange={() => onChange(stars)}
              className="tm-stars__input tm-visually-hidden"
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${id}-${stars}`} className="tm-stars__label">
              <span
                aria-hidden="true"
                className={value !== null && stars <= value ? 'tm-stars__on' : undefined}
              >
                {value !== null && stars <= value ? '★' : '☆'}
              </span>
              <span className="tm-visually-hidden">
                {intl.formatMessage({ id: 'teacher.stars.option' }, { stars })}
              </span>
            </label>
          </span>
        ))}
        <span className="tm-stars__choice" aria-hidden="true">
          {value === null
            ? intl.formatMessage({ id: 'teacher.stars.none' })
            : intl.formatMessage({ id: 'teacher.stars.chosen' }, { stars: value })}
        </span>
      </div>
    </Fieldset>
  );
}
