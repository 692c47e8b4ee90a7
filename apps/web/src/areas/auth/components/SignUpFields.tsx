import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { TextField } from '../../../components/Field';
import type { SignUpValues } from '../validation';

type ErrorOf = (field: keyof SignUpValues) => string | undefined;

/** Teacher or company contact: radio buttons in a fieldset, with their error linked to the group. */
export function RoleChoice({ register, error }: { register: UseFormRegister<SignUpValues>; error?: string }) {
  const id = useId();
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={error ? `${id}-error` : undefined}
      className="tm-field"
    >
      <FieldsetLegend>
        <FormattedMessage id="auth.field.role" />
      </FieldsetLegend>
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      {(['TEACHER', 'COMPANY'] as const).map((role) => (
        <div key={role} className="tm-choice">
          <RadioButton id={`${id}-${role}`} value={role} {...register('role')} />
          <FormLabel htmlFor={`${id}-${role}`} type="radio">
            <FormattedMessage id={`auth.field.role.${role}`} />
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
}

/** Name, e-mail address and password (twice). */
export function AccountFields({
  register,
  errorOf,
}: {
  register: UseFormRegister<SignUpValues>;
  errorOf: ErrorOf;
}) {
  return (
    <>
      <TextField
        label={<FormattedMessage id="auth.field.name" />}
        autoComplete="name"
        required
        error={errorOf('name')}
        {...register('name')}
      />
      <TextField
        label={<FormattedMessage id="auth.field.email" />}
        description={<FormattedMessage id="auth.field.emailDescription" />}
        type="email"
        autoComplete="email"
        required
        error={errorOf('email')}
        {...register('email')}
      />
      <TextField
        label={<FormattedMessage id="auth.field.newPassword" />}
        description={<FormattedMessage id="auth.field.passwordRule" />}
        type="password"
        autoComplete="new-password"
        required
        error={errorOf('password')}
        {...register('password')}
      />
      <TextField
        label={<FormattedMessage id="auth.field.passwordRepeat" />}
        type="password"
        autoComplete="new-password"
        required
        error={errorOf('passwordRepeat')}
        {...register('passwordRepeat')}
      />
    </>
  );
}

/** The company and its first location; the postcode places it on the map. */
export function CompanyFields({
  register,
  errorOf,
}: {
  register: UseFormRegister<SignUpValues>;
  errorOf: ErrorOf;
}) {
  const id = useId();
  return (
    <>
      <TextField
        label={<FormattedMessage id="auth.field.companyName" />}
        autoComplete="organization"
        required
        error={errorOf('companyName')}
        {...register('companyName')}
      />
      <Fieldset aria-describedby={`${id}-description`} className="tm-field">
        <FieldsetLegend>
          <FormattedMessage id="auth.field.location" />
        </FieldsetLegend>
        <FormFieldDescription id={`${id}-description`}>
          <FormattedMessage id="auth.field.locationDescription" />
        </FormFieldDescription>
        <TextField
          label={<FormattedMessage id="auth.field.locationName" />}
          required
          error={errorOf('locationName')}
          {...register('locationName')}
        />
        <TextField
          label={<FormattedMessage id="auth.field.street" />}
          autoComplete="address-line1"
          error={errorOf('street')}
          {...register('street')}
        />
        <TextField
          label={<FormattedMessage id="auth.field.postcode" />}
          description={<FormattedMessage id="auth.field.postcodeDescription" />}
          autoComplete="postal-code"
          required
          className="tm-input-short"
          error={errorOf('postcode')}
          {...register('postcode')}
        />
        <TextField
          label={<FormattedMessage id="auth.field.city" />}
          autoComplete="address-level2"
          required
          error={errorOf('city')}
          {...register('city')}
        />
      </Fieldset>
    </>
  );
}
