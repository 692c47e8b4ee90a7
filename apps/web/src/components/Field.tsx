import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { forwardRef, useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FormattedMessage } from 'react-intl';

interface FieldFrame {
  label: ReactNode;
  description?: ReactNode;
  /** The text of the problem with this field (already in the reader's language). */
  error?: string;
  required?: boolean;
}

function Frame({
  id,
  label,
  description,
  error,
  required,
  children,
}: FieldFrame & { id: string; children: ReactNode }) {
  return (
    <FormField invalid={Boolean(error)} className="tm-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {required ? (
            <>
              {' '}
              <span className="tm-required">
                <FormattedMessage id="common.required" />
              </span>
            </>
          ) : null}
        </FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

/**
 * Splits a field's props into its frame (label, description, error) and the control's own, and gives the control
 * the id and the attributes that tie it to its label, description and error.
 */
function useField<P extends FieldFrame & { id?: string }>({
  label,
  description,
  error,
  required,
  id: givenId,
  ...control
}: P) {
  const generated = useId();
  const id = givenId ?? generated;
  const frame = { label, description, error, required };
  const describedBy =
    [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return {
    id,
    frame,
    control: {
      ...control,
      id,
      invalid: Boolean(error),
      required,
      'aria-describedby': describedBy,
    },
  };
}

/** A labelled text input with its description and error, linked for screen readers (works with register()). */
export const TextField = forwardRef<HTMLInputElement, FieldFrame & InputHTMLAttributes<HTMLInputElement>>(
  function TextField(props, ref) {
    const { id, frame, control } = useField(props);
    return (
      <Frame id={id} {...frame}>
        <Textbox ref={ref} {...control} />
      </Frame>
    );
  },
);

/** A labelled multi-line text input. */
export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>
>(function TextAreaField(props, ref) {
  const { id, frame, control } = useField(props);
  return (
    <Frame id={id} {...frame}>
      <Textarea ref={ref} {...control} />
    </Frame>
  );
});

/** A labelled select; pass <option>s as children. */
export const SelectField = forwardRef<
  HTMLSelectElement,
  FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }
>(function SelectField(props, ref) {
  const { id, frame, control } = useField(props);
  return (
    <Frame id={id} {...frame}>
      <Select ref={ref} {...control} />
    </Frame>
  );
});
