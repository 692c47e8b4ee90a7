import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { levelOptions, themeOptions, typeOptions } from '../options';
import {
  SUPPLY_FIELDS,
  supplyFormSchema,
  type CheckedSupply,
  type SupplyField,
  type SupplyFormValues,
} from '../supply-form';
import { ChoiceGroup } from './ChoiceGroup';
import { useSplitProblems } from '../problems';

export interface SupplyOfferFormProps {
  /** A new offer chooses its location; an offer keeps it. */
  mode: 'create' | 'edit';
  initialValues: SupplyFormValues;
  locations: Array<{ id: string; name: string; city: string }>;
  /** Activities bookings may point at: of a location and a type, not archived. */
  activities: Array<{ id: string; title: string; type: string; locationId: string }>;
  onSave(values: CheckedSupply): Promise<Problem[]>;
  onCancel(): void;
  now?: Date;
}

/** Stating (or changing) how many sessions of one kind a location can give in a period, for the matching. */
export function SupplyOfferForm({
  mode,
  initialValues,
  locations,
  activities,
  onSave,
  onCancel,
  now,
}: SupplyOfferFormProps) {
  const intl = useIntl();
  const resolver = useMemo(
    () => zodResolver(supplyFormSchema(now)) as unknown as Resolver<SupplyFormValues, unknown, CheckedSupply>,
    [now],
  );
  const { register, handleSubmit, watch, setFocus, formState } = useForm<
    SupplyFormValues,
    unknown,
    CheckedSupply
  >({ defaultValues: initialValues, resolver });
  const [problems, setProblems] = useState<Problem[]>([]);
  const { byField, rest } = useSplitProblems(problems, SUPPLY_FIELDS);
  const fieldError = useFieldErrorText();
  const errorOf = (field: SupplyField) => fieldError(formState.errors[field]?.message, byField[field]);
  const t = (id: string) => intl.formatMessage({ id: `company.supplyForm.${id}` });
  const submit = handleSubmit(async (values) => {
    const found = await onSave(values);
    setProblems(found);
    const field = SUPPLY_FIELDS.find((name) => found.some((p) => p.field === name));
    if (field && found.every((p) => p.field)) setFocus(field);
  });
  const locationId = watch('locationId');
  const type = watch('type');
  const linkable = activities.filter((a) => a.locationId === locationId && a.type === type);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="tm-company-form">
      <ErrorSummary problems={rest} />
      {mode === 'create' ? (
        <SelectField label={t('location')} required error={errorOf('locationId')} {...register('locationId')}>
          <option value="">{t('choose')}</option>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {`${location.name} (${location.city})`}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t('type')} required error={errorOf('type')} {...register('type')}>
        <option value="">{t('choose')}</option>
        {typeOptions().map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        kind="checkbox"
        legend={t('levels')}
        required
        columns
        error={errorOf('levels')}
        options={levelOptions()}
        registration={register('levels')}
      />
      <ChoiceGroup
        kind="checkbox"
        legend={t('themes')}
        description={t('themesHelp')}
        columns
        error={errorOf('themes')}
        options={themeOptions()}
        registration={register('themes')}
      />
      <TextField
        label={t('sessions')}
        description={t('sessionsHelp')}
        inputMode="numeric"
        required
        error={errorOf('sessions')}
        {...register('sessions')}
      />
      <TextField
        label={t('maxTravelKm')}
        description={t('maxTravelKmHelp')}
        inputMode="decimal"
        required
        error={errorOf('maxTravelKm')}
        {...register('maxTravelKm')}
      />
      <div className="tm-company-form__row">
        <TextField
          type="date"
          label={t('periodStart')}
          required
          error={errorOf('periodStart')}
          {...register('periodStart')}
        />
        <TextField
          type="date"
          label={t('periodEnd')}
          description={t('periodHelp')}
          required
          error={errorOf('periodEnd')}
          {...register('periodEnd')}
        />
      </div>
      <SelectField
        label={t('activity')}
        description={t('activityHelp')}
        error={errorOf('activityId')}
        {...register('activityId')}
      >
        <option value="">{t('noActivity')}</option>
        {linkable.map((activity) => (
          <option key={activity.id} value={activity.id}>
            {activity.title}
          </option>
        ))}
      </SelectField>
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
          {t(mode === 'create' ? 'submitCreate' : 'submitEdit')}
        </PrimaryActionButton>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </Button>
      </ButtonGroup>
    </form>
  );
}
