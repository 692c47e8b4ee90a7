import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import { forwardRef, useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

/**
 * A labelled group of checkboxes whose value is the list of checked options (for react-hook-form's Controller).
 * The ref goes to the first box, so that a form focuses the group when it has an error.
 */
export const CheckboxGroup = forwardRef<
  HTMLInputElement,
  {
    legend: ReactNode;
    description?: ReactNode;
    options: ReadonlyArray<{ value: string; label: string }>;
    value: readonly string[];
    onChange(value: string[]): void;
    onBlur?(): void;
    error?: string;
    required?: boolean;
  }
>(function CheckboxGroup({ legend, description, options, value, onChange, onBlur, error, required }, ref) {
  const intl = useIntl();
  const id = useId();
  const describedBy =
    [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const toggle = (option: string, checked: boolean) =>
    onChange(
      checked
        ? options.map((o) => o.value).filter((v) => v === option || value.includes(v))
        : value.filter((v) => v !== option),
    );
  return (
    <Fieldset className="tm-field tm-checkboxes" invalid={Boolean(error)} aria-describedby={describedBy}>
      <FieldsetLegend>
        {legend}
        {required ? (
          <span className="tm-required"> {intl.formatMessage({ id: 'common.required' })}</span>
        ) : null}
      </FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="tm-checkboxes__options">
        {options.map((option, i) => (
          <label key={option.value} className="tm-checkboxes__option" htmlFor={`${id}-${i}`}>
            <Checkbox
              id={`${id}-${i}`}
              ref={i === 0 ? ref : undefined}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={onBlur}
              invalid={Boolean(error)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
});
