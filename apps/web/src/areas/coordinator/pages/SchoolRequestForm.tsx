import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { Button } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { ActivityType, EducationLevel, THEMES } from '../../../../../../libs/core/src/enums';
import { problemsOf, splitByField, type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { levelLabel } from '../../../components/labels';
import { graphql } from '../../../gql';
import {
  dayToDateTime,
  dutchToday,
  schoolRequestSchema,
  type SchoolRequestForm as Form,
} from './act-for-school';
import { CheckboxField, typeName } from './region-common';

const CreateRequestMutation = graphql(`
  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {
    createSchoolRequest(input: $input) {
      id
      sessions
      type
      school {
        id
        name
      }
    }
  }
`);

const FIELDS = ['type', 'levels', 'themes', 'sessions', 'periodStart', 'periodEnd'] as const;

interface School {
  id: string;
  name: string;
  province: string;
  levels: readonly string[];
}

/** Posts a school's need for matching on its behalf (createSchoolRequest with the school named). */
export function SchoolRequestForm({ school }: { school: School }) {
  const intl = useIntl();
  const schema = useMemo(() => schoolRequestSchema(), []);
  const [create] = useMutation(CreateRequestMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const today = dutchToday();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Form, unknown, Form>({
    resolver: zodResolver(schema),
    defaultValues: {
      type: '',
      levels: school.levels.length === 1 ? [...school.levels] : [],
      themes: [],
      periodStart: today,
      periodEnd: '',
    },
  });
  const { byField, rest } = splitByField(problems, FIELDS);
  const fieldError = useFieldErrorText();
  const errorOf = (field: (typeof FIELDS)[number]) => fieldError(errors[field]?.message, byField[field]);

  const submit = handleSubmit(async (form) => {
    setProblems([]);
    setDone(null);
    try {
      const result = await create({
        variables: {
          input: {
            schoolId: school.id,
            type: form.type as never,
            levels: form.levels as never,
            themes: form.themes,
            sessions: form.sessions,
            periodStart: dayToDateTime(form.periodStart),
            periodEnd: dayToDateTime(form.periodEnd),
          },
        },
      });
      const made = result.data?.createSchoolRequest;
      if (made) {
        setDone(
          intl.formatMessage(
            { id: 'coordinator.actFor.requestDone' },
            { school: made.school.name, sessions: made.sessions, type: typeName(made.type).toLowerCase() },
          ),
        );
        reset();
        requestAnimationFrame(() => confirmation.current?.focus());
      }
    } catch (error) {
      setProblems(problemsOf(error));
    }
  });

  const levelsError = errorOf('levels');
  const themesError = errorOf('themes');
  return (
    <>
      <p ref={confirmation} tabIndex={-1} role="status" className={done ? 'tm-co-confirmation' : undefined}>
        {done}
        {done ? (
          <>
            {' '}
            <Link
              to="/coordinator/vraag-en-aanbod"
              search={{ provincie: school.province }}
              className="utrecht-link"
            >
              <FormattedMessage id="coordinator.actFor.seeDemand" />
            </Link>
          </>
        ) : null}
      </p>
      <ErrorSummary problems={rest} />
      <form noValidate onSubmit={(event) => void submit(event)} className="tm-co-form">
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.form.type' })}
          required
          error={errorOf('type')}
          {...register('type')}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.form.choose' })}</option>
          {Object.values(ActivityType).map((type) => (
            <option key={type} value={type}>
              {typeName(type)}
            </option>
          ))}
        </SelectField>
        <fieldset
          className="tm-co-fieldset"
          aria-describedby={levelsError ? 'request-levels-error' : undefined}
          aria-invalid={levelsError ? true : undefined}
        >
          <legend className="tm-co-fieldset__legend">
            <FormattedMessage id="coordinator.form.levels" />{' '}
            <span className="tm-required">
              <FormattedMessage id="common.required" />
            </span>
          </legend>
          {levelsError ? (
            <p id="request-levels-error" className="tm-co-field-error">
              {levelsError}
            </p>
          ) : null}
          <div className="tm-co-checks">
            {Object.values(EducationLevel).map((level) => (
              <CheckboxField key={level} label={levelLabel(level)} value={level} {...register('levels')} />
            ))}
          </div>
        </fieldset>
        <fieldset className="tm-co-fieldset" aria-describedby="request-themes-hint">
          <legend className="tm-co-fieldset__legend">
            <FormattedMessage id="coordinator.form.themes" />
          </legend>
          <p id="request-themes-hint" className="tm-muted">
            <FormattedMessage id="coordinator.form.themesHint" />
          </p>
          {themesError ? <p className="tm-co-field-error">{themesError}</p> : null}
          <div className="tm-co-checks">
            {THEMES.map((theme) => (
              <CheckboxField key={theme} label={theme} value={theme} {...register('themes')} />
            ))}
          </div>
        </fieldset>
        <TextField
          label={intl.formatMessage({ id: 'coordinator.form.sessions' })}
          description={intl.formatMessage({ id: 'coordinator.form.sessionsHint' })}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          required
          error={errorOf('sessions')}
          {...register('sessions', { valueAsNumber: true })}
        />
        <TextField
          label={intl.formatMessage({ id: 'coordinator.form.periodStart' })}
          type="date"
          required
          error={errorOf('periodStart')}
          {...register('periodStart')}
        />
        <TextField
          label={intl.formatMessage({ id: 'coordinator.form.periodEnd' })}
          description={intl.formatMessage({ id: 'coordinator.form.periodHint' })}
          type="date"
          required
          error={errorOf('periodEnd')}
          {...register('periodEnd')}
        />
        <Button type="submit" appearance="primary-action-button" busy={isSubmitting} disabled={isSubmitting}>
          <FormattedMessage id="coordinator.actFor.requestSubmit" />
        </Button>
      </form>
    </>
  );
}
