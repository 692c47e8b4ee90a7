import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm, type Resolver, type UseFormRegister } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import {
  ACTIVITY_FIELDS,
  activityFormSchema,
  type ActivityField,
  type ActivityFormValues,
  type CheckedActivity,
} from '../activity-form';
import {
  deliveryOptions,
  levelOptions,
  programmeName,
  programmeOptions,
  provinceOptions,
  targetGroupOptions,
  themeOptions,
  typeOptions,
} from '../options';
import { ChoiceGroup } from './ChoiceGroup';
import { useSplitProblems } from '../problems';

export interface ActivityFormProps {
  /** A new activity names its programme; an existing one keeps it. */
  mode: 'create' | 'edit';
  initialValues: ActivityFormValues;
  locations: Array<{ id: string; name: string; city: string }>;
  /** Saves the checked values; resolves with the api's problems (none when saved). */
  onSave(values: CheckedActivity): Promise<Problem[]>;
  /** For the tests: the checks as of this moment. */
  now?: Date;
}

type ErrorOf = (field: ActivityField) => string | undefined;

/** Creating and editing an activity: one form, checked as the api checks it, the api's problems beside their field. */
export function ActivityForm({ mode, initialValues, locations, onSave, now }: ActivityFormProps) {
  const intl = useIntl();
  const resolver = useMemo(
    () =>
      zodResolver(activityFormSchema(now)) as unknown as Resolver<
        ActivityFormValues,
        unknown,
        CheckedActivity
      >,
    [now],
  );
  const form = useForm<ActivityFormValues, unknown, CheckedActivity>({
    defaultValues: initialValues,
    resolver,
  });
  const { register, handleSubmit, watch, setFocus, formState } = form;
  const [problems, setProblems] = useState<Problem[]>([]);
  const { byField, rest } = useSplitProblems(problems, ACTIVITY_FIELDS);
  const fieldError = useFieldErrorText();
  const errorOf: ErrorOf = (field) => fieldError(formState.errors[field]?.message, byField[field]);
  const submit = handleSubmit(async (values) => {
    const found = await onSave(values);
    setProblems(found);
    const field = ACTIVITY_FIELDS.find((name) => found.some((p) => p.field === name));
    if (field && found.every((p) => p.field)) setFocus(field);
  });
  const t = (id: string) => intl.formatMessage({ id: `company.activityForm.${id}` });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="tm-company-form">
      <ErrorSummary problems={rest} />
      <Paragraph className="tm-muted">
        <FormattedMessage id="company.activityForm.intro" />
      </Paragraph>
      <AboutSection
        mode={mode}
        register={register}
        errorOf={errorOf}
        programme={initialValues.programme}
        t={t}
      />
      <ForWhomSection register={register} errorOf={errorOf} t={t} />
      <WhereSection
        register={register}
        errorOf={errorOf}
        t={t}
        locations={locations}
        atSchool={watch('delivery') === 'AT_SCHOOL'}
      />
      <WhenSection register={register} errorOf={errorOf} t={t} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
          {t(mode === 'create' ? 'submitCreate' : 'submitEdit')}
        </PrimaryActionButton>
        <Link to="/bedrijf/activiteiten" className="tm-company-link-button">
          <FormattedMessage id="common.cancel" />
        </Link>
      </ButtonGroup>
    </form>
  );
}

interface SectionProps {
  register: UseFormRegister<ActivityFormValues>;
  errorOf: ErrorOf;
  t: (id: string) => string;
}

