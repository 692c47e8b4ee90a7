import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Heading2, PrimaryActionButton } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, splitByField, type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { PROVINCES, programmeLabel } from '../../../components/labels';
import type { Programme, Province } from '../../../gql/graphql';
import { CheckboxGroup } from './CheckboxGroup';
import { CreateCoordinatorMutation, coordinatorSchema, type CoordinatorValues } from './coordinator-form';

// The programmes a coordinator can work for (activities without a programme have no coordinator of their own).
const PROGRAMMES: Programme[] = [
  'JET_NET',
  'JET_NET_JUNIOR',
  'TECHNET',
  'VHTO',
  'JINC',
  'STEM_TEACHER_ACADEMY',
  'WETENSCHAPSKNOOPPUNT',
];
const FIELDS = ['name', 'email', 'password', 'provinces', 'programmes'] as const;
const EMPTY: CoordinatorValues = { name: '', email: '', password: '', provinces: [], programmes: [] };

/** Creates a coordinator account for some provinces and programmes. */
export function CoordinatorForm() {
  const intl = useIntl();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [create, { loading }] = useMutation(CreateCoordinatorMutation, { refetchQueries: ['Coordinators'] });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<CoordinatorValues>({ resolver: zodResolver(coordinatorSchema), defaultValues: EMPTY });
  const { byField, rest } = splitByField(problems, FIELDS);
  const fieldError = useFieldErrorText();
  const errorOf = (field: (typeof FIELDS)[number]) => fieldError(errors[field]?.message, byField[field]);

  const submit = handleSubmit(async (values) => {
    if (loading) return;
    setProblems([]);
    setDone(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name,
            email: values.email,
            password: values.password,
            provinces: values.provinces as Province[],
            programmes: values.programmes as Programme[],
          },
        },
      });
      reset(EMPTY);
      setDone(
        intl.formatMessage(
          { id: 'admin.coordinators.created' },
          { name: data?.createCoordinator.name ?? values.name, email: data?.createCoordinator.email ?? '' },
        ),
      );
      status.current?.focus();
    } catch (error) {
      setProblems(problemsOf(error));
    }
  });

  return (
    <section aria-labelledby="tm-new-coordinator" className="tm-admin-section">
      <Heading2 id="tm-new-coordinator">
        <FormattedMessage id="admin.coordinators.new" />
      </Heading2>
      <p role="status" ref={status} tabIndex={-1} className="tm-admin-confirmation">
        {done}
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate className="tm-admin-form">
        <ErrorSummary problems={rest} />
        <TextField
          label={intl.formatMessage({ id: 'admin.coordinators.name' })}
          required
          autoComplete="off"
          maxLength={200}
          error={errorOf('name')}
          {...register('name')}
        />
        <TextField
          label={intl.formatMessage({ id: 'admin.coordinators.email' })}
          description={intl.formatMessage({ id: 'admin.coordinators.email.description' })}
          type="email"
          required
          autoComplete="off"
          error={errorOf('email')}
          {...register('email')}
        />
        <TextField
          label={intl.formatMessage({ id: 'admin.coordinators.password' })}
          description={intl.formatMessage({ id: 'admin.coordinators.password.description' })}
          type="password"
          required
          autoComplete="new-password"
          error={errorOf('password')}
          {...register('password')}
        />
        <CheckboxGroup
          legend={intl.formatMessage({ id: 'admin.coordinators.provinces' })}
          description={intl.formatMessage({ id: 'admin.coordinators.provinces.description' })}
          error={errorOf('provinces')}
          options={PROVINCES}
          registration={register('provinces')}
        />
        <CheckboxGroup
          legend={intl.formatMessage({ id: 'admin.coordinators.programmes' })}
          description={intl.formatMessage({ id: 'admin.coordinators.programmes.description' })}
          error={errorOf('programmes')}
          options={PROGRAMMES.map((value) => ({ value, label: programmeLabel(value) }))}
          registration={register('programmes')}
        />
        <PrimaryActionButton type="submit">
          <FormattedMessage id="admin.coordinators.submit" />
        </PrimaryActionButton>
      </form>
    </section>
  );
}
