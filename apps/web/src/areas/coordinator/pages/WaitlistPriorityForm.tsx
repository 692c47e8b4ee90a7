import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Fieldset, FieldsetLegend, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, splitByField, type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/Field';
import type { WaitlistEntryFieldsFragment } from '../../../gql/graphql';
import { PrioritizeWaitlistEntryMutation } from './waitlist-documents';
import { prioritySchema, type PriorityValues } from './waitlist-forms';

/** Sets an entry's priority (higher goes first), with the reason the history keeps. */
export function WaitlistPriorityForm({
  entry,
  onDone,
}: {
  entry: WaitlistEntryFieldsFragment;
  onDone: (message: string) => void;
}) {
  const intl = useIntl();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [prioritize, { loading }] = useMutation(PrioritizeWaitlistEntryMutation, {
    refetchQueries: ['CoordinatorWaitlist'],
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<PriorityValues>({
    resolver: zodResolver(prioritySchema),
    defaultValues: { priority: entry.priority, reason: '' },
  });
  const { byField, rest } = splitByField(problems, ['priority', 'reason'] as const);
  const fieldError = useFieldErrorText();
  const errorOf = (field: 'priority' | 'reason') => fieldError(errors[field]?.message, byField[field]);

  const submit = handleSubmit(async (values) => {
    if (loading) return;
    setProblems([]);
    try {
      const { data } = await prioritize({ variables: { entryId: entry.id, ...values } });
      const priority = data?.prioritizeWaitlistEntry.priority ?? values.priority;
      reset({ priority, reason: '' });
      onDone(
        intl.formatMessage(
          { id: 'coordinator.waitlist.priority.done' },
          { school: entry.school.name, priority },
        ),
      );
    } catch (error) {
      setProblems(problemsOf(error));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="tm-cw-form">
      <Fieldset>
        <FieldsetLegend>
          <FormattedMessage id="coordinator.waitlist.priority.legend" />
        </FieldsetLegend>
        <ErrorSummary problems={rest} />
        <TextField
          label={intl.formatMessage({ id: 'coordinator.waitlist.priority.label' })}
          description={intl.formatMessage({ id: 'coordinator.waitlist.priority.description' })}
          type="number"
          inputMode="numeric"
          min={-100}
          max={100}
          step={1}
          required
          error={errorOf('priority')}
          {...register('priority', { valueAsNumber: true })}
        />
        <TextAreaField
          label={intl.formatMessage({ id: 'coordinator.waitlist.reason.label' })}
          description={intl.formatMessage({ id: 'coordinator.waitlist.reason.description' })}
          required
          rows={3}
          error={errorOf('reason')}
          {...register('reason')}
        />
        <PrimaryActionButton type="submit">
          <FormattedMessage id="coordinator.waitlist.priority.submit" />
        </PrimaryActionButton>
      </Fieldset>
    </form>
  );
}