function AboutSection({
  mode,
  programme,
  register,
  errorOf,
  t,
}: SectionProps & { mode: 'create' | 'edit'; programme: string }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="activity-about" className="tm-company-form__section">
      <Heading2 id="activity-about">{t('about')}</Heading2>
      <TextField label={t('title')} required error={errorOf('title')} {...register('title')} />
      <TextAreaField
        label={t('description')}
        description={t('descriptionHelp')}
        required
        rows={8}
        error={errorOf('description')}
        {...register('description')}
      />
      <SelectField label={t('type')} required error={errorOf('type')} {...register('type')}>
        <option value="">{t('choose')}</option>
        {typeOptions().map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      {mode === 'create' ? (
        <SelectField
          label={t('programme')}
          description={t('programmeHelp')}
          required
          error={errorOf('programme')}
          {...register('programme')}
        >
          <option value="">{t('choose')}</option>
          {programmeOptions(intl).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : (
        <Paragraph>
          <FormattedMessage
            id="company.activityForm.programmeFixed"
            values={{ programme: programmeName(intl, programme) }}
          />
        </Paragraph>
      )}
    </section>
  );
}

function ForWhomSection({ register, errorOf, t }: SectionProps) {
  const intl = useIntl();
  return (
    <section aria-labelledby="activity-for-whom" className="tm-company-form__section">
      <Heading2 id="activity-for-whom">{t('forWhom')}</Heading2>
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
        legend={t('targetGroups')}
        description={t('targetGroupsHelp')}
        error={errorOf('targetGroups')}
        options={targetGroupOptions(intl)}
        registration={register('targetGroups')}
      />
      <ChoiceGroup
        kind="checkbox"
        legend={t('themes')}
        columns
        error={errorOf('themes')}
        options={themeOptions()}
        registration={register('themes')}
      />
    </section>
  );
}

function WhereSection({
  register,
  errorOf,
  t,
  locations,
  atSchool,
}: SectionProps & { locations: ActivityFormProps['locations']; atSchool: boolean }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="activity-where" className="tm-company-form__section">
      <Heading2 id="activity-where">{t('where')}</Heading2>
      <ChoiceGroup
        kind="radio"
        legend={t('delivery')}
        required
        error={errorOf('delivery')}
        options={deliveryOptions(intl)}
        registration={register('delivery')}
      />
      <SelectField label={t('location')} required error={errorOf('locationId')} {...register('locationId')}>
        <option value="">{t('choose')}</option>
        {locations.map((location) => (
          <option key={location.id} value={location.id}>
            {`${location.name} (${location.city})`}
          </option>
        ))}
      </SelectField>
      {atSchool ? (
        <TextField
          label={t('maxTravelKm')}
          description={t('maxTravelKmHelp')}
          inputMode="decimal"
          error={errorOf('maxTravelKm')}
          {...register('maxTravelKm')}
        />
      ) : null}
      <ChoiceGroup
        kind="checkbox"
        legend={t('provinces')}
        description={t('provincesHelp')}
        columns
        error={errorOf('provinces')}
        options={provinceOptions()}
        registration={register('provinces')}
      />
    </section>
  );
}

function WhenSection({ register, errorOf, t }: SectionProps) {
  return (
    <section aria-labelledby="activity-when" className="tm-company-form__section">
      <Heading2 id="activity-when">{t('when')}</Heading2>
      <div className="tm-company-form__row">
        <TextField
          type="date"
          label={t('startsAt')}
          description={t('startsAtHelp')}
          error={errorOf('startsAt')}
          {...register('startsAt')}
        />
        <TextField
          type="date"
          label={t('endsAt')}
          description={t('endsAtHelp')}
          error={errorOf('endsAt')}
          {...register('endsAt')}
        />
      </div>
      <TextField
        label={t('durationMinutes')}
        description={t('durationMinutesHelp')}
        inputMode="numeric"
        error={errorOf('durationMinutes')}
        {...register('durationMinutes')}
      />
      <TextField
        label={t('maxParticipants')}
        description={t('maxParticipantsHelp')}
        inputMode="numeric"
        error={errorOf('maxParticipants')}
        {...register('maxParticipants')}
      />
      <TextField
        label={t('costEuros')}
        description={t('costEurosHelp')}
        inputMode="decimal"
        required
        error={errorOf('costEuros')}
        {...register('costEuros')}
      />
    </section>
  );
}
