import { z } from 'zod';
import { graphql } from '../../../gql';

export const CoordinatorsQuery = graphql(`
  query Coordinators {
    coordinators {
      id
      name
      email
      provinces
      programmes
    }
  }
`);

export const CreateCoordinatorMutation = graphql(`
  mutation CreateCoordinator($input: CreateCoordinatorInput!) {
    createCoordinator(input: $input) {
      id
      name
      email
      provinces
      programmes
    }
  }
`);

// The api's rules for a coordinator account (the sign-up rules for the password); messages are text ids.
export const coordinatorSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'admin.coordinators.name.required' })
      .max(200, { error: 'admin.coordinators.name.tooLong' }),
    email: z
      .string()
      .trim()
      .max(254, { error: 'admin.coordinators.email.invalid' })
      .pipe(z.email({ error: 'admin.coordinators.email.invalid' })),
    password: z
      .string()
      .min(10, { error: 'admin.coordinators.password.short' })
      .max(200, { error: 'admin.coordinators.password.long' })
      .refine((p) => /[a-zA-Z]/.test(p) && /[^a-zA-Z]/.test(p), { error: 'admin.coordinators.password.mix' }),
    provinces: z.array(z.string()).min(1, { error: 'admin.coordinators.provinces.required' }),
    programmes: z.array(z.string()),
  })
  .refine(
    ({ email, password }) => {
      const local = email.split('@')[0]?.toLowerCase();
      return !local || !password.toLowerCase().includes(local);
    },
    { error: 'admin.coordinators.password.email', path: ['password'] },
  );

export type CoordinatorValues = z.infer<typeof coordinatorSchema>;
