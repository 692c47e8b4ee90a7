import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** A fieldset of checkboxes that share one form value (an array), with its description and error linked. */
export function CheckboxGroup({
  legend,
  description,
  error,
  options,
  registration,
}: {
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}) {
  const id = useId();
  const describedBy =
    [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <Fieldset className="tm-admin-choices" invalid={Boolean(error)} aria-describedby={describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="tm-admin-choices__options">
        {options.map((option) => (
          <label key={option.value} className="tm-admin-choice">
            <Checkbox value={option.value} invalid={Boolean(error)} {...registration} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
