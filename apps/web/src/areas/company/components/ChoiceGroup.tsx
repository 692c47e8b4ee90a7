import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  RadioButton,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import type { Option } from '../options';

interface ChoiceGroupProps {
  legend: ReactNode;
  description?: ReactNode;
  /** The problem with the choice, in the reader's language. */
  error?: string;
  required?: boolean;
  /** Checkboxes (several values) or radio buttons (one). */
  kind: 'checkbox' | 'radio';
  options: Option[];
  registration: UseFormRegisterReturn;
  disabled?: boolean;
  /** Short labels fit in columns. */
  columns?: boolean;
}

/**
 * A fieldset of checkboxes or radio buttons for one form value (react-hook-form's `register`), with its legend,
 * description and error linked for screen readers; every label is a target of at least 44 px.
 */
export function ChoiceGroup({
  legend,
  description,
  error,
  required,
  kind,
  options,
  registration,
  disabled,
  columns,
}: ChoiceGroupProps) {
  const id = useId();
  const describedBy =
    [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const Input = kind === 'checkbox' ? Checkbox : RadioButton;
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={describedBy}
      role={kind === 'radio' ? 'radiogroup' : undefined}
      required={kind === 'radio' ? required : undefined}
      disabled={disabled}
      className="tm-field tm-company-choices"
    >
      <FieldsetLegend>
        {legend}
        {required ? (
          <>
            {' '}
            <span className="tm-required">
              <FormattedMessage id="common.required" />
            </span>
          </>
        ) : null}
      </FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div
        className={
          columns ? 'tm-company-choices__list tm-company-choices__list--columns' : 'tm-company-choices__list'
        }
      >
        {options.map((option) => (
          <label key={option.value} className="tm-company-choice">
            <Input value={option.value} invalid={Boolean(error)} {...registration} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
