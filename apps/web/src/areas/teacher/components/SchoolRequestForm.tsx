import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { Heading3, PrimaryActionButton } from '@utrecht/component-library-react';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { THEMES } from '../../../../../../libs/core/src/enums';
import { problemText, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { activityTypeLabel, levelLabel } from '../../../components/labels';
import { formatDay, nextSchoolYear, schoolYearLabel, startOfDutchDay } from '../dates';
import {
  ACTIVITY_TYPES,
  MAX_SESSIONS,
  schoolRequestSchema,
  type SchoolRequestValues,
} from '../school-request';
import { CheckboxGroup } from './CheckboxGroup';

const FIELDS = ['type', 'levels', 'themes', 'sessions', 'periodStart', 'periodEnd'] as const;
const THEME_OPTIONS = THEMES.map((theme) => ({ value: theme, label: theme }));

/**
 * A school's need: the kind of activity, for which levels, on which themes, how many sessions and in which period
 * (by default the next school year). Used to post a new need and to change one; `onSubmit` returns the api's problems.
 */
export function SchoolRequestForm({
  title,
  labelledBy,
  submitLabel,
  initial,
  levels,
  minSessions = 1,
  onSubmit,
  onClose,
  today,
}: {
  /** The form's heading; without one, `labelledBy` names the heading that labels it. */
  title?: string;
  labelledBy?: string;
  submitLabel: string;
  initial: SchoolRequestValues;
  /** The levels of the school. */
  levels: readonly string[];
  minSessions?: number;
  onSubmit(values: SchoolRequestValues): Promise<Problem[]>;
  /** Shows a link that closes the form (when changing a request). */
  onClose?: boolean;
  today?: string;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const showDay = (day: string) => formatDay(intl, startOfDutchDay(day));
  const schema = useMemo(
    () =>
      schoolRequestSchema({
        t: (id, values) => intl.formatMessage({ id }, values),
        showDay: (day) => formatDay(intl, startOfDutchDay(day)),
        today,
        minSessions,
      }),
    [intl, today, minSessions],
  );
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SchoolRequestValues>({ resolver: zodResolver(schema), defaultValues: initial });

  const submit = handleSubmit(async (values) => {
    const found = await onSubmit(values);
    const { byField, rest } = splitByField(found, FIELDS);
    for (const field of FIELDS) {
      const problem = byField[field];
      if (problem) setError(field, { message: problemText(intl, problem) }, { shouldFocus: true });
    }
    setProblems(rest);
    if (!found.length && !onClose) reset(initial);
  });

  const year = nextSchoolYear(today ?? new Date().toISOString().slice(0, 10));
  const levelOptions = levels.map((level) => ({ value: level, label: levelLabel(level) }));
  return (
    <form
      noValidate
      aria-labelledby={title ? headingId : labelledBy}
      onSubmit={(event) => void submit(event)}
      className="tm-teacher-form"
    >
      {title ? <Heading3 id={headingId}>{title}</Heading3> : null}
      <ErrorSummary problems={problems} />
      <SelectField
        label={intl.formatMessage({ id: 'teacher.requests.type' })}
        required
        error={errors.type?.message}
        {...register('type')}
      >
        <option value="">{intl.formatMessage({ id: 'teacher.requests.type.choose' })}</option>
        {ACTIVITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {activityTypeLabel(type)}
          </option>
        ))}
      </SelectField>
      <Controller
        control={control}
        name="levels"
        render={({ field }) => (
          <CheckboxGroup
            ref={field.ref}
            legend={intl.formatMessage({ id: 'teacher.requests.levels' })}
            options={levelOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.levels?.message}
            required
          />
        )}
      />
      <Controller
        control={control}
        name="themes"
        render={({ field }) => (
          <CheckboxGroup
            ref={field.ref}
            legend={intl.formatMessage({ id: 'teacher.requests.themes' })}
            description={intl.formatMessage({ id: 'teacher.requests.themes.description' })}
            options={THEME_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.themes?.message}
          />
        )}
      />
      <TextField
        label={intl.formatMessage({ id: 'teacher.requests.sessions' })}
        description={intl.formatMessage(
          {
            id:
              minSessions > 1
                ? 'teacher.requests.sessions.descriptionMatched'
                : 'teacher.requests.sessions.description',
          },
          { max: MAX_SESSIONS, min: minSessions },
        )}
        required
        type="number"
        inputMode="numeric"
        min={minSessions}
        max={MAX_SESSIONS}
        error={errors.sessions?.message}
        {...register('sessions')}
      />
      <div className="tm-teacher-period">
        <TextField
          label={intl.formatMessage({ id: 'teacher.requests.periodStart' })}
          description={intl.formatMessage(
            { id: 'teacher.requests.period.description' },
            { year: schoolYearLabel(year.year), start: showDay(year.start), end: showDay(year.end) },
          )}
          required
          type="date"
          error={errors.periodStart?.message}
          {...register('periodStart')}
        />
        <TextField
          label={intl.formatMessage({ id: 'teacher.requests.periodEnd' })}
          required
          type="date"
          error={errors.periodEnd?.message}
          {...register('periodEnd')}
        />
      </div>
      <div className="tm-teacher-actions">
        <PrimaryActionButton type="submit" busy={isSubmitting} disabled={isSubmitting}>
          {submitLabel}
        </PrimaryActionButton>
        {onClose ? (
          <Link
            activeOptions={{ exact: true }}
            to="/docent/behoeften"
            search={{}}
            className="tm-teacher-link-action"
          >
            <FormattedMessage id="teacher.form.close" />
          </Link>
        ) : null}
      </div>
    </form>
  );
}
